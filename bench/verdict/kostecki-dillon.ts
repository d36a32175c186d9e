/**
 * Runs the verdict on every Kostecki-Dillon patient through the product's own path (daily CSV
 * import → diary with a biofeedback course from day 0 → clinical day table → verdict), outcome
 * headache days, days without a row unrecorded:
 *   npm run bench:verdict:kd [-- path/to/KosteckiDillon.csv]
 * Prints the distribution of verdicts (default options, and an exploratory run without run-in
 * and with a 28-day window) and asserts that every patient with fewer than 28 recorded
 * baseline days gets `insufficient_data`; exits 1 if not. test/data/kostecki-dillon.test.ts
 * keeps the same assertion in CI.
 */
import type { TherapyVerdictResult } from '../../src/domain/therapy/index.ts';
import { therapyVerdict } from '../../src/domain/therapy/index.ts';
import { compareDayShares } from '../../src/domain/verdict/day-level.ts';
import type { VerdictOptions } from '../../src/domain/verdict/index.ts';
import {
  BIOFEEDBACK_ID,
  baselineDays,
  type KosteckiPatient,
  kosteckiPatients,
} from './kostecki-dillon-diaries.ts';

/** The study ended long ago: every day counts as complete. */
const NOW = '2026-01-01T00:00:00Z';

/** The exploratory options: no run-in and a 28-day window (not the product default). */
export const EXPLORATORY: Partial<VerdictOptions> = { runInDays: 0, minEvaluationDays: 28 };

export function runCohort(
  patients: readonly KosteckiPatient[],
  verdict: Partial<VerdictOptions>,
): Map<number, TherapyVerdictResult> {
  const out = new Map<number, TherapyVerdictResult>();
  for (const p of patients) {
    out.set(
      p.id,
      therapyVerdict(p.diary, {
        therapyId: BIOFEEDBACK_ID,
        now: NOW,
        outcome: 'headache_days',
        verdict,
      }),
    );
  }
  return out;
}

function distribution(results: Map<number, TherapyVerdictResult>): string {
  const counts = new Map<string, number>();
  for (const v of results.values()) counts.set(v.verdict, (counts.get(v.verdict) ?? 0) + 1);
  const order = ['insufficient_data', 'no_clear_change', 'improved', 'worsened'];
  return order.map((k) => `| ${k} | ${counts.get(k) ?? 0} |`).join('\n');
}

function main(path: string | undefined): void {
  const patients = kosteckiPatients(path);
  const standard = runCohort(patients, {});
  const explore = runCohort(patients, EXPLORATORY);
  console.log(
    `Kostecki-Dillon: ${patients.length} patients, outcome headache days, time 0 = biofeedback start\n`,
  );
  console.log('| verdict (default options: run-in 28 d, window ≥ 56 d) | patients |\n|---|---|');
  console.log(distribution(standard));
  console.log('\n| verdict (exploratory: no run-in, window ≥ 28 d) | patients |\n|---|---|');
  console.log(distribution(explore));
  console.log('\nPatients with ≥ 28 recorded baseline days:');
  for (const p of patients.filter((x) => baselineDays(x) >= 28)) {
    const v = explore.get(p.id);
    const rr = v?.rateRatio
      ? `${v.rateRatio.median.toFixed(2)} (${v.rateRatio.ci95.map((x) => x.toFixed(2)).join('–')})`
      : '–';
    console.log(
      `  id ${p.id}: baseline ${v?.baseline.eventDays}/${v?.baseline.recordedDays}, window ` +
        `${v?.treatment.eventDays}/${v?.treatment.recordedDays}; default ${standard.get(p.id)?.verdict}; ` +
        `exploratory ${v?.verdict}, R ${rr}`,
    );
  }
  const withPre = patients.filter((p) => baselineDays(p) > 0);
  const pre = withPre.flatMap((p) => [...p.headache.entries()].filter(([t]) => t < 0));
  const post = withPre.flatMap((p) => [...p.headache.entries()].filter(([t]) => t >= 1));
  const yes = (xs: [number, boolean][]) => xs.filter(([, h]) => h).length;
  const cohort = compareDayShares(yes(pre), pre.length, yes(post), post.length);
  console.log(
    `\nCohort day-level check (TV-S-9, time < 0 vs ≥ 1, ${withPre.length} patients with pre data): ` +
      `${yes(pre)}/${pre.length} → ${yes(post)}/${post.length}, ratio ` +
      `${cohort.ratio.toFixed(3)} (${cohort.ci95.map((x) => x.toFixed(2)).join('–')}), ` +
      `P(lower after) ${cohort.pLower.toFixed(2)}`,
  );
  const short = patients.filter((p) => baselineDays(p) < 28);
  const failures = short.filter((p) =>
    [standard, explore].some((r) => r.get(p.id)?.verdict !== 'insufficient_data'),
  );
  if (failures.length > 0) {
    console.error(
      `ASSERTION FAILED: ${failures.length} patient(s) with < 28 baseline days got a verdict: ${failures.map((p) => p.id).join(', ')}`,
    );
    process.exitCode = 1;
  } else {
    console.log(
      `\nAssertion passed: all ${short.length} patients with < 28 baseline days are insufficient_data.`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2]);
