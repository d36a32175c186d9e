/**
 * Calibration and power of the trigger report (issue 16, `docs/trigger-analysis.md` §7):
 *   npm run bench:triggers -- [--people 2000] [--seeds report|tuning]
 * Simulated people (real diaries through `triggerReport`) in the null scenarios, with one real
 * trigger, and with premonitory neck tension. Baselines in the same run: the naive analysis
 * (every recorded day, no gap term, plain 95 %) on the same people, and for power an oracle
 * that knows the truth. Prints markdown tables; exits 1 when a criterion of `criteria.ts` fails.
 */
import { triggerReport } from '../../src/domain/triggers/index.ts';
import { fitLogistic } from '../../src/domain/triggers/logistic.ts';
import { NAIVE_TRIGGER_METHOD } from '../../src/domain/triggers/options.ts';
import type { FactorResult } from '../../src/domain/triggers/report.ts';
import {
  BASE_SCENARIO,
  calibrateLambda,
  type SimPerson,
  type SimScenario,
  simulatePerson,
} from '../../src/domain/triggers/testing/simulate.ts';
import {
  MAX_FALSE_NO_LINK,
  MAX_FAMILY_ERROR,
  MAX_NECK_TRIGGER_CALLS,
  SEED_SETS,
} from './criteria.ts';
import { NULL_SCENARIOS, POWER_DAYS, POWER_ODDS, PREMONITORY_DAYS } from './scenarios.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const PEOPLE = Number(arg('people') ?? 2000);
const SEEDS = (arg('seeds') ?? 'report') as keyof typeof SEED_SETS;
const BASE_SEED = SEED_SETS[SEEDS];
if (BASE_SEED === undefined) throw new Error('--seeds must be report or tuning');

const lambdas = new Map<string, number>();
/** λ for the scenario's attack process (calibration ignores factor switches). */
function lambdaOf(s: SimScenario): number {
  const key = `${s.weibullShape}|${s.clustering}|${s.attackHours}|${s.attacksPer30}`;
  let l = lambdas.get(key);
  if (l === undefined) {
    l = calibrateLambda({
      ...BASE_SCENARIO,
      weibullShape: s.weibullShape,
      clustering: s.clustering,
    });
    lambdas.set(key, l);
  }
  return l;
}

const isCall = (f: FactorResult) =>
  f.verdict === 'likely_trigger' || f.verdict === 'likely_protective';
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
/** Monte Carlo standard error of a share. */
const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);

function people(s: SimScenario, offset: number, each: (p: SimPerson) => void): void {
  const lambda = lambdaOf(s);
  for (let i = 0; i < PEOPLE; i += 1) each(simulatePerson(s, lambda, BASE_SEED + offset + i));
}

/** The oracle: the true trigger's β alone, with the true baseline as offset, MLE, 95 %. */
function oracleDetects(p: SimPerson): boolean {
  const rows = p.truth.filter((t) => t.triggerExposed !== null);
  const fit = fitLogistic(
    {
      x: rows.map((t) => [t.triggerExposed ? 1 : 0]),
      y: rows.map((t) => (t.onset ? 1 : 0)),
      offset: rows.map((t) => Math.log(t.baseline / (1 - t.baseline))),
    },
    [{ mean: 0, sd: 1e3 }],
  );
  const sd = Math.sqrt(fit.covariance[0]?.[0] ?? Number.NaN);
  return (fit.mode[0] ?? 0) - 1.959964 * sd > 0;
}

const failures: string[] = [];
const started = performance.now();
console.log(`# Trigger benchmark — ${PEOPLE} people per row, ${SEEDS} seeds (from ${BASE_SEED})\n`);

console.log('## Null: no factor matters (180 days, 4 attacks / 30 days)\n');
console.log(
  '| scenario | attacks / 30 d | factors tested (mean) | any false call: report | ± SE | naive baseline | pass |',
);
console.log('|---|---|---|---|---|---|---|');
NULL_SCENARIOS.forEach((ns, k) => {
  let ours = 0;
  let naive = 0;
  let attacks = 0;
  let tested = 0;
  people(ns.scenario, k * 100_000, (p) => {
    attacks += p.attacks;
    const r = triggerReport(p.diary, undefined);
    tested += r.factorsTested;
    if (r.factors.some(isCall)) ours += 1;
    if (triggerReport(p.diary, undefined, NAIVE_TRIGGER_METHOD).factors.some(isCall)) naive += 1;
  });
  const rate = ours / PEOPLE;
  const ok = rate <= MAX_FAMILY_ERROR;
  if (!ok) failures.push(`${ns.id}: ${pct(rate)} > ${pct(MAX_FAMILY_ERROR)}`);
  console.log(
    `| ${ns.label} | ${((attacks / PEOPLE / ns.scenario.days) * 30).toFixed(2)} | ${(tested / PEOPLE).toFixed(1)} | ${pct(rate)} | ${pct(se(rate, PEOPLE))} | ${pct(naive / PEOPLE)} | ${ok ? 'yes' : 'NO'} |`,
  );
});

console.log(
  '\n## One real trigger: alcohol the day before (≈ 24 % of days), 4 attacks / 30 days\n',
);
console.log(
  '| days | odds ratio | told likely_trigger | oracle power | not enough data | no strong link (false) | other false calls | pass |',
);
console.log('|---|---|---|---|---|---|---|---|');
let cell = 0;
for (const days of POWER_DAYS) {
  for (const odds of POWER_ODDS) {
    cell += 1;
    const s: SimScenario = {
      ...BASE_SCENARIO,
      days,
      trigger: { factor: 'alcoholUnits', oddsRatio: odds },
    };
    let told = 0;
    let oracle = 0;
    let ned = 0;
    let noLink = 0;
    let others = 0;
    people(s, 1_000_000 + cell * 100_000, (p) => {
      const r = triggerReport(p.diary, undefined);
      const f = r.factors.find((x) => x.factor === 'alcoholUnits');
      if (f?.verdict === 'likely_trigger') told += 1;
      if (f?.verdict === 'not_enough_data') ned += 1;
      if (f?.verdict === 'no_strong_link') noLink += 1;
      if (r.factors.some((x) => x.factor !== 'alcoholUnits' && isCall(x))) others += 1;
      if (oracleDetects(p)) oracle += 1;
    });
    const falseNoLink = noLink / PEOPLE;
    const ok = falseNoLink <= MAX_FALSE_NO_LINK;
    if (!ok) failures.push(`power ${days} d OR ${odds}: no strong link ${pct(falseNoLink)}`);
    console.log(
      `| ${days} | ${odds} | ${pct(told / PEOPLE)} | ${pct(oracle / PEOPLE)} | ${pct(ned / PEOPLE)} | ${pct(falseNoLink)} | ${pct(others / PEOPLE)} | ${ok ? 'yes' : 'NO'} |`,
    );
  }
}

console.log('\n## Premonitory neck tension: +4 of 10 on the day before each attack\n');
console.log(
  '| days | neck: likely_trigger | neck: early_warning_or_trigger | naive: likely_trigger | pass |',
);
console.log('|---|---|---|---|---|');
PREMONITORY_DAYS.forEach((days, k) => {
  const s: SimScenario = { ...BASE_SCENARIO, days, prodromeNeck: true };
  let trigger = 0;
  let warning = 0;
  let naive = 0;
  people(s, 3_000_000 + k * 100_000, (p) => {
    const f = triggerReport(p.diary, undefined).factors.find((x) => x.factor === 'neckTension');
    if (f?.verdict === 'likely_trigger') trigger += 1;
    if (f?.verdict === 'early_warning_or_trigger') warning += 1;
    const n = triggerReport(p.diary, undefined, NAIVE_TRIGGER_METHOD).factors.find(
      (x) => x.factor === 'neckTension',
    );
    if (n?.verdict === 'likely_trigger') naive += 1;
  });
  const ok = trigger <= MAX_NECK_TRIGGER_CALLS;
  if (!ok) failures.push(`premonitory ${days} d: ${trigger} likely_trigger calls`);
  console.log(
    `| ${days} | ${trigger} of ${PEOPLE} | ${pct(warning / PEOPLE)} | ${pct(naive / PEOPLE)} | ${ok ? 'yes' : 'NO'} |`,
  );
});

console.log(
  `\nλ calibrated: ${[...lambdas.entries()].map(([k, v]) => `${k} → ${v.toFixed(4)}`).join('; ')}. ` +
    `Run time ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (failures.length > 0) {
  console.log(`\nFAILED: ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll criteria met.');
}
