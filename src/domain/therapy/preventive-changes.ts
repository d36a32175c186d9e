/**
 * Days on which a preventive treatment other than the evaluated one was started, stopped or
 * restarted (docs/clinical-rules.md §8.1: "no change of preventive medication within a phase").
 * The diary has no explicit start/stop record for medications, so the changes are read from
 * what it does hold:
 *
 * - intakes of a `preventive`-class medication: the first intake is a start; a gap longer than
 *   the medication's own rhythm (the larger of `minGapDays` and twice its median interval, so a
 *   monthly or quarterly injection is not read as stop-and-restart) marks a stop on the last
 *   intake before the gap and a restart on the first after it; the last intake is a stop when
 *   the diary continues for longer than that gap after it;
 * - other therapy courses of kind `medication` or `supplement`: their start and end days.
 *
 * The evaluated course itself is never a confounder: it is skipped, and so is a preventive
 * medication with the same name as the course (the person logs the drug being evaluated).
 */
import { daysBetween } from '../calendar/dates.ts';
import { localDateOf } from '../calendar/zoned.ts';
import type { Diary, Therapy } from '../diary/diary.schema.ts';

/** Therapy kinds that act as preventive treatment. */
const PREVENTIVE_KINDS: ReadonlySet<string> = new Set(['medication', 'supplement']);

/** Default shortest gap (days) between intakes that counts as a stop. 45. */
export const DEFAULT_PREVENTIVE_GAP_DAYS = 45;

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Start, stop and restart days of one medication's intake days (sorted, unique). */
function intakeChanges(days: readonly string[], lastDay: string, minGapDays: number): string[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) return [];
  const intervals = days.slice(1).map((d, i) => daysBetween(days[i] as string, d));
  const gap = Math.max(minGapDays, intervals.length > 0 ? 2 * median(intervals) : 0);
  const out = [first];
  intervals.forEach((interval, i) => {
    if (interval > gap) out.push(days[i] as string, days[i + 1] as string);
  });
  if (daysBetween(last, lastDay) > gap) out.push(last);
  return out;
}

/**
 * The local days (person's zone) with a preventive change, excluding the evaluated course.
 * `lastDay` is the last day the diary covers (stops are only visible before it).
 */
export function preventiveChangeDays(
  diary: Diary,
  evaluated: Therapy,
  lastDay: string,
  minGapDays = DEFAULT_PREVENTIVE_GAP_DAYS,
): Set<string> {
  const out = new Set<string>();
  const zone = diary.person.timeZone;
  const preventive = diary.medications.filter(
    (m) => m.class === 'preventive' && !sameName(m.name, evaluated.name),
  );
  for (const medication of preventive) {
    const days = [
      ...new Set(
        diary.intakes
          .filter((i) => i.medicationId === medication.id)
          .map((i) => localDateOf(i.at, zone)),
      ),
    ].sort();
    for (const d of intakeChanges(days, lastDay, minGapDays)) out.add(d);
  }
  for (const t of diary.therapies) {
    if (t.id === evaluated.id || !PREVENTIVE_KINDS.has(t.kind)) continue;
    out.add(t.start);
    if (t.end !== null) out.add(t.end);
  }
  return out;
}
