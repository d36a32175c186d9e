/**
 * Real exports of other apps (test/fixtures/real/*, each with a README naming its source):
 * counts, doses, zones, menstruation and recorded days, asserted on the files as published.
 * Nothing here needs a database: `prepareImport` only reads; `applied` is what committing
 * writes into an empty diary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diaryDays, diaryMetrics } from '../../src/domain/clinical/index.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { AppError } from '../../src/domain/errors.ts';
import { type ImportRequest, prepareImport } from '../../src/server/import/prepare.ts';

const REAL = 'test/fixtures/real';
const BEARABLE = `${REAL}/bearable/Bearable_Export_20210728.csv`;
const MB_SAMPLE = `${REAL}/migraine-buddy/migraine_buddy_sample.csv`;
const MB_MIXED = `${REAL}/migraine-buddy/migraine_buddy_mixed.csv`;

const emptyDiary = (timeZone = 'UTC'): Diary =>
  diarySchema.parse({ format: 'stillpoint.diary', version: 2, person: { timeZone } });

const fileOf = (path: string, text?: string) => ({
  name: path.split('/').pop() ?? path,
  bytes: text === undefined ? new Uint8Array(readFileSync(path)) : new TextEncoder().encode(text),
});

function prepare(
  current: Diary,
  path: string,
  request: Partial<ImportRequest> = {},
  text?: string,
) {
  return prepareImport(current, [fileOf(path, text)], { mode: 'merge', ...request });
}

/** The diary after committing into an empty diary (the document is the whole diary then). */
const applied = (p: ReturnType<typeof prepare>): Diary => diarySchema.parse(p.document);

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('Bearable: the real export of andrewmiller0728/BearableDataProcessing', () => {
  const ny = emptyDiary('America/New_York');
  const confirmed = { recordedDays: 'entries', timeZone: 'America/New_York' } as const;

  it('imports every reading it can map: 12 headache days, 99 doses with amount and unit, 11 medications by class', () => {
    const p = prepare(ny, BEARABLE, confirmed);
    expect(p.preview.format).toBe('bearable');
    expect(p.preview.rejected).toEqual([]);
    expect(p.preview.decisions).toEqual([]);
    const d = applied(p);
    expect(d.attacks).toHaveLength(12);
    expect(d.intakes).toHaveLength(99);
    const classes = Object.fromEntries(d.medications.map((m) => [m.name, m.class]));
    expect(classes).toEqual({
      Hydroxyzine: 'non_acute',
      Clomipramine: 'non_acute',
      Fluoxitine: 'non_acute',
      Ibuprofen: 'nonopioid_analgesic',
      Rizatriptan: 'triptan',
      Cariprazine: 'non_acute',
      'Vitamin D3': 'non_acute',
      Glycine: 'non_acute',
      'l-Methylfolate': 'non_acute',
      Fremanezumab: 'preventive',
      Lisdexamfetamine: 'non_acute',
    });
    const dose = (name: string) => {
      const id = d.medications.find((m) => m.name === name)?.id;
      return d.intakes.filter((i) => i.medicationId === id).map((i) => i.dose);
    };
    expect(dose('Ibuprofen')).toEqual(Array(8).fill('600 mg'));
    expect(dose('Rizatriptan')).toEqual(['10 mg', '10 mg']);
    expect(dose('Fremanezumab')).toEqual(Array(4).fill('225 mg'));
    expect(dose('Vitamin D3')[0]).toBe('50 mcg');
    expect(dose('Cariprazine')[0]).toBe('1.5 mg');
    // no dose is tied to a headache: Bearable does not say when the headache was
    expect(d.intakes.every((i) => i.attackId === null)).toBe(true);
  });

  it('keeps what Bearable does not record as unknown, with the source row and what was assumed', () => {
    const d = applied(prepare(ny, BEARABLE, confirmed));
    const sept25 = d.attacks.find((a) => a.id === 'imp-bearable-a-2020-09-25');
    expect(sept25?.peakPain).toBe(5);
    expect(sept25?.source?.notRecorded).toEqual(
      expect.arrayContaining(['time', 'duration', 'nausea', 'photophobia', 'phonophobia', 'side']),
    );
    expect(sept25?.source?.assumed[0]).toMatchObject({
      field: 'start',
      value: '2020-09-25 03:00 America/New_York',
    });
    expect(sept25?.source?.raw).toContain(
      'line 38: 25th Sep 2020,Friday,pre,Symptom,2,Migraine (Moderate),',
    );
    expect(sept25?.end).toBe(sept25?.start); // no duration invented
  });

  it('counts days in the person’s zone: an evening dose stays on its day', () => {
    const d = applied(prepare(ny, BEARABLE, confirmed));
    const late = d.intakes.find((i) =>
      i.source?.raw?.startsWith('9th Dec 2020,Wednesday,23:32,Meds/Supplements,100,Clomipramine'),
    );
    expect(late?.at).toBe('2020-12-10T04:32:00Z');
    const rows = diaryDays(d);
    // 9 Dec: ibuprofen 15:32 and rizatriptan 17:32 local, both on the 9th in New York
    expect(rows.find((r) => r.date === '2020-12-09')?.acuteMedicationClasses).toEqual([
      'nonopioid_analgesic',
      'triptan',
    ]);
  });

  it('antidepressants and supplements never count toward medication overuse', () => {
    const d = applied(prepare(ny, BEARABLE, confirmed));
    const m = diaryMetrics(d, { now: '2021-08-01T00:00:00Z' });
    expect(m.medicationOveruse).toEqual([]);
    const acuteDays = new Set(
      diaryDays(d)
        .filter((r) => r.acuteMedication)
        .map((r) => r.date),
    );
    // ibuprofen or rizatriptan on 25 and 26 Sep, 22 and 26 Nov, 9 and 10 Dec 2020, 9 and 18 May 2021
    expect(acuteDays.size).toBe(8);
  });

  it('counts as recorded only the days the person confirms', () => {
    const open = prepare(ny, BEARABLE, { timeZone: 'America/New_York' });
    expect(open.preview.recordedDays?.options.map((o) => [o.rule, o.days])).toEqual([
      ['entries', 71],
      ['headache-days', 12],
    ]);
    expect(open.preview.decisions[0]).toMatch(/confirm which days count as recorded/);
    const only = applied(prepare(ny, BEARABLE, { ...confirmed, recordedDays: 'headache-days' }));
    expect(diaryDays(only).filter((r) => r.recorded).length).toBe(12);
    const all = applied(prepare(ny, BEARABLE, confirmed));
    expect(diaryDays(all).filter((r) => r.recorded).length).toBe(71);
  });

  it('re-importing the same file changes nothing', () => {
    const once = applied(prepare(ny, BEARABLE, confirmed));
    const again = prepare(once, BEARABLE, confirmed).preview;
    for (const c of Object.values(again.counts)) expect(c.new + c.changed).toBe(0);
  });

  it('reads menstruation from factor lists (`Home | Period | Quiet day`) and skips empty synced sleep rows', () => {
    const text = [
      'date,weekday,time of day,category,rating/amount,detail,notes',
      '"3rd Mar 2021","Wednesday","all day","Factors","","Home | Period | Quiet day",""',
      '"4th Mar 2021","Thursday","all day","Factors","","Period",""',
      '"4th Mar 2021","Thursday","","Sleep","","",""',
      '"4th Mar 2021","Thursday","mid","Symptom","3","Migraine (Severe)",""',
      '"4th Mar 2021","Thursday","mid","Symptom","1","Nausea (Mild)",""',
      '"5th Mar 2021","Friday","","Sleep","7:15","Asleep 00:30 - 07:45",""',
    ].join('\n');
    const p = prepare(ny, 'b.csv', { ...confirmed }, text);
    const d = applied(p);
    expect(d.days.filter((x) => x.menstruation).map((x) => x.date)).toEqual([
      '2021-03-03',
      '2021-03-04',
    ]);
    expect(d.days.find((x) => x.date === '2021-03-05')?.sleepHours).toBe(7.25);
    expect(d.attacks[0]).toMatchObject({ peakPain: 7, nausea: true });
    expect(d.attacks[0]?.source?.notRecorded).not.toContain('nausea');
    expect(p.preview.warnings.map((w) => w.message)).toContain(
      'an empty Sleep row (synced from another app, no hours): skipped',
    );
    expect(p.preview.unmapped.map((u) => `${u.kind}:${u.name}`)).toEqual([
      'factor:Home',
      'factor:Quiet day',
    ]);
  });
});

describe('Migraine Buddy CSV: the real export of crmne/cluster-headache-tracker #81', () => {
  it('imports the attack with its UTC offset, duration, pain, symptoms and pain positions', () => {
    const p = prepare(emptyDiary('Europe/London'), MB_SAMPLE);
    expect(p.preview.format).toBe('migraine-buddy');
    expect(p.preview.decisions).toEqual([]);
    const [a] = applied(p).attacks;
    expect(a).toMatchObject({
      start: '2024-11-16T13:12:00Z',
      end: '2024-11-16T14:12:00Z',
      timeZone: 'Europe/London',
      peakPain: 4,
      photophobia: true,
      quality: ['pulsating'],
      side: 'both',
      regions: ['back_of_head'],
      triggers: ['stress'],
    });
    expect(a?.source?.notRecorded).toEqual(['worseWithActivity', 'aura', 'disability']);
    expect(applied(p).intakes).toEqual([]); // "No medication"
  });

  it('lists unreadable rows with line, column and reason; imports nothing until the person decides', () => {
    const open = prepare(emptyDiary('Europe/Berlin'), MB_MIXED);
    expect(open.preview.rejected).toEqual([
      {
        file: 'migraine_buddy_mixed.csv',
        line: 10,
        column: 'Started',
        message: '"not a date" is not a date and time like 11/16/24 13:12',
      },
      {
        file: 'migraine_buddy_mixed.csv',
        line: 13,
        column: 'Pain Level',
        message: '"14" is not a pain level 0–10',
      },
    ]);
    expect(open.preview.decisions[0]).toMatch(/2 row\(s\) cannot be read/);
    const nothing = refusal(() =>
      prepare(emptyDiary('Europe/Berlin'), MB_MIXED, { unreadable: 'nothing' }),
    );
    expect(nothing.message).toMatch(/you chose to import nothing; nothing was changed/);
    expect(nothing.issues.map((i) => i.field)).toEqual([
      'migraine_buddy_mixed.csv line 10 (Started)',
      'migraine_buddy_mixed.csv line 13 (Pain Level)',
    ]);
  });

  it('imports the rest when chosen: offsets, graded medications, a multi-day attack, an unknown duration', () => {
    const d = applied(prepare(emptyDiary('Europe/Berlin'), MB_MIXED, { unreadable: 'rest' }));
    expect(d.attacks.map((a) => [a.start, a.end, a.timeZone, a.peakPain ?? null])).toEqual([
      ['2024-11-16T12:12:00Z', '2024-11-16T13:12:00Z', 'Europe/Berlin', 9],
      ['2024-11-17T07:05:00Z', '2024-11-17T07:50:00Z', 'Etc/GMT+5', 0],
      ['2024-11-18T23:30:00Z', '2024-11-20T01:45:00Z', 'Etc/UTC', 7],
      ['2024-11-19T04:10:00Z', '2024-11-19T04:30:00Z', 'Etc/UTC', null],
      ['2024-11-20T03:00:00Z', '2024-11-20T03:00:00Z', 'Etc/UTC', 6],
    ]);
    expect(d.attacks[3]?.source?.notRecorded).toContain('peakPain');
    expect(d.attacks[4]?.source?.notRecorded).toContain('duration');
    expect(d.attacks[0]).toMatchObject({
      restless: true,
      autonomic: ['lacrimation'],
      side: 'right',
      notes: 'Woke me up at night,\nsecond one this week',
    });
    const med = (id: string) => d.medications.find((m) => m.id === id);
    expect(
      d.intakes.map((i) => [
        med(i.medicationId)?.name,
        med(i.medicationId)?.class,
        i.relief ?? null,
        i.attackId,
      ]),
    ).toEqual([
      ['Oxygen', 'unknown', 'partial', 'imp-mb-a-20241116T121200Z'],
      ['Sumatriptan', 'triptan', 'partial', 'imp-mb-a-20241116T121200Z'],
      ['Ibuprofen', 'nonopioid_analgesic', 'none', 'imp-mb-a-20241116T121200Z'],
      ['Zolmitriptan', 'triptan', 'partial', 'imp-mb-a-20241118T233000Z'],
      ['Oxygen', 'unknown', 'partial', 'imp-mb-a-20241118T233000Z'],
    ]);
  });
});

describe('Daylio CSV', () => {
  const SAMPLE = `${REAL}/daylio/sample.csv`;
  const TAGGED = 'test/fixtures/synthetic/daylio_headaches.csv';

  it('reads the real export: no headache tags, so no attacks; moods and activities reported', () => {
    const p = prepare(emptyDiary('Europe/London'), SAMPLE, { recordedDays: 'entries' });
    expect(p.preview.format).toBe('daylio');
    const d = applied(p);
    expect(d.attacks).toEqual([]);
    expect(d.days.map((x) => x.date)).toEqual(['2021-09-26', '2021-09-27', '2021-09-28']);
    expect(p.preview.unmapped.find((u) => u.name === 'mood')?.rows).toBe(3);
    expect(p.preview.unmapped.find((u) => u.name === 'bad sleep')).toMatchObject({
      kind: 'activity',
      rows: 3,
    });
  });

  it('turns headache and migraine tags into headaches of unknown time and features, period into menstruation', () => {
    const p = prepare(emptyDiary('Europe/Berlin'), TAGGED, {
      recordedDays: 'entries',
      unreadable: 'rest',
    });
    expect(p.preview.rejected).toEqual([
      {
        file: 'daylio_headaches.csv',
        line: 7,
        column: 'full_date',
        message: '"2024-03-99" is not a date like 2021-09-28',
      },
    ]);
    const d = applied(p);
    expect(d.attacks.map((a) => [a.id, a.start, a.notes ?? null])).toEqual([
      ['imp-daylio-a-2024-03-05', '2024-03-05T21:00:00Z', null],
      ['imp-daylio-a-2024-03-04', '2024-03-04T20:15:00Z', 'Bad day: had to leave work'],
    ]);
    expect(d.attacks[0]?.source?.notRecorded).toEqual(
      expect.arrayContaining(['time', 'duration', 'nausea']),
    );
    expect(
      d.days
        .filter((x) => x.menstruation)
        .map((x) => x.date)
        .sort(),
    ).toEqual(['2024-03-03', '2024-03-04']);
    expect(d.days.find((x) => x.date === '2024-03-05')?.notes).toBe('woke up fine');
    expect(p.preview.recordedDays?.options.map((o) => [o.rule, o.days])).toEqual([
      ['entries', 5],
      ['headache-days', 2],
    ]);
  });
});

describe('iHeadache text report', () => {
  const REPORT = 'test/fixtures/synthetic/iheadache_report.txt';

  it('reads the period and the US-format headache dates; the period can count as recorded', () => {
    const p = prepare(emptyDiary('America/Chicago'), REPORT, {
      recordedDays: 'span',
      unreadable: 'rest',
    });
    expect(p.preview.format).toBe('iheadache');
    expect(p.preview.rejected.map((r) => `${r.line}: ${r.message}`)).toEqual([
      '13: 04/02/2021 lies outside the report period 2021-01-01 – 2021-03-31',
      '14: "02/30/2021" is not a date MM/DD/YYYY',
    ]);
    expect(p.preview.warnings.map((w) => w.message)).toEqual([
      '02/14/2021 is listed twice; the repeat is skipped',
    ]);
    const d = applied(p);
    expect(d.attacks.map((a) => a.start)).toEqual([
      '2021-01-04T18:00:00Z',
      '2021-01-15T18:00:00Z',
      '2021-02-02T18:00:00Z',
      '2021-02-14T18:00:00Z',
      '2021-03-03T18:00:00Z',
    ]);
    const rows = diaryDays(d);
    expect(rows.filter((r) => r.recorded)).toHaveLength(90);
    expect(rows.filter((r) => r.headache)).toHaveLength(5);
    expect(p.preview.unmapped.map((u) => u.name)).toEqual([
      'iHeadache Headache Report',
      'Patient: (name removed)',
      'Headache Dates:',
      'Total headache days: 6',
    ]);
  });

  it('waits for the person to say which days count as recorded', () => {
    const p = prepare(emptyDiary('America/Chicago'), REPORT, { unreadable: 'rest' });
    expect(p.preview.recordedDays?.options.map((o) => [o.rule, o.days])).toEqual([
      ['span', 90],
      ['headache-days', 5],
    ]);
    expect(p.preview.decisions).toHaveLength(1);
  });
});
