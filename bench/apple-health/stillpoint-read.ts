/**
 * Stillpoint's import of an Apple Health export.xml up to the validated preview (stream, map,
 * choose recorded days, merge with an empty diary, validate the whole document): everything
 * `stillpoint import export.xml --dry-run` does before writing. Prints one JSON line.
 */
import { diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { prepareStreamedImport } from '../../src/server/import/prepare.ts';

const path = process.argv[2] ?? '';
const started = performance.now();
const empty = diarySchema.parse({
  format: 'stillpoint.diary',
  version: 2,
  person: { timeZone: 'Europe/Berlin' },
});
const p = await prepareStreamedImport(
  empty,
  { name: path, bytes: new Uint8Array(0), path },
  { mode: 'merge', recordedDays: 'entries', unreadable: 'rest' },
);
const ms = performance.now() - started;
const records =
  p.preview.unmapped.reduce((n, u) => n + u.rows, 0) + p.preview.counts.attacks.inFile;
console.log(
  JSON.stringify({
    ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    attacks: p.preview.counts.attacks.inFile,
    days: p.preview.counts.days.inFile,
    unmappedRows: records,
  }),
);
