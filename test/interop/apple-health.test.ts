/**
 * Apple Health export.xml / export.zip in the real layout (test/fixtures/synthetic/README.md):
 * headaches with severity, menstrual flow and sleep, streamed; every other record type counted
 * and reported.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diaryDays } from '../../src/domain/clinical/index.ts';
import { type Diary, diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { zip } from '../../src/server/export/zip.ts';
import { isAppleHealthImport, prepareStreamedImport } from '../../src/server/import/prepare.ts';

const XML = 'test/fixtures/synthetic/apple_health_export.xml';
const berlin = (): Diary =>
  diarySchema.parse({
    format: 'stillpoint.diary',
    version: 2,
    person: { timeZone: 'Europe/Berlin' },
  });

const exportZip = () =>
  zip(
    [
      { name: 'apple_health_export/export.xml', data: new Uint8Array(readFileSync(XML)) },
      {
        name: 'apple_health_export/export_cda.xml',
        data: new TextEncoder().encode('<ClinicalDocument/>'),
      },
    ],
    Date.UTC(2025, 2, 10),
  );

describe('Apple Health export', () => {
  it('reads headaches, menstrual flow and merged sleep from export.xml, streamed from a path', async () => {
    const p = await prepareStreamedImport(
      berlin(),
      { name: XML, bytes: new Uint8Array(0), path: XML },
      { mode: 'merge', recordedDays: 'entries', unreadable: 'rest' },
    );
    expect(p.preview.format).toBe('apple-health');
    expect(p.preview.rejected.map((r) => [r.line, r.column])).toEqual([[87, 'startDate']]);
    const d = diarySchema.parse(p.document);
    expect(d.attacks.map((a) => [a.start, a.end, a.timeZone, a.peakPain ?? null])).toEqual([
      ['2025-03-02T07:30:00Z', '2025-03-02T13:45:00Z', 'Europe/Berlin', 5],
      ['2025-03-04T21:40:00Z', '2025-03-04T21:40:00Z', 'Europe/Berlin', 7],
      ['2025-03-06T17:00:00Z', '2025-03-06T18:00:00Z', 'Etc/GMT+5', null],
    ]);
    expect(d.attacks[0]?.source?.notRecorded).not.toContain('duration');
    expect(d.attacks[1]?.source?.notRecorded).toContain('duration');
    expect(d.attacks[2]?.source?.notRecorded).toContain('peakPain');
    const day = (date: string) => d.days.find((x) => x.date === date);
    expect(day('2025-03-02')?.sleepHours).toBe(7.42); // 23:30–06:55, watch and Sleep Cycle merged
    expect([
      day('2025-03-03')?.menstruation,
      day('2025-03-04')?.menstruation,
      day('2025-03-06')?.menstruation,
    ]).toEqual([true, true, false]);
    expect(p.preview.unmapped.map((u) => `${u.name}: ${u.rows}`)).toEqual([
      'HKQuantityTypeIdentifierStepCount: 1',
      'HKQuantityTypeIdentifierHeartRate: 1',
      'Workout: 1',
      'ActivitySummary: 1',
      'HKCategoryTypeIdentifierSleepAnalysis Awake: 1',
      'HKCategoryTypeIdentifierSleepAnalysis InBed: 1',
    ]);
    const rows = diaryDays(d);
    // entries: days with a headache sample (Not Present on 5 March included), not nights of sleep or flow
    expect(rows.filter((r) => r.recorded).map((r) => r.date)).toEqual([
      '2025-03-02',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
    ]);
  });

  it('finds export.xml inside export.zip, from uploaded bytes', async () => {
    const bytes = exportZip();
    const file = { name: 'export.zip', bytes };
    expect(isAppleHealthImport([file], undefined)).toBe(true);
    const p = await prepareStreamedImport(berlin(), file, { mode: 'merge', unreadable: 'rest' });
    expect(p.preview.counts.attacks?.inFile).toBe(3);
    expect(p.preview.recordedDays?.options.map((o) => [o.rule, o.days])).toEqual([
      ['entries', 4],
      ['headache-days', 3],
    ]);
    expect(p.preview.decisions).toHaveLength(1);
  });
});
