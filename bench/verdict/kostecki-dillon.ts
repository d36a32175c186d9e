/**
 * Runs the verdict on every Kostecki-Dillon patient (carData; ../shared/data/kostecki-dillon):
 * time 0 = first biofeedback session, outcome = headache days, days without a row unrecorded.
 *   npx tsx bench/verdict/kostecki-dillon.ts [path/to/KosteckiDillon.csv]
 * Prints the distribution of verdicts (default options, and an exploratory run without run-in
 * and with a 28-day window) and asserts that every patient with fewer than 28 recorded
 * baseline days gets `insufficient_data`; exits 1 if not.
 */
import { readFileSync } from 'node:fs';
import { addDays } from '../../src/domain/verdict/dates.ts';
import { compareDayShares } from '../../src/domain/verdict/day-level.ts';
import type {
  DailyOutcome,
  VerdictOptions,
  VerdictResult,
} from '../../src/domain/verdict/index.ts';
import { verdict } from '../../src/domain/verdict/verdict.ts';

const DEFAULT_PATH = '/work/shared/data/kostecki-dillon/KosteckiDillon.csv';

interface Patient {
  id: number;
  /** Calendar day of time 0, from `dos − time` of the first row (study year unknown: 2000). */
  day0: string;
  headache: Map<number, boolean>;
}

function load(path: string): Patient[] {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  const [iId, iTime, iDos, iHa] = [at('id'), at('time'), at('dos'), at('headache')];
  const byId = new Map<number, Patient>();
  for (const row of rows) {
    const f = row.split(',');
    const id = Number(f[iId]);
    const time = Number(f[iTime]);
    let p = byId.get(id);
    if (!p) {
      p = { id, day0: addDays('2000-01-01', Number(f[iDos]) - time - 1), headache: new Map() };
      byId.set(id, p);
    }
    p.headache.set(time, f[iHa] === 'yes'); // the duplicated row (id 90, time 17) collapses
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** One entry per calendar day from the first to the last diary day; gaps are unrecorded. */
function toSeries(p: Patient): DailyOutcome[] {
  const times = [...p.headache.keys()];
  const out: DailyOutcome[] = [];
  for (let t = Math.min(...times); t <= Math.max(...times); t += 1) {
    const h = p.headache.get(t);
    out.push({
      date: addDays(p.day0, t),
      recorded: h !== undefined,
      migraineDay: false,
      headacheDay: h === true,
    });
  }
  return out;
}

const baselineDays = (p: Patient) => [...p.headache.keys()].filter((t) => t < 0).length;

function run(patients: Patient[], options: Partial<VerdictOptions>): Map<number, VerdictResult> {
  const out = new Map<number, VerdictResult>();
  for (const p of patients) {
    const course = { therapyId: 'biofeedback', start: p.day0, end: null };
    out.set(p.id, verdict(toSeries(p), course, { outcome: 'headache_days', ...options }));
  }
  return out;
}

function distribution(results: Map<number, VerdictResult>): string {
  const counts = new Map<string, number>();
  for (const v of results.values()) counts.set(v.verdict, (counts.get(v.verdict) ?? 0) + 1);
  const order = ['insufficient_data', 'no_clear_change', 'improved', 'worsened'];
  return order.map((k) => `| ${k} | ${counts.get(k) ?? 0} |`).join('\n');
}

const patients = load(process.argv[2] ?? DEFAULT_PATH);
const main = run(patients, {});
const explore = run(patients, { runInDays: 0, minEvaluationDays: 28 });
console.log(
  `Kostecki-Dillon: ${patients.length} patients, outcome headache days, time 0 = biofeedback start\n`,
);
console.log('| verdict (default options: run-in 28 d, window ≥ 56 d) | patients |\n|---|---|');
console.log(distribution(main));
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
      `${v?.treatment.eventDays}/${v?.treatment.recordedDays}; default ${main.get(p.id)?.verdict}; ` +
      `exploratory ${v?.verdict}, R ${rr}`,
  );
}
const withPre = patients.filter((p) => baselineDays(p) > 0);
const pre = withPre.flatMap((p) => [...p.headache.entries()].filter(([t]) => t < 0));
const post = withPre.flatMap((p) => [...p.headache.entries()].filter(([t]) => t >= 1));
const cohort = compareDayShares(
  pre.filter(([, h]) => h).length,
  pre.length,
  post.filter(([, h]) => h).length,
  post.length,
);
console.log(
  `\nCohort day-level check (TV-S-9, time < 0 vs ≥ 1, ${withPre.length} patients with pre data): ` +
    `${pre.filter(([, h]) => h).length}/${pre.length} → ${post.filter(([, h]) => h).length}/${post.length}, ratio ` +
    `${cohort.ratio.toFixed(3)} (${cohort.ci95.map((x) => x.toFixed(2)).join('–')}), ` +
    `P(lower after) ${cohort.pLower.toFixed(2)}`,
);

const failures = patients.filter(
  (p) =>
    baselineDays(p) < 28 &&
    [main, explore].some((r) => r.get(p.id)?.verdict !== 'insufficient_data'),
);
if (failures.length > 0) {
  console.error(
    `ASSERTION FAILED: ${failures.length} patient(s) with < 28 baseline days got a verdict: ${failures.map((p) => p.id).join(', ')}`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `\nAssertion passed: all ${patients.filter((p) => baselineDays(p) < 28).length} patients with < 28 baseline days are insufficient_data.`,
  );
}
