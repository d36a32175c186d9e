// POST /api/attacks throughput over loopback vs a bare Hono hello-world server, then p99
// latency at half of Stillpoint's peak rate.  Run: npm run bench:http
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { closedLoop, openLoop, quantile } from '../lib/load.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);

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

const attack = () =>
  JSON.stringify({
    id: randomUUID(),
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

/** Runs a closed loop and also reports the server's CPU time per request (less noise-prone). */
async function measure(server: { url: string; child: ChildProcess }, path: string) {
  const before = cpuSeconds(server.child.pid);
  const result = await closedLoop(server.url, { ...request, path }, CONCURRENCY, SECONDS);
  const cpuUs = ((cpuSeconds(server.child.pid) - before) / result.requests) * 1e6;
  return { ...result, cpuUs };
}

const request = { method: 'POST', path: '/api/attacks', body: attack };
const data = mkdtempSync(join(tmpdir(), 'stillpoint-bench-'));
const hello = await start(['--import', 'tsx', 'bench/http/hello-server.ts']);
const ours = await start(['dist/cli/main.js', 'serve', '--port', '0', '--data', data]);
try {
  // warm-up both
  await closedLoop(hello.url, { ...request, path: '/' }, CONCURRENCY, 1);
  await closedLoop(ours.url, request, CONCURRENCY, 1);
  const base = await measure(hello, '/');
  const peak = await measure(ours, '/api/attacks');
  const half = await openLoop(ours.url, request, peak.rate / 2, SECONDS);
  const p = (r: { latenciesMs: number[] }, q: number) => quantile(r.latenciesMs, q).toFixed(2);
  console.log(
    `# POST /api/attacks vs bare Hono (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${CONCURRENCY} connections, ${SECONDS} s each)`,
  );
  const row = (
    name: string,
    r: { rate: number; latenciesMs: number[]; errors: number },
    cpu: string,
  ) =>
    console.log(
      `| ${name} | ${r.rate.toFixed(0)} | ${p(r, 0.5)} | ${p(r, 0.99)} | ${cpu} | ${r.errors} |`,
    );
  console.log('| server | requests/s | p50 ms | p99 ms | server CPU µs/request | errors |');
  console.log('|---|---|---|---|---|---|');
  row('bare Hono hello-world', base, base.cpuUs.toFixed(0));
  row(
    'Stillpoint POST /api/attacks (SQLite, WAL synced before each ack)',
    peak,
    peak.cpuUs.toFixed(0),
  );
  row(`Stillpoint at half its peak (${(peak.rate / 2).toFixed(0)}/s, open loop)`, half, '');
  const ratio = peak.rate / base.rate;
  const p99 = quantile(half.latenciesMs, 0.99);
  console.log(`\nserver CPU per request, hello / ours: ${(base.cpuUs / peak.cpuUs).toFixed(2)}`);
  console.log(
    `\nratio to bare Hono: ${ratio.toFixed(2)} (goal >= 0.40) ${ratio >= 0.4 ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `p99 at half peak: ${p99.toFixed(2)} ms (goal < 20 ms) ${p99 < 20 ? 'MET' : 'NOT MET'}`,
  );
} finally {
  hello.child.kill();
  ours.child.kill();
  rmSync(data, { recursive: true, force: true });
}
