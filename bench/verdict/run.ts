/**
 * Calibration benchmark of the verdict engine (issue 4, docs/clinical-rules.md §8.2):
 *   npx tsx bench/verdict/run.ts [--n 10000] [--seed 20260501] [--only id,id] [--set key=value]
 * Prints a markdown table: rate of `improved` verdicts per scenario next to the naive app rule
 * and the exact conditional binomial test, then checks the two goals and exits 1 if one fails.
 * Scenarios are split over two worker threads (2 cores).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { SCENARIOS } from './scenarios.ts';
import { runScenario, type ScenarioResult } from './study.ts';

interface Job {
  ids: string[];
  n: number;
  seed: number;
  options: Record<string, unknown>;
}

function parseArgs(argv: string[]): Job & { workers: number } {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const options: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] !== '--set') continue;
    const [k, v] = (argv[i + 1] ?? '').split('=');
    if (k && v !== undefined)
      options[k] = v.startsWith('[') || !Number.isNaN(Number(v)) ? JSON.parse(v) : v;
  }
  const only = get('only');
  return {
    ids: only ? only.split(',') : SCENARIOS.map((s) => s.id),
    n: Number(get('n') ?? 10000),
    seed: Number(get('seed') ?? 20260501),
    workers: Number(get('workers') ?? 2),
    options,
  };
}

/** FNV-1a hash of a scenario id, mixed into the seed. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (const ch of id) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return h;
}

function work(job: Job): ScenarioResult[] {
  return job.ids.map((id) => {
    const sc = SCENARIOS.find((s) => s.id === id);
    if (!sc) throw new Error(`unknown scenario ${id}`);
    // Each scenario has its own stream, so results do not depend on order, sharding or --only.
    return runScenario(sc, job.n, (job.seed ^ hashId(id)) >>> 0, job.options);
  });
}

/** Worker bootstrap: register tsx's loader in the worker, then load this file. */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;

const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(1)} %`;

function table(results: ScenarioResult[], job: Job): { text: string; ok: boolean } {
  const lines = [
    `Calibration of \`improved\` (n = ${job.n} diaries per scenario, seed ${job.seed}; nominal one-sided level 5 %)`,
    '',
    '| scenario | verdict `improved` | naive rule (≥ 50 % fewer, month 1 vs month before) | exact binomial test (one-sided 5 %) | verdict ÷ exact | `insufficient_data` | `worsened` | goal |',
    '|---|---|---|---|---|---|---|---|',
  ];
  let ok = true;
  for (const r of results) {
    const sc = SCENARIOS.find((s) => s.id === r.id);
    if (!sc) continue;
    const ratio = r.exact > 0 ? (r.improved / r.exact).toFixed(2) : '–';
    let goal = '';
    if (sc.stress) goal = 'stress (information)';
    else if (!sc.effect) {
      const pass = r.improved / r.n <= 0.05;
      goal = pass ? 'pass (≤ 5 %)' : 'FAIL (> 5 %)';
      ok &&= pass;
    } else if (sc.poisson) {
      const pass = r.improved >= 0.85 * r.exact;
      goal = pass ? 'pass (≥ 0.85 × exact)' : 'FAIL (< 0.85 × exact)';
      ok &&= pass;
    } else goal = 'information';
    lines.push(
      `| ${sc.label} | ${pct(r.improved, r.n)} | ${pct(r.naive, r.n)} | ${pct(r.exact, r.n)} | ${ratio} | ${pct(r.insufficient, r.n)} | ${pct(r.worsened, r.n)} | ${goal} |`,
    );
  }
  return { text: lines.join('\n'), ok };
}

async function main(): Promise<void> {
  const job = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const shards: string[][] = Array.from({ length: Math.max(1, job.workers) }, () => []);
  for (const [i, id] of job.ids.entries()) shards[i % shards.length]?.push(id);
  const parts = await Promise.all(
    shards
      .filter((ids) => ids.length > 0)
      .map(
        (ids) =>
          new Promise<ScenarioResult[]>((resolve, reject) => {
            const w = new Worker(WORKER_BOOT, { eval: true, workerData: { ...job, ids } });
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
  );
  const byId = new Map(parts.flat().map((r) => [r.id, r]));
  const results = job.ids.map((id) => byId.get(id)).filter((r): r is ScenarioResult => !!r);
  const { text, ok } = table(results, job);
  console.log(text);
  console.log(
    `\n${ok ? 'All goals met.' : 'Some goals NOT met.'} (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  if (Object.keys(job.options).length > 0) console.log('options:', JSON.stringify(job.options));
  process.exitCode = ok ? 0 : 1;
}

if (isMainThread) {
  await main();
} else {
  parentPort?.postMessage(work(workerData as Job));
}
