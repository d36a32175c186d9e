/**
 * Aura advisories that need the diary's history rather than one attack (docs/clinical-rules.md
 * §2.2):
 * - a first aura after age 40 → advise TIA evaluation (ICHD-3 comment on 1.2.1.2);
 * - migraine aura status (A1.4.5): ≥ 3 auras over 3 days → advise investigation.
 */
import type { Episode } from '../days/episodes.ts';
import type { ClinicalOptions } from '../options.ts';
import type { Advisory } from './aura.ts';

const STATUS_AURAS = 3;
const STATUS_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Advisories keyed by episode id. The late-onset advisory goes on the first episode with an aura
 * (the diary cannot know about auras before it, so the message says "if this is your first");
 * the aura-status advisory goes on the episode that completes ≥ 3 auras within 3 days.
 */
export function auraHistoryAdvisories(
  episodes: readonly Episode[],
  opts: ClinicalOptions,
): Map<string, Advisory[]> {
  const out = new Map<string, Advisory[]>();
  const add = (id: string, advisory: Advisory) => out.set(id, [...(out.get(id) ?? []), advisory]);
  const withAura = episodes
    .filter((e) => e.attack.aura.length > 0)
    .sort((a, b) => a.startMs - b.startMs);
  const first = withAura[0];
  if (first?.age !== undefined && first.age >= opts.lateAuraAge) {
    add(first.id, {
      code: 'late_onset_aura',
      message:
        `First aura recorded at age ${first.age}. If this is your first aura ever, ICHD-3 ` +
        'advises an evaluation for TIA (mini-stroke): see a doctor promptly.',
    });
  }
  let from = 0;
  withAura.forEach((ep, i) => {
    while ((withAura[from]?.startMs ?? ep.startMs) < ep.startMs - STATUS_WINDOW_MS) from += 1;
    if (i - from + 1 === STATUS_AURAS) {
      add(ep.id, {
        code: 'aura_status',
        message:
          `${STATUS_AURAS} or more auras within 3 days (migraine aura status, ICHD-3 A1.4.5): ` +
          'see a doctor for investigation.',
      });
    }
  });
  return out;
}
