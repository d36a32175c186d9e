// The write phase of a diary import through Stillpoint against a raw better-sqlite3 loop that
// writes the same rows with the same batching, in the same run (child processes alternate,
// pair by pair).  Run: npm run bench:import (BENCH_ROWS, BENCH_PAIRS to change the size).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { quantile } from '../lib/load.ts';
import { bigDiary } from './generate.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
/** Fixed before the run: the median over the pairs of raw seconds ÷ Stillpoint write seconds. */
const GOAL = 0.5;

const dir = mkdtempSync(join(tmpdir(), 'stillpoint-import-bench-'));
const run = (script: string, data: string) => {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', script, join(dir, 'diary.json'), data],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
};
const sec = (ms: number) => (ms / 1000).toFixed(2);
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const line = (cells: (string | number)[]) => console.log(`| ${cells.join(' | ')} |`);
try {
  writeFileSync(join(dir, 'diary.json'), JSON.stringify(bigDiary(ROWS)));
  const mb = statSync(join(dir, 'diary.json')).size / 2 ** 20;
  console.log(
    `# Import write phase, ${ROWS} rows (${mb.toFixed(0)} MB file; ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version})`,
  );
  console.log(
    `criterion (fixed before the run): median over ${PAIRS} pairs of raw ÷ Stillpoint write time >= ${GOAL.toFixed(2)}\n`,
  );
  line([
    'pair',
    'raw loop s (statements)',
    'Stillpoint write s',
    'ratio',
    'Stillpoint parse / validate / write / total s',
    'peak RSS MB raw / Stillpoint',
  ]);
  line(['---', '---', '---', '---', '---', '---']);
  const results: { ratio: number; rows: number; writeMs: number }[] = [];
  for (let pair = 1; pair <= PAIRS; pair++) {
    const raw = run('bench/import/raw-insert.ts', mkdtempSync(join(dir, 'raw-')));
    const ours = run('bench/import/stillpoint-import.ts', mkdtempSync(join(dir, 'ours-')));
    if (raw.rows !== ours.rows)
      throw new Error(`rows differ: raw ${raw.rows}, Stillpoint ${ours.rows}`);
    const ratio = raw.insertMs / ours.writeMs;
    line([
      pair,
      `${sec(raw.insertMs)} (${raw.statements})`,
      sec(ours.writeMs),
      ratio.toFixed(2),
      `${sec(ours.parseMs)} / ${sec(ours.validateMs)} / ${sec(ours.writeMs)} / ${sec(ours.totalMs)}`,
      `${raw.maxRssMb.toFixed(0)} / ${ours.maxRssMb.toFixed(0)}`,
    ]);
    results.push({ ratio, rows: ours.rows, writeMs: ours.writeMs });
  }
  const ratio = quantile(
    results.map((r) => r.ratio),
    0.5,
  );
  const deciding = results.find((r) => r.ratio === ratio);
  if (deciding) {
    console.log(
      `\nrows written: ${deciding.rows} by each side in every pair, none refused; Stillpoint's write phase in the deciding pair: ${rate(deciding.rows, deciding.writeMs)} rows/s`,
    );
  }
  console.log(
    `write phase vs the raw loop with the same batching, median of ${PAIRS}: ${ratio.toFixed(2)} (goal >= ${GOAL.toFixed(2)}) ${ratio >= GOAL ? 'MET' : 'NOT MET'}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
