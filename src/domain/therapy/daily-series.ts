/**
 * The bridge from the clinical engine to the verdict engine: the analysed diary's day table as
 * the verdict's daily series (`DailyOutcome[]`), one entry per day with any data. Days absent
 * from the series count as unrecorded, so gaps in the diary lower completeness as they should.
 */
import type { Analysis } from '../clinical/analysis.ts';
import type { DailyOutcome } from '../verdict/types.ts';

const MINUTES_PER_HOUR = 60;

/**
 * Builds the series. Check-ins add stress and early-warning signs; `preventiveChanges` marks
 * days on which another preventive treatment changed (they may fall on unrecorded days).
 */
export function dailySeries(
  analysis: Analysis,
  preventiveChanges: ReadonlySet<string> = new Set(),
): DailyOutcome[] {
  const checkIns = new Map(analysis.diary.days.map((d) => [d.date, d]));
  const rule = analysis.opts.migraineDayRule;
  const out = new Map<string, DailyOutcome>();
  for (const day of analysis.table.days.values()) {
    const checkIn = checkIns.get(day.date);
    out.set(day.date, {
      date: day.date,
      recorded: day.recorded,
      migraineDay: day.migraine[rule],
      headacheDay: day.headache,
      moderateSevereDay: day.moderateSevere,
      acuteMedicationDay: day.acuteClasses.size > 0,
      peakPain: day.headache ? day.peakPain : null,
      durationHours: day.headache ? day.headacheMinutes / MINUTES_PER_HOUR : null,
      dayLost: day.lost,
      stress: checkIn?.stress ?? null,
      preventiveChange: preventiveChanges.has(day.date),
      earlyWarning: checkIn?.earlyWarning === true,
    });
  }
  for (const date of preventiveChanges) {
    const known = out.get(date);
    if (!known) {
      out.set(date, {
        date,
        recorded: false,
        migraineDay: false,
        headacheDay: false,
        preventiveChange: true,
      });
    }
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
