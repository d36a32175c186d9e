/**
 * The day table as plain JSON rows, for calendars and exports: one row per local day with data.
 */
import type { MedicationClass } from '../../diary/vocabulary.ts';
import type { Analysis } from '../analysis.ts';
import type { MigraineDayRule } from '../options.ts';

export interface DayRow {
  date: string;
  recorded: boolean;
  checkIn: boolean;
  headache: boolean;
  /** Migraine day under the selected `migraineDayRule`. */
  migraine: boolean;
  migraineByRule: Record<MigraineDayRule, boolean>;
  moderateSevere: boolean;
  acuteMedication: boolean;
  acuteMedicationClasses: MedicationClass[];
  lost: boolean;
}

/** Rows of the analysed diary's day table, in date order. */
export function dayRows(a: Analysis): DayRow[] {
  return [...a.table.days.values()]
    .sort((x, y) => (x.date < y.date ? -1 : 1))
    .map((d) => ({
      date: d.date,
      recorded: d.recorded,
      checkIn: d.checkIn,
      headache: d.headache,
      migraine: d.migraine[a.opts.migraineDayRule],
      migraineByRule: { ...d.migraine },
      moderateSevere: d.moderateSevere,
      acuteMedication: d.acuteClasses.size > 0,
      acuteMedicationClasses: [...d.acuteClasses].sort(),
      lost: d.lost,
    }));
}
