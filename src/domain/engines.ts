import { classifyDiary, diaryDays, diaryMetrics } from './clinical/index.ts';
import type { ClinicalOptions } from './clinical/options.ts';
import type { Diary } from './diary/diary.schema.ts';

/**
 * The engine commands as one table, so the CLI (on files) and the API (on the stored diary)
 * run exactly the same computation. `now` is an ISO UTC instant.
 */
export const ENGINES = {
  classify: (diary: Diary, options: Partial<ClinicalOptions>, now: string) =>
    classifyDiary(diary, { ...options, now }),
  metrics: (diary: Diary, options: Partial<ClinicalOptions>, now: string) =>
    diaryMetrics(diary, { ...options, now }),
  days: (diary: Diary, options: Partial<ClinicalOptions>, now: string) =>
    diaryDays(diary, { ...options, now }),
} as const;

export type EngineName = keyof typeof ENGINES;
