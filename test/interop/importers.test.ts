/**
 * Imports from other apps (docs/interop.md §5) on real-shaped files: Bearable's long export,
 * generic start,end,pain lists, daily yes/no diaries (including the published Kostecki-Dillon
 * headache logs, read in place), and Stillpoint's own CSV and JSON. Every problem is reported with
 * its file and line; nothing here needs a database (`prepareImport` only reads).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KOSTECKI_DILLON_CSV } from '../../bench/verdict/kostecki-dillon-diaries.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { AppError } from '../../src/domain/errors.ts';
import { diaryCsvFiles } from '../../src/server/export/csv.ts';
import { type ImportRequest, prepareImport } from '../../src/server/import/prepare.ts';
import { BEARABLE_CSV, DAILY_CSV, GENERIC_CSV } from './support/csv-files.ts';
import { fullDiary } from './support/full-diary.ts';

const empty = (): Diary =>
  diarySchema.parse({
    format: 'stillpoint.diary',
    version: 1,
    person: { timeZone: 'Europe/Berlin' },
    medications: [{ id: 'm-1', name: 'Sumatriptan', class: 'triptan' }],
  });

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

function prepare(current: Diary, name: string, text: string, request: Partial<ImportRequest> = {}) {
  return prepareImport(current, [file(name, text)], { mode: 'merge', ...request });
}

/** The diary after committing a prepared import (what `DiaryService.import` would store). */
function applied(current: Diary, name: string, text: string, request: Partial<ImportRequest> = {}) {
  const doc = diarySchema.parse(prepare(current, name, text, request).document);
  const merge = <T extends { id?: string; date?: string }>(a: T[], b: T[]) => {
    const key = (r: T) => r.id ?? r.date;
    const keys = new Set(b.map(key));
    return [...a.filter((r) => !keys.has(key(r))), ...b];
  };
  return {
    ...current,
    person: doc.person,
    days: merge(current.days, doc.days),
    attacks: merge(current.attacks, doc.attacks),
    medications: merge(current.medications, doc.medications),
    intakes: merge(current.intakes, doc.intakes),
    therapies: merge(current.therapies, doc.therapies),
    sessions: merge(current.sessions, doc.sessions),
    questionnaires: merge(current.questionnaires, doc.questionnaires),
  } as Diary;
}

/** The issues of a refused import, as "field: message" lines. */
function refusal(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return e.issues.length > 0 ? e.issues.map((i) => `${i.field}: ${i.message}`) : [e.message];
  }
  throw new Error('the import was not refused');
}

describe('Bearable export (the newer layout, with date formatted)', () => {
  const confirmed = { recordedDays: 'entries' } as const;
  it('maps headaches, symptoms, sleep, period and medication, and names what it cannot map', () => {
    const p = prepare(
      empty(),
      'Bearable App - Data Export. Generated 05-02-2022.csv',
      BEARABLE_CSV,
      confirmed,
    );
    expect(p.preview.format).toBe('bearable');
    const doc = diarySchema.parse(p.document);
    expect(doc.attacks.map((a) => [a.start, a.peakPain, a.nausea, a.photophobia])).toEqual([
      ['2022-01-22T08:30:00Z', 7, true, true],
      ['2022-01-23T19:00:00Z', 3, false, undefined],
      ['2022-02-01T13:00:00Z', 9, undefined, undefined],
    ]);
    expect(doc.attacks[0]?.notes).toBe('woke up with it');
    expect(doc.attacks[0]?.source?.raw).toContain('line 3: 22nd Jan 2022,2022-01-22');
    expect(doc.attacks[0]?.source?.notRecorded).toContain('duration');
    expect(doc.attacks[1]?.source?.notRecorded).toContain('photophobia');
    const day = (d: string) => doc.days.find((x) => x.date === d);
    expect(day('2022-01-22')).toMatchObject({ sleepHours: 6.5, sleepQuality: 2 });
    expect(day('2022-01-23')).toMatchObject({ menstruation: true });
    expect(day('2022-01-24')).toMatchObject({ sleepHours: 7.5 });
    expect(doc.intakes.map((i) => [i.medicationId, i.dose, i.attackId])).toEqual([
      ['m-1', '50 mg', null],
      ['imp-m-propranolol', '40 mg', null],
      ['imp-m-zomig', '2.5 mg', null],
    ]);
    expect(doc.medications.find((m) => m.id === 'imp-m-propranolol')?.class).toBe('preventive');
    expect(doc.medications.find((m) => m.id === 'imp-m-zomig')?.class).toBe('triptan');
    expect(p.preview.unmapped.map((u) => `${u.kind}:${u.name}:${u.lines.join('/')}`)).toEqual([
      'category:Mood:2',
      'category:Energy:11',
      'category:Measurement:16',
    ]);
    expect(p.preview.counts.attacks).toMatchObject({ inFile: 3, new: 3 });
  });

  it('changes nothing when the same file is imported again', () => {
    const once = applied(empty(), 'b.csv', BEARABLE_CSV, confirmed);
    const again = prepare(once, 'b.csv', BEARABLE_CSV, confirmed).preview;
    for (const c of Object.values(again.counts)) expect(c.new + c.changed).toBe(0);
  });

  it('lists bad dates and times with their lines, and imports nothing until the person decides', () => {
    const bad = BEARABLE_CSV.replace(
      '23rd Jan 2022,2022-01-23,Sunday,pm',
      '23rd Jan 2022,2022-01-32,Sunday,pm',
    ).replace('24th Jan 2022,2022-01-24,Monday,08:00 PM', '24th Jan 2022,2022-01-24,Monday,25:00');
    const p = prepare(empty(), 'b.csv', bad, confirmed);
    expect(p.preview.rejected.map((r) => `${r.line} (${r.column}): ${r.message}`)).toEqual([
      '9 (date formatted): "2022-01-32" is not a date like 2022-01-22',
      '14 (time of day): "25:00" is not a time like 09:30, 10:15 PM, am, mid, pm, pre or all day',
    ]);
    expect(p.preview.decisions).toHaveLength(1);
    expect(
      refusal(() => prepare(empty(), 'b.csv', bad, { ...confirmed, unreadable: 'nothing' })),
    ).toEqual([
      'b.csv line 9 (date formatted): "2022-01-32" is not a date like 2022-01-22',
      'b.csv line 14 (time of day): "25:00" is not a time like 09:30, 10:15 PM, am, mid, pm, pre or all day',
    ]);
  });
});

describe('generic start,end,pain[,medication,notes]', () => {
  it('places local times in the person’s zone (also across DST) and links medication', () => {
    const doc = diarySchema.parse(prepare(empty(), 'migrainebot.csv', GENERIC_CSV).document);
    expect(doc.attacks.map((a) => [a.start, a.end, a.peakPain])).toEqual([
      ['2026-01-05T05:30:00Z', '2026-01-05T17:00:00Z', 7],
      ['2026-01-09T13:00:00Z', '2026-01-09T16:30:00Z', 4],
      ['2026-03-28T22:30:00Z', '2026-03-29T05:15:00Z', 8],
      ['2026-02-10T08:00:00Z', '2026-02-10T11:00:00Z', 5],
    ]);
    expect(doc.attacks[2]?.notes).toContain('[imported-local]');
    expect(doc.attacks[3]?.notes).toContain('[imported] generic CSV');
    expect(doc.intakes.map((i) => [i.medicationId, i.dose ?? null, i.attackId])).toEqual([
      ['m-1', '50 mg', 'imp-a-20260105T053000Z'],
      ['imp-m-ibuprofen', '400 mg', 'imp-a-20260328T223000Z'],
      ['m-1', null, 'imp-a-20260328T223000Z'],
    ]);
    expect(doc.medications.find((m) => m.name === 'Ibuprofen')?.class).toBe('nonopioid_analgesic');
  });

  it('refuses bad dates, out-of-range pain and an end before the start, with lines', () => {
    const bad = [
      'start,end,pain',
      '2026-01-05 06:30,2026-01-05 18:00,11',
      '05/01/2026 06:30,2026-01-05 18:00,3',
      '2026-01-06 10:00,2026-01-06 09:00,3',
      '2026-01-07 10:00,,3',
    ].join('\n');
    expect(refusal(() => prepare(empty(), 'g.csv', bad))).toEqual([
      'g.csv line 3 (start): "05/01/2026 06:30" is not a date-time like 2026-01-05 07:30',
      'g.csv line 5 (end): is required (ongoing attacks cannot be imported)',
    ]);
    const rangeOnly = bad
      .split('\n')
      .filter((_, i) => i !== 2 && i !== 4)
      .join('\n');
    expect(refusal(() => prepare(empty(), 'g.csv', rangeOnly))).toEqual([
      'g.csv line 2 (peakPain): must be at most 10',
      'g.csv line 3 (end): must not be before start',
    ]);
  });
});

describe('daily yes/no diaries', () => {
  it('records every day and turns "yes" days into attacks of unknown time', () => {
    const p = prepare(empty(), 'daily.csv', DAILY_CSV);
    const doc = diarySchema.parse(p.document);
    expect(doc.days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
    ]);
    expect(doc.days[2]).toEqual({ date: '2026-01-03', notes: 'busy day' });
    expect(doc.attacks.map((a) => [a.start, a.end, a.peakPain])).toEqual([
      ['2026-01-02T11:00:00Z', '2026-01-02T12:00:00Z', 6],
      ['2026-01-04T11:00:00Z', '2026-01-04T12:00:00Z', undefined],
    ]);
    expect(doc.attacks[0]?.notes).toContain('local noon and 60 min assumed');
    expect(doc.intakes[0]).toMatchObject({
      medicationId: 'imp-m-ibuprofen',
      dose: '400 mg',
      attackId: 'imp-a-day-2026-01-02',
    });
  });

  it('adds its days to existing check-ins instead of replacing them', () => {
    const current = { ...empty(), days: [{ date: '2026-01-03', stress: 7, notes: 'old note' }] };
    const doc = diarySchema.parse(prepare(current, 'daily.csv', DAILY_CSV).document);
    expect(doc.days.find((d) => d.date === '2026-01-03')).toEqual({
      date: '2026-01-03',
      stress: 7,
      notes: 'old note\nbusy day',
    });
  });

  it('imports one patient of the published Kostecki-Dillon logs (real file, read in place)', () => {
    const text = readFileSync(KOSTECKI_DILLON_CSV, 'utf8');
    expect(refusal(() => prepare(empty(), 'KosteckiDillon.csv', text))).toEqual([
      'KosteckiDillon.csv (id): the file holds 133 people (1, 2, 3, 4, 5, …); choose one with --person',
    ]);
    expect(
      refusal(() => prepare(empty(), 'KosteckiDillon.csv', text, { person: '55' }))[0],
    ).toMatch(/give the date of day 0 with --day-zero/);
    const p = prepare(empty(), 'KosteckiDillon.csv', text, { person: '55', dayZero: '1995-03-01' });
    const rows = text.split('\n').filter((l) => l.split(',')[1] === '55');
    const yes = rows.filter((l) => l.split(',')[8] === 'yes').length;
    const doc = diarySchema.parse(p.document);
    expect(doc.days).toHaveLength(rows.length);
    expect(doc.attacks).toHaveLength(yes);
    expect(doc.days[0]?.date).toBe('1995-02-08'); // time -21
    expect(p.preview.source).toBe('Kostecki-Dillon daily headache log (person 55)');
    expect(p.preview.unmapped.map((u) => u.name).sort()).toEqual([
      'age',
      'airq',
      'dos',
      'hatype',
      'medication',
      'rownames',
      'sex',
    ]);
    expect(p.preview.unmapped.every((u) => u.rows === rows.length)).toBe(true);
  });
});

describe('Stillpoint CSV and JSON', () => {
  const tables = diaryCsvFiles(diarySchema.parse(fullDiary()));
  const text = (name: string) => tables.find((t) => t.name === name)?.text ?? '';

  it('imports one table on its own, resolving references to stored records', () => {
    const current = diarySchema.parse({ ...fullDiary(), intakes: [] });
    const p = prepare(current, 'intakes.csv', text('intakes.csv'));
    expect(p.preview.counts.intakes).toMatchObject({ inFile: 3, new: 3 });
    expect(p.preview.counts.medications.inFile).toBe(0);
  });

  it('refuses edited cells with their file, line and column', () => {
    const attacks = text('attacks.csv')
      .replace(',2025-03-29T23:30:00+01:00,', ',2025-03-29T23:45:00+01:00,')
      .replace(
        'America/New_York,attack,2025-03-31T08:00:00-04:00,2025-03-31T12:00:00-04:00,4,',
        'America/New_York,attack,2025-03-31T08:00:00-04:00,2025-03-31T12:00:00-04:00,11,',
      );
    const lines = refusal(() => prepare(empty(), 'attacks.csv', attacks));
    expect(lines).toEqual([
      expect.stringMatching(
        /^attacks\.csv line 2 \(start_local\): 2025-03-29T23:45:00\+01:00 is not the same instant as 2025-03-29T22:30:00Z/,
      ),
    ]);
    const fixed = attacks.replace(',2025-03-29T23:45:00+01:00,', ',2025-03-29T23:30:00+01:00,');
    expect(refusal(() => prepare(empty(), 'attacks.csv', fixed))).toEqual([
      'attacks.csv line 4 (peak_pain): must be at most 10',
    ]);
    const daily = text('daily.csv')
      .replace('sleep_hours,6.5,h', 'sleep_hours,6.5,min')
      .replace('stress,7,0-10', 'stresss,7,0-10');
    expect(refusal(() => prepare(empty(), 'daily.csv', daily))).toEqual([
      'daily.csv line 2 (unit): must be "h" for sleep_hours',
      expect.stringMatching(/^daily\.csv line 4 \(metric\): unknown metric "stresss"/),
    ]);
  });

  it('refuses unknown columns, naming the closest known table', () => {
    const withExtra = text('medications.csv')
      .split('\r\n')
      .map((l, i) => (l === '' ? l : i === 0 ? `${l},colour` : `${l},blue`))
      .join('\r\n');
    expect(refusal(() => prepare(empty(), 'meds.csv', withExtra))).toEqual([
      'meds.csv line 1: header matches no known layout; closest is Stillpoint\'s medications.csv (unknown column "colour"). Known: Stillpoint CSV tables, Bearable export, Migraine Buddy export, Daylio export, generic start,end,pain[,medication,notes], daily date,headache[,pain,medication,notes]',
    ]);
    expect(refusal(() => prepare(empty(), 'x.csv', 'when,how bad\n2026-01-01,5\n'))[0]).toMatch(
      /matches no known layout/,
    );
    expect(
      refusal(() => prepare(empty(), 'b.csv', BEARABLE_CSV, { format: 'generic' }))[0],
    ).toMatch(/is not a generic attack list/);
  });

  it('reports JSON validation problems by path with their line', () => {
    const json = JSON.stringify(
      {
        ...fullDiary(),
        days: [{ date: '2026-13-01' }, { date: '2026-01-02', stress: 11, mood: 3 }],
      },
      null,
      2,
    );
    const lines = refusal(() => prepare(empty(), 'diary.json', json));
    expect(lines[0]).toMatch(/^days\[0\]\.date: is not a real calendar day \(line \d+\)$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^days\[1\]\.stress: must be at most 10 \(line \d+\)$/),
      expect.stringMatching(/^days\[1\]\.mood: unknown field "mood" \(line \d+\)$/),
    ]);
    const line = Number(/\(line (\d+)\)/.exec(lines[2] ?? '')?.[1]);
    expect(json.split('\n')[line - 1]).toContain('"mood": 3');
    expect(refusal(() => prepare(empty(), 'diary.json', json.slice(0, 300)))[0]).toMatch(
      /diary\.json is not valid JSON/,
    );
  });
});
