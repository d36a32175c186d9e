/**
 * Evaluates the SNNOOP10 answers stored on each attack into per-item actions
 * (docs/clinical-rules.md §6, TV-RF-1…6). Besides the stored answers, item 5 (older age at onset)
 * is derived from the birth date: a new or changed headache (`pattern_change`) at age ≥
 * `olderOnsetAge` (default 50) is flagged.
 */

import { ageOn } from '../../calendar/dates.ts';
import { instantMs, localDateOf } from '../../calendar/zoned.ts';
import type { Attack, Diary } from '../../diary/diary.schema.ts';
import type { RedFlag } from '../../diary/vocabulary.ts';
import type { ClinicalOptions } from '../options.ts';
import { ACTION_ADVICE, moreUrgent, type RedFlagAction, redFlagItem } from './snnoop10.ts';

export interface RedFlagHit {
  item: number;
  code: RedFlag;
  concern: string;
  action: RedFlagAction;
  message: string;
  /** True when the engine derived the flag (age) rather than reading an answer. */
  derived: boolean;
}

export interface RedFlagResult {
  attackId: string;
  /** Local day of the attack onset. */
  date: string;
  /** The most urgent action of all its flags. */
  action: RedFlagAction;
  message: string;
  flags: RedFlagHit[];
}

const SEE_OVERUSE = ' See also the medication-overuse warnings.';

function hit(code: RedFlag, derived: boolean, note = ''): RedFlagHit {
  const i = redFlagItem(code);
  const also = code === 'painkiller_overuse' ? SEE_OVERUSE : '';
  return {
    item: i.item,
    code,
    concern: i.concern,
    action: i.action,
    message:
      `SNNOOP10 #${i.item}${note}: a doctor should check for ${i.concern}. ` +
      ACTION_ADVICE[i.action] +
      also,
    derived,
  };
}

/**
 * Flags of one attack. `anticoagulated` only escalates a post-traumatic headache (item 13) and
 * `systemic_severe` escalates item 1; each item is reported once, at its most urgent action.
 */
export function screenAttack(
  attack: Attack,
  age: number | undefined,
  opts: ClinicalOptions,
): RedFlagHit[] {
  const answers = new Set(attack.redFlags);
  const hits: RedFlagHit[] = [];
  for (const code of answers) {
    if (code === 'anticoagulated' && !answers.has('post_traumatic')) continue;
    if (code === 'systemic' && answers.has('systemic_severe')) continue;
    if (code === 'post_traumatic' && answers.has('anticoagulated')) continue;
    hits.push(hit(code, false));
  }
  const older = age !== undefined && age >= opts.olderOnsetAge;
  if (older && answers.has('pattern_change') && !answers.has('older_onset')) {
    hits.push(hit('older_onset', true, ` (new or changed headache at age ${age})`));
  }
  return hits.sort((a, b) => a.item - b.item);
}

/**
 * Red-flag results of every attack with at least one flag, in onset order. Each result carries
 * the most urgent action and a message naming it. "Not a diagnosis" applies: these are reasons
 * to see a clinician, with the urgency the rules document assigns.
 */
export function redFlagResults(diary: Diary, opts: ClinicalOptions): RedFlagResult[] {
  const out: RedFlagResult[] = [];
  const sorted = [...diary.attacks].sort((a, b) => instantMs(a.start) - instantMs(b.start));
  for (const attack of sorted) {
    const date = localDateOf(attack.start, attack.timeZone ?? diary.person.timeZone);
    const birth = diary.person.birthDate;
    const flags = screenAttack(attack, birth ? ageOn(birth, date) : undefined, opts);
    const first = flags[0];
    if (!first) continue;
    const action = flags.map((f) => f.action).reduce(moreUrgent, first.action);
    out.push({
      attackId: attack.id,
      date,
      action,
      message:
        `Red flag${flags.length > 1 ? 's' : ''} ` +
        `(SNNOOP10 ${flags.map((f) => `#${f.item}`).join(', ')}). ${ACTION_ADVICE[action]}`,
      flags,
    });
  }
  return out;
}
