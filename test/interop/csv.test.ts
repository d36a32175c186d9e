/**
 * Stillpoint's own CSV (docs/interop.md §4): UTF-8 BOM, formula guard on text cells only, UTC +
 * local + zone columns, strict parsing with line numbers, and tables that import back to an
 * identical diary (without a database: export → parse → draft → document → validation).
 */
import { describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { AppError } from '../../src/domain/errors.ts';
import {
  guardFormula,
  joinList,
  splitList,
  unguardFormula,
} from '../../src/domain/interop/csv/cells.ts';
import { identifyTable } from '../../src/domain/interop/csv/read-tables.ts';
import { importCsv } from '../../src/domain/interop/import/detect.ts';
import { mergeDraft } from '../../src/domain/interop/import/merge.ts';
import { sliceDiary } from '../../src/domain/interop/slice.ts';
import { diaryCsvFiles } from '../../src/server/export/csv.ts';
import { readCsv } from '../../src/server/import/csv-read.ts';
import { decodeText } from '../../src/server/import/decode.ts';
import { fullDiary } from './support/full-diary.ts';

const emptyDiary = (timeZone = 'Europe/Berlin'): Diary =>
  diarySchema.parse({ format: 'stillpoint.diary', version: 1, person: { timeZone } });

/** Export to CSV text, parse it back and rebuild the diary, as an import into an empty diary. */
function roundTrip(diary: Diary): Diary {
  const files = diaryCsvFiles(diary);
  const tables = files.map((f) =>
    readCsv(f.name, decodeText(f.name, new TextEncoder().encode(f.text))),
  );
  const draft = importCsv(tables, 'csv', { timeZone: 'UTC', medications: [] });
  expect(draft.errors).toEqual([]);
  return diarySchema.parse(mergeDraft(emptyDiary(), draft, 'replace').document);
}

describe('CSV cells', () => {
  it('guards formula-like text and removes exactly the guard on import', () => {
    for (const s of ['=1+2', '+49 170', '-3 days', '@sum', '\tx', '\rx', "'=x", "''-y"]) {
      expect(guardFormula(s)).toBe(`'${s}`);
      expect(unguardFormula(guardFormula(s))).toBe(s);
    }
    for (const s of ["'quoted'", 'plain', '', "it's"]) {
      expect(guardFormula(s)).toBe(s);
      expect(unguardFormula(s)).toBe(s);
    }
  });

  it('joins lists with ; and escapes ; and \\ inside items', () => {
    const items = ['a', 'b;c', 'd\\e', ' spaced'];
    expect(splitList(joinList(items) as string)).toEqual(['a', 'b;c', 'd\\e', 'spaced']);
    expect(joinList([])).toBeNull();
    expect(splitList(null)).toEqual([]);
  });
});

describe('CSV export', () => {
  const files = diaryCsvFiles(diarySchema.parse(fullDiary()));
  const file = (name: string) => files.find((f) => f.name === name)?.text ?? '';

  it('writes one UTF-8 file per record type with a BOM and CRLF line ends', () => {
    expect(files.map((f) => f.name)).toEqual([
      'person.csv',
      'attacks.csv',
      'auras.csv',
      'pain_readings.csv',
      'medications.csv',
      'intakes.csv',
      'therapies.csv',
      'sessions.csv',
      'daily.csv',
      'questionnaires.csv',
    ]);
    for (const f of files) {
      expect(f.text.charCodeAt(0), f.name).toBe(0xfeff);
      expect(f.text.split('\r\n')[0], f.name).not.toContain('\n');
    }
  });

  it('has UTC, local and zone columns, across a DST change and in an attack’s own zone', () => {
    const lines = file('attacks.csv').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid,start_utc,end_utc,tz,tz_source,start_local,end_local,peak_pain,side,regions,quality,worse_with_activity,nausea,vomiting,photophobia,phonophobia,symptoms,autonomic,restless,aura_to_headache_minutes,disability,triggers,relief_measures,red_flags,notes',
    );
    expect(lines[1]).toContain(
      'a-dst,2025-03-29T22:30:00Z,2025-03-30T05:15:00Z,Europe/Berlin,attack,2025-03-29T23:30:00+01:00,2025-03-30T07:15:00+02:00,8,left',
    );
    expect(lines[1]).toContain(',nausea;photophobia,');
    expect(file('attacks.csv')).toContain(
      'a-ny,2025-03-31T12:00:00Z,2025-03-31T16:00:00Z,America/New_York,attack,2025-03-31T08:00:00-04:00',
    );
    expect(file('attacks.csv')).toContain(
      'a-ongoing,2025-04-01T18:00:00Z,,Europe/Berlin,profile,2025-04-01T20:00:00+02:00,,',
    );
    expect(file('daily.csv')).toContain('2025-03-29,Europe/Berlin,sleep_hours,6.5,h');
  });

  it('guards text cells against formula injection but leaves numbers alone', () => {
    expect(file('daily.csv')).toContain(
      `2025-03-29,Europe/Berlin,notes,'=SUM(A1:A9) looked like a formula`,
    );
    expect(file('medications.csv')).toContain(`m-suma,Sumatriptan,triptan,'@pharmacy brand`);
    expect(file('attacks.csv')).toContain(
      `"'-worse after the clock change\nsecond line, ""quoted"""`,
    );
    expect(file('attacks.csv')).toContain('red wine\\; cheese;+late night');
    expect(file('daily.csv')).toContain('2025-03-30,Europe/Berlin,notes,"",');
  });
});

describe('CSV round trip (no database)', () => {
  it('gives back the diary using every field', () => {
    const diary = diarySchema.parse(fullDiary());
    expect(roundTrip(diary)).toEqual(diary);
  });

  it('gives back the demo diary and a slice of it', () => {
    const demo = demoDiary({ until: '2026-02-28', seed: 7 });
    expect(roundTrip(demo)).toEqual(demo);
    const slice = sliceDiary(demo, { from: '2026-01-01', to: '2026-01-31' });
    expect(slice.attacks.length).toBeLessThan(demo.attacks.length);
    expect(roundTrip(slice)).toEqual(slice);
  });
});

describe('strict CSV parsing', () => {
  const read = (text: string) => readCsv('f.csv', text);

  it('names the line of a record with too few or too many fields, and unclosed quotes', () => {
    expect(() => read('a,b\n1,2\n3\n')).toThrow(
      /f\.csv line 3: has 1 fields, but the header has 2/,
    );
    expect(() => read('a,b\n1,2,3\n')).toThrow(/line 2: has 3 fields/);
    expect(() => read('a,b\n1,"2\n')).toThrow(/line 2: Quote Not Closed/);
    expect(() => read('a,a\n1,2\n')).toThrow(/column "a" appears twice/);
  });

  it('gives each row the line it starts on, also after multi-line cells and blank lines', () => {
    const t = read('a,b\r\n"x\ny",1\r\n\r\n2,3\r\n');
    expect(t.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(t.rows[0]?.cells).toEqual({ a: 'x\ny', b: '1' });
  });

  it('refuses UTF-16 and Latin-1 bytes with the line of the first bad byte', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]);
    expect(() => decodeText('u.csv', utf16)).toThrow(/UTF-16/);
    expect(() => decodeText('n.csv', new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toThrow(
      /NUL bytes/,
    );
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('date,notes\n2026-01-01,'),
      0x4b,
      0xf6,
      0x70,
      0x66,
      0x0a,
    ]);
    expect(() => decodeText('l.csv', latin1)).toThrow(/not UTF-8: byte 0xF6 on line 2/);
    expect(decodeText('b.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    try {
      decodeText('l.csv', latin1);
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('invalid');
    }
  });
});

describe('CSV files written before the ABAB plan columns', () => {
  it('still import as the therapies table', () => {
    const old = 'id,name,kind,start,end,run_in_days,notes';
    expect(identifyTable(old.split(','))).toBe('therapies');
    expect(identifyTable([...old.split(','), 'plan_start', 'plan_seed'])).toBe('therapies');
    expect(identifyTable([...old.split(','), 'colour'])).toBeUndefined();
  });
});
