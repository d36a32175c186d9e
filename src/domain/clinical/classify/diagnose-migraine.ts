/**
 * Migraine diagnosis suggestions over the diary: 1.1 (A: ≥ 5 attacks meeting B–D), 1.2.x
 * (A: ≥ 2 attacks meeting B–C; subtype per attack), and 1.5.x probable migraine (all but one
 * of 1.1 A–D or 1.2 A–C). Counts use episodes after the per-attack hierarchy, so an attack
 * coded as tension-type never counts towards 1.5.
 */
import type { ClinicalOptions } from '../options.ts';
import { allMet, metExcept } from './criteria.ts';
import { type DiagnosisSuggestion, suggest, type TypedEpisode } from './suggestion.ts';

const MIGRAINE_A = 5;
const AURA_A = 2;

/**
 * 1.1 or 1.5.1. Prior attacks (`person.priorMigraineAttacks`) count towards A when
 * `usePriorAttacks` is on and at least one diary attack meets B–D.
 */
function withoutAura(items: readonly TypedEpisode[], prior: number, opts: ClinicalOptions) {
  const route = items.filter((i) => i.t.route === '1.1');
  const full = route.filter((i) => i.t.type === 'migraine').length;
  const earlier = opts.usePriorAttacks && full > 0 ? prior : 0;
  const earlierText = earlier > 0 ? ` plus ${earlier} earlier attacks reported` : '';
  if (full + earlier >= MIGRAINE_A) {
    return suggest('1.1', 'met', [
      `${full} recorded attacks meet 1.1 B–D${earlierText} (A needs ${MIGRAINE_A}).`,
    ]);
  }
  for (const x of ['B', 'C', 'D']) {
    const n = route.filter((i) => metExcept(i.c.migraine, x)).length;
    if (n >= MIGRAINE_A) {
      return suggest('1.5.1', 'probable', [
        `${n} attacks meet every 1.1 criterion except ${x}: all but one criterion.`,
      ]);
    }
  }
  if (full > 0) {
    return suggest('1.5.1', 'probable', [
      `${full + earlier} attacks meet 1.1 B–D; A needs ${MIGRAINE_A}: all but one criterion.`,
    ]);
  }
  return undefined;
}

/** Typical aura: 1.2.1.1 / 1.2.1.2 (or 1.2.1 when headache came later than 60 min). */
function typicalAura(items: readonly TypedEpisode[]): DiagnosisSuggestion[] {
  const typical = items.filter((i) => i.c.aura?.kind === 'typical' && allMet(i.c.aura.result));
  if (typical.length < AURA_A) return [];
  const codeOf = (i: TypedEpisode) => {
    const m = i.c.episode.attack.auraToHeadacheMinutes;
    if (m === null) return '1.2.1.2';
    return m <= 60 ? '1.2.1.1' : '1.2.1';
  };
  const codes = [...new Set(typical.map(codeOf))];
  return codes.map((code) =>
    suggest(code, 'met', [
      `${typical.length} attacks meet 1.2 B–C with typical aura (A needs ${AURA_A}); ` +
        `${typical.filter((i) => codeOf(i) === code).length} of them match this subtype.`,
    ]),
  );
}

const CLINICIAN_CODES = { hemiplegic: '1.2.3', brainstem: '1.2.2', retinal: '1.2.4' } as const;

/** Motor, brainstem or retinal aura: always provisional, a clinician must confirm (TV-12). */
function clinicianAura(items: readonly TypedEpisode[]): DiagnosisSuggestion[] {
  const out: DiagnosisSuggestion[] = [];
  for (const [kind, code] of Object.entries(CLINICIAN_CODES)) {
    const n = items.filter((i) => i.c.aura?.kind === kind).length;
    if (n > 0) {
      out.push(
        suggest(code, 'provisional', [
          `${n} attack(s) with ${kind} aura: possible ${code}, a clinician must confirm it.`,
        ]),
      );
    }
  }
  return out;
}

/** 1.5.2 when typical 1.2 is not met: one attack meeting B–C (A fails), or ≥ 2 failing only C. */
function probableAura(items: readonly TypedEpisode[]): DiagnosisSuggestion | undefined {
  const aura = items.filter((i) => i.c.aura?.kind === 'typical' || i.c.aura?.kind === 'atypical');
  const full = aura.filter((i) => i.c.aura && allMet(i.c.aura.result)).length;
  if (full >= 1) {
    return suggest('1.5.2', 'probable', [
      `${full} attack meets 1.2 B–C; A needs ${AURA_A}: all but one criterion.`,
    ]);
  }
  if (aura.length >= AURA_A) {
    return suggest('1.5.2', 'probable', [
      `${aura.length} attacks with aura meet every 1.2 criterion except C (≥ 3 of 6 aura ` +
        'features). See the aura advice on these attacks.',
    ]);
  }
  return undefined;
}

/** Every migraine suggestion (1.1, 1.2.x, 1.5.x) of the typed episodes. */
export function migraineDiagnoses(
  items: readonly TypedEpisode[],
  prior: number,
  opts: ClinicalOptions,
): DiagnosisSuggestion[] {
  const out: DiagnosisSuggestion[] = [];
  const noAura = withoutAura(items, prior, opts);
  if (noAura) out.push(noAura);
  const typical = typicalAura(items);
  out.push(...typical, ...clinicianAura(items));
  if (typical.length === 0) {
    const probable = probableAura(items);
    if (probable) out.push(probable);
  }
  return out;
}
