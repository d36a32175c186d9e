// POST /api/attacks throughput over loopback vs a bare Hono hello-world server on the same
// runtime (plain node with the same flags), then p99 latency at half of Stillpoint's peak rate,
// in rounds. The criteria are fixed here, before the run: the median over the rounds of each
// figure decides, and the script prints its verdict.  Run: npm run bench:http
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { newRecordId } from '../../src/shared/ids.ts';
import { closedLoop, openLoop, quantile, type Request } from '../lib/load.ts';
import { nodeFlagsOf } from '../lib/node-flags.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
/** Rounds of (hello, ours, ours at half peak); the verdict is the median over rounds. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** Goals, fixed before the run: median ratio to bare Hono, and median p99 at half peak. */
const GOAL_RATIO = 0.4;
const GOAL_P99_MS = 20;

function start(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}

/**
 * An attack as Stillpoint's web app and CLI send it: with a time-ordered id (`newRecordId`).
 * `id` swaps in another kind, such as the random UUIDs other clients may send.
 */
const attack = (id: () => string = newRecordId) =>
  JSON.stringify({
    id: id(),
    start: '2026-01-05T06:30:00Z',
    end: '2026-01-05T18:00:00Z',
    peakPain: 7,
    side: 'left',
    regions: ['temple', 'behind_eye'],
    quality: ['pulsating'],
    nausea: true,
    photophobia: true,
    triggers: ['stress'],
  });

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Seconds the process's main thread (the event loop) has run so far, to the nanosecond, from
 * the scheduler's own account (/proc/PID/task/PID/schedstat).
 */
function mainThreadSeconds(pid: number | undefined): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
}

/** The machine's CPU time so far, in ticks: all of it, and what the hypervisor took (steal). */
function machineTicks(): { total: number; steal: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1);
  const ticks = fields.slice(0, 8).map(Number);
  return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
}

/**
 * Runs `run` and adds the share of its wall time the server's event loop spent running, and
 * the share of the machine's CPU time the hypervisor gave to other guests meanwhile (steal):
 * a virtual CPU taken away for a scheduling slice stops the server and every request it holds.
 */
async function observe<T extends { seconds: number }>(
  server: { child: ChildProcess },
  run: () => Promise<T>,
): Promise<T & { busy: number; steal: number }> {
  const before = mainThreadSeconds(server.child.pid);
  const machine = machineTicks();
  const result = await run();
  const after = machineTicks();
  return {
    ...result,
    busy: (mainThreadSeconds(server.child.pid) - before) / result.seconds,
    steal: (after.steal - machine.steal) / Math.max(1, after.total - machine.total),
  };
}

/** Runs a closed loop and reports the server's and the load generator's CPU per request. */
async function measure(server: { url: string; child: ChildProcess }, req: Request) {
  const before = cpuSeconds(server.child.pid);
  const client = process.cpuUsage();
  const result = await observe(server, () => closedLoop(server.url, req, CONCURRENCY, SECONDS));
  const cpuUs = ((cpuSeconds(server.child.pid) - before) / result.requests) * 1e6;
  const used = process.cpuUsage(client);
  const clientUs = (used.user + used.system) / result.requests;
  return { ...result, cpuUs, clientUs };
}

const median = (xs: number[]) => quantile(xs, 0.5);
const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)} %`;
const request: Request = { method: 'POST', path: '/api/attacks', body: () => attack() };
const randomIds: Request = { ...request, body: () => attack(randomUUID) };
const helloRequest: Request = { ...request, path: '/' };
const data = mkdtempSync(join(tmpdir(), 'stillpoint-bench-'));
// Both servers start as the `stillpoint` command starts: plain node with the Node flags of its
// first line, running JavaScript (Stillpoint's compiled dist/, the baseline's .mjs).
const flags = nodeFlagsOf('dist/cli/main.js');
const hello = await start([...flags, 'bench/http/hello-server.mjs']);
const ours = await start([...flags, 'dist/cli/main.js', 'serve', '--port', '0', '--data', data]);
try {
  // warm-up both
  await closedLoop(hello.url, helloRequest, CONCURRENCY, 1);
  await closedLoop(ours.url, request, CONCURRENCY, 1);
  console.log(
    `# POST /api/attacks vs bare Hono (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version} ${flags.join(' ')} for both, ${CONCURRENCY} connections, ${SECONDS} s each, ${ROUNDS} rounds)`,
  );
  console.log(
    `criteria (fixed before the run): median over ${ROUNDS} rounds of Stillpoint req/s ÷ bare Hono req/s >= ${GOAL_RATIO.toFixed(2)}; median over ${ROUNDS} rounds of the p99 latency at half of that round's peak < ${GOAL_P99_MS} ms\n`,
  );
  console.log(
    '| round | bare Hono req/s | Stillpoint req/s | ratio | with random v4 ids: req/s, ratio | server CPU µs/req hello / ours | generator CPU µs/req hello / ours | Stillpoint p50 / p99 ms at half peak (rate/s) | Stillpoint event loop busy at peak / half peak | CPU stolen by the hypervisor at peak / half peak |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  const ratios: number[] = [];
  const p99s: number[] = [];
  const randomRatios: number[] = [];
  const failed: Record<string, number> = {};
  let sent = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const base = await measure(hello, helloRequest);
    const peak = await measure(ours, request);
    const random = await measure(ours, randomIds);
    const half = await observe(ours, () => openLoop(ours.url, request, peak.rate / 2, SECONDS));
    const ratio = peak.rate / base.rate;
    const p99 = quantile(half.latenciesMs, 0.99);
    ratios.push(ratio);
    p99s.push(p99);
    randomRatios.push(random.rate / base.rate);
    const phases = { hello: base, peak, 'random ids': random, 'half peak': half };
    for (const [name, r] of Object.entries(phases)) {
      failed[name] = (failed[name] ?? 0) + r.errors;
      sent += r.requests;
    }
    const errors = Object.entries(phases)
      .filter(([, r]) => r.errors > 0)
      .map(([name, r]) => `${name}: ${JSON.stringify(r.failures)}`)
      .join(', ');
    console.log(
      `| ${round} | ${base.rate.toFixed(0)} | ${peak.rate.toFixed(0)} | ${ratio.toFixed(2)} | ${random.rate.toFixed(0)}, ${(random.rate / base.rate).toFixed(2)} | ${base.cpuUs.toFixed(0)} / ${peak.cpuUs.toFixed(0)} | ${base.clientUs.toFixed(0)} / ${peak.clientUs.toFixed(0)} | ${quantile(half.latenciesMs, 0.5).toFixed(2)} / ${p99.toFixed(2)} (${half.rate.toFixed(0)})${errors ? ` — failed (by status): ${errors}` : ''} | ${pct(peak.busy)} / ${pct(half.busy)} | ${pct(peak.steal, 1)} / ${pct(half.steal, 1)} |`,
    );
  }
  const ratio = median(ratios);
  const p99 = median(p99s);
  console.log(
    `\nrequests without a successful answer: ${Object.entries(failed)
      .map(([name, n]) => `${name} ${n}`)
      .join(', ')} (of ${sent} sent)`,
  );
  console.log(
    `ratio to bare Hono, median of ${ROUNDS}: ${ratio.toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}; goal >= ${GOAL_RATIO.toFixed(2)}) ${ratio >= GOAL_RATIO ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `with random (v4) ids instead of Stillpoint's time-ordered ones, median of ${ROUNDS}: ${median(randomRatios).toFixed(2)}`,
  );
  console.log(
    `p99 at half peak, median of ${ROUNDS}: ${p99.toFixed(2)} ms (range ${Math.min(...p99s).toFixed(2)}–${Math.max(...p99s).toFixed(2)}; goal < ${GOAL_P99_MS} ms) ${p99 < GOAL_P99_MS ? 'MET' : 'NOT MET'}`,
  );
} finally {
  hello.child.kill();
  ours.child.kill();
  rmSync(data, { recursive: true, force: true });
}
