import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { parseOrThrow } from '../validation.ts';
import { attackSchema, diarySchema, questionnaireSchema } from './diary.schema.ts';
import { instant, localDate, timeZone } from './primitives.ts';

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError)
      return e.issues.length ? e.issues : [{ field: e.field, message: e.message }];
  }
  return [];
};

describe('primitive values', () => {
  it.each([
    ['2026-01-05T06:30:00Z', true],
    ['2026-01-05T06:30:00.250Z', true],
    ['2026-01-05T06:30Z', false],
    ['2026-01-05T06:30:00+01:00', false],
    ['2026-02-29T10:00:00Z', false],
    ['2028-02-29T10:00:00Z', true],
    ['2026-01-05T24:00:00Z', false],
  ])('instant %s valid: %s', (value, ok) => {
    expect(instant.safeParse(value).success).toBe(ok);
  });

  it.each([
    ['2026-01-05', true],
    ['2026-1-5', false],
    ['2026-04-31', false],
  ])('calendar day %s valid: %s', (value, ok) => {
    expect(localDate.safeParse(value).success).toBe(ok);
  });

  it('knows IANA time zones and refuses others', () => {
    expect(timeZone.safeParse('Europe/Berlin').success).toBe(true);
    expect(timeZone.safeParse('Mars/Olympus').success).toBe(false);
  });
});

describe('attack rules', () => {
  const base = { id: 'a', start: '2026-01-05T06:30:00Z', end: '2026-01-05T18:00:00Z' };
  it('refuses an end before the start', () => {
    expect(
      issuesOf(() => parseOrThrow(attackSchema, { ...base, end: '2026-01-05T06:00:00Z' })),
    ).toEqual([{ field: 'end', message: 'must not be before start' }]);
  });
  it('refuses readings outside the attack and a peak below a reading', () => {
    const fields = issuesOf(() =>
      parseOrThrow(attackSchema, {
        ...base,
        peakPain: 5,
        readings: [
          { at: '2026-01-05T07:00:00Z', pain: 6 },
          { at: '2026-01-06T07:00:00Z', pain: 3 },
        ],
      }),
    ).map((i) => i.field);
    expect(fields.sort()).toEqual(['peakPain', 'readings[1].at']);
  });
  it('fills the spelled-out defaults of the format', () => {
    expect(parseOrThrow(attackSchema, { id: 'a', start: base.start })).toMatchObject({
      end: null,
      side: null,
      regions: [],
      aura: [],
      auraToHeadacheMinutes: null,
    });
  });
});

describe('questionnaire answers', () => {
  const q = (instrument: string, answers: number[]) =>
    issuesOf(() =>
      parseOrThrow(questionnaireSchema, { id: 'q', instrument, date: '2026-01-01', answers }),
    );
  it('accepts valid HIT-6 and MIDAS answer codes', () => {
    expect(q('hit6', [1, 2, 3, 4, 5, 5])).toEqual([]);
    expect(q('midas', [3, 4, 2, 5, 1, 20, 6])).toEqual([]);
  });
  it('refuses HIT-6 codes outside 1–5 and the wrong count', () => {
    expect(q('hit6', [0, 2, 3, 4, 5, 5])[0]?.field).toBe('answers[0]');
    expect(q('hit6', [1, 2, 3, 4, 5, 5, 5])[0]?.field).toBe('answers');
  });
  it('refuses impossible MIDAS combinations', () => {
    expect(q('midas', [60, 40, 0, 0, 0, 10, 5])[0]?.message).toContain('Q1 + Q2');
    expect(q('midas', [0, 0, 50, 50, 0, 10, 5])[0]?.message).toContain('Q3 + Q4');
    expect(q('midas', [0, 0, 0, 0, 0, 10, 11])[0]?.field).toBe('answers[6]');
  });
});

describe('diary integrity', () => {
  const diary = {
    format: 'stillpoint.diary',
    version: 1,
    person: { timeZone: 'UTC' },
    days: [{ date: '2026-01-01' }, { date: '2026-01-01' }],
    medications: [{ id: 'm', name: 'X', class: 'other' }],
    intakes: [{ id: 'i', medicationId: 'n', at: '2026-01-01T00:00:00Z', attackId: 'a' }],
    sessions: [{ id: 's', therapyId: 't', at: '2026-01-01T00:00:00Z' }],
  };
  it('names every duplicate and dangling reference', () => {
    const fields = issuesOf(() => parseOrThrow(diarySchema, diary)).map((i) => i.field);
    expect(fields).toEqual([
      'days[1].date',
      'intakes[0].medicationId',
      'intakes[0].attackId',
      'sessions[0].therapyId',
    ]);
  });
});
