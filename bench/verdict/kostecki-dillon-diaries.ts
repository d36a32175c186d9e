/**
 * The Kostecki-Dillon cohort (carData; test/fixtures/real/kostecki-dillon) as Stillpoint diaries,
 * through the product's own path: each patient's rows are imported with the daily CSV importer
 * (`--person ID --day-zero DATE`), a "Biofeedback" course starting on day 0 is added, and the
 * verdict then runs on the clinical engine's day table exactly as `stillpoint verdict` does.
 * Used by the benchmark script and by the test that keeps its assertion in CI.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { prepareImport } from '../../src/server/import/prepare.ts';

/**
 * The published file, stored unchanged with its provenance (test/fixtures/real/kostecki-dillon).
 */
export const KOSTECKI_DILLON_CSV = fileURLToPath(
  new URL('../../test/fixtures/real/kostecki-dillon/KosteckiDillon.csv', import.meta.url),
);
export const BIOFEEDBACK_ID = 'biofeedback';

export interface KosteckiPatient {
  id: number;
  /** Calendar day of time 0 (`dos − time` of the first row; the study year is unknown: 2000). */
  day0: string;
  /** Headache yes/no by study day (the duplicated row id 90, day 17 collapses). */
  headache: Map<number, boolean>;
  /** The imported diary with the biofeedback course. */
  diary: Diary;
}

/** Recorded study days before time 0. */
export const baselineDays = (p: KosteckiPatient): number =>
  [...p.headache.keys()].filter((t) => t < 0).length;

const empty = (): Diary =>
  diarySchema.parse({ format: 'stillpoint.diary', version: 1, person: { timeZone: 'UTC' } });

/** Every patient of the file, in id order. */
export function kosteckiPatients(path = KOSTECKI_DILLON_CSV): KosteckiPatient[] {
  const text = readFileSync(path, 'utf8');
  const [header, ...rows] = text.trim().split('\n');
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  const [iId, iTime, iDos, iHa] = [at('id'), at('time'), at('dos'), at('headache')];
  const raw = new Map<number, { day0: string; headache: Map<number, boolean>; lines: string[] }>();
  for (const row of rows) {
    const f = row.split(',');
    const id = Number(f[iId]);
    const time = Number(f[iTime]);
    let p = raw.get(id);
    if (!p) {
      const day0 = addDays('2000-01-01', Number(f[iDos]) - time - 1);
      p = { day0, headache: new Map(), lines: [] };
      raw.set(id, p);
    }
    p.headache.set(time, f[iHa] === 'yes');
    p.lines.push(row);
  }
  return [...raw.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, { lines, ...p }]) => {
      // The importer reads the whole file and keeps the chosen person; giving it only that
      // person's lines (same header) is the same input, without re-reading 4 000 rows each time.
      const csv = `${header}\n${lines.join('\n')}\n`;
      const file = { name: 'KosteckiDillon.csv', bytes: new TextEncoder().encode(csv) };
      const prepared = prepareImport(empty(), [file], {
        mode: 'merge',
        person: String(id),
        dayZero: p.day0,
      });
      const diary = diarySchema.parse({
        ...prepared.document,
        therapies: [{ id: BIOFEEDBACK_ID, name: 'Biofeedback', kind: 'relaxation', start: p.day0 }],
      });
      return { id, ...p, diary };
    });
}
