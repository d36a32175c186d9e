// Child process: import a diary file through Stillpoint's real import path (read, parse,
// validate every record, one transaction) into a fresh SQLite file. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { openRuntime } from '../../src/server/runtime.ts';

const [file, data] = process.argv.slice(2) as [string, string];
const rt = await openRuntime({ data });
const t0 = performance.now();
const document = JSON.parse(readFileSync(file, 'utf8'));
const t1 = performance.now();
const report = await rt.services.diary.import(rt.actor, document);
const t2 = performance.now();
rt.services.diary.validate(document); // timed alone, to split validation from writing
const validateMs = performance.now() - t2;
await rt.close();
const rows = Object.values(report.counts).reduce((s, c) => s + c.total, 0);
console.log(
  JSON.stringify({
    rows,
    parseMs: t1 - t0,
    validateMs,
    writeMs: t2 - t1 - validateMs,
    totalMs: t2 - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
