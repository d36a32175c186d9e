/**
 * Real-shaped files of other apps, written by the tests themselves (no copied data): a Bearable
 * long export, a MigraineBot-style generic attack list and a daily yes/no diary.
 */

/** A Bearable export ("Bearable App - Data Export. Generated 05-02-2022.csv"), long format. */
export const BEARABLE_CSV = [
  'date,date formatted,weekday,time of day,category,rating/amount,detail,notes',
  '22nd Jan 2022,2022-01-22,Saturday,morning,Mood,3,,',
  '22nd Jan 2022,2022-01-22,Saturday,09:30,Symptom,,Migraine (Severe),woke up with it',
  '22nd Jan 2022,2022-01-22,Saturday,09:30,Symptom,,Nausea (Moderate),',
  '22nd Jan 2022,2022-01-22,Saturday,09:30,Symptom,,Light sensitivity (Severe),',
  '22nd Jan 2022,2022-01-22,Saturday,10:15 AM,Meds/Supplements,,Sumatriptan 50mg,',
  '22nd Jan 2022,2022-01-22,Saturday,,Sleep,6.5,,',
  '22nd Jan 2022,2022-01-22,Saturday,,Sleep quality,2,,',
  '23rd Jan 2022,2022-01-23,Sunday,pm,Symptom,,Headache (Mild),',
  '23rd Jan 2022,2022-01-23,Sunday,pm,Symptom,,Nausea (None),',
  '23rd Jan 2022,2022-01-23,Sunday,evening,Energy,4,,',
  '23rd Jan 2022,2022-01-23,Sunday,,Factor(s),,Period,',
  '24th Jan 2022,2022-01-24,Monday,,Symptom,,Headache (None),',
  '24th Jan 2022,2022-01-24,Monday,08:00 PM,Medication,,Propranolol 40 mg,daily',
  '24th Jan 2022,2022-01-24,Monday,,Sleep,7h 30m,,',
  '24th Jan 2022,2022-01-24,Monday,,Measurement,72,Weight (kg),',
  '1st Feb 2022,2022-02-01,Tuesday,14:00,Symptom,,Migraine (V. Severe),',
  '1st Feb 2022,2022-02-01,Tuesday,14:30,Medication,,Zomig 2.5 mg,',
].join('\n');

/** A generic attack list (`start,end,pain,medication,notes`), local times. */
export const GENERIC_CSV = [
  'start,end,pain,medication,notes',
  '2026-01-05 06:30,2026-01-05 18:00,7,Sumatriptan 50 mg,woke up with it',
  '2026-01-09 14:00,2026-01-09 17:30,4,,',
  '2026-03-28 23:30,2026-03-29 07:15,8,Ibuprofen 400 mg;Sumatriptan,across the clock change',
  '2026-02-10T08:00:00Z,2026-02-10T11:00:00Z,5,,UTC times',
].join('\r\n');

/** A daily yes/no diary with dates. */
export const DAILY_CSV = [
  'date,headache,pain,medication,notes',
  '2026-01-01,no,,,',
  '2026-01-02,yes,6,Ibuprofen 400 mg,',
  '2026-01-03,no,,,busy day',
  '2026-01-04,y,,,',
  '2026-01-05,n,,,',
].join('\n');
