// Apple Health import in bounded memory: Stillpoint's streamed import of a ~1 GB export.xml
// against a bare streaming saxes parse of the same file, each in its own process, alternated,
// in the same run.  Run: npm run bench:apple-health  (BENCH_APPLE_MB=1024 by default)
//
// Pass criterion, fixed before the run:
//   C1 bounded memory: peak RSS of the import ≤ peak RSS of the bare parse + 64 MB, on the
//      full file and on a file an eighth the size alike (memory must not grow with the file);
//   C2 speed: the import reaches ≥ 0.6 of the bare parse's records per second (median of runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeAppleExport } from './generate.ts';

const MB = Number(process.env.BENCH_APPLE_MB ?? 1024);
const ROUNDS = Number(process.env.BENCH_APPLE_ROUNDS ?? 2);
const dir = mkdtempSync(join(tmpdir(), 'stillpoint-apple-bench-'));
const run = (script: string, file: string) =>
  JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', script, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    })
      .trim()
      .split('\n')
      .pop() ?? '{}',
  );
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

try {
  const sizes = [Math.round(MB / 8), MB];
  const rows: string[] = [];
  let pass = true;
  for (const size of sizes) {
    const file = join(dir, `export-${size}.xml`);
    const made = await writeAppleExport(file, size * 2 ** 20);
    const bare: { ms: number; peakRssMb: number }[] = [];
    const ours: { ms: number; peakRssMb: number; attacks: number; days: number }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bare.push(run('bench/apple-health/bare-parse.ts', file));
      ours.push(run('bench/apple-health/stillpoint-read.ts', file));
    }
    const rate = (ms: number) => Math.round(made.records / (ms / 1000));
    const bareRate = rate(median(bare.map((b) => b.ms)));
    const oursRate = rate(median(ours.map((o) => o.ms)));
    const bareRss = Math.max(...bare.map((b) => b.peakRssMb));
    const oursRss = Math.max(...ours.map((o) => o.peakRssMb));
    const c1 = oursRss <= bareRss + 64;
    const c2 = size !== MB || oursRate >= 0.6 * bareRate;
    pass &&= c1 && c2;
    rows.push(
      `| ${(made.bytes / 2 ** 20).toFixed(0)} MB, ${made.records} records | bare saxes parse | ${bareRate} | ${bareRss.toFixed(0)} | |`,
      `| | Stillpoint import (${ours[0]?.attacks} headaches, ${ours[0]?.days} days) | ${oursRate} (${(oursRate / bareRate).toFixed(2)}×) | ${oursRss.toFixed(0)} (+${(oursRss - bareRss).toFixed(0)}) | C1 ${c1 ? 'met' : 'NOT met'}${size === MB ? `, C2 ${c2 ? 'met' : 'NOT met'}` : ''} |`,
    );
    rmSync(file);
  }
  console.log(
    `# Apple Health import (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}; medians of ${ROUNDS} alternated runs)`,
  );
  console.log('| file | path | records/s | peak RSS MB | criterion |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(pass ? 'PASS' : 'FAIL');
  process.exitCode = pass ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
