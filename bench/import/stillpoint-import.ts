// Child process: import a diary file through Stillpoint's real import path (read, parse,
// validate every record, write in one transaction) into a fresh SQLite file, and time each phase
// directly: the import reports progress 0 when its write phase begins, and it returns once the
// transaction is committed and synced. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { openRuntime } from '../../src/server/runtime.ts';

const [file, data] = process.argv.slice(2) as [string, string];
const rt = await openRuntime({ data });
const t0 = performance.now();
const document = JSON.parse(readFileSync(file, 'utf8'));
const t1 = performance.now();
let writeStart: number | undefined;
const report = await rt.services.diary.import(rt.actor, document, {}, () => {
  writeStart ??= performance.now();
});
const t2 = performance.now();
await rt.close();
if (writeStart === undefined) throw new Error('the import reported no write phase');
const rows = Object.values(report.counts).reduce((s, c) => s + c.total, 0);
console.log(
  JSON.stringify({
    rows,
    parseMs: t1 - t0,
    validateMs: writeStart - t1,
    writeMs: t2 - writeStart,
    totalMs: t2 - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
