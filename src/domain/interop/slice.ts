/**
 * A diary cut to a period of local days (`--from`/`--to` of the exports). Records are kept when
 * their local day falls in the period: attacks by onset, intakes and sessions by their instant,
 * days and questionnaires by date. The result stays a valid, self-contained diary: every
 * medication and therapy is kept, and an attack referenced by a kept intake is kept too.
 */
import { localDateOf } from '../calendar/zoned.ts';
import type { Diary } from '../diary/diary.schema.ts';

/** A period of local days, both ends included; either end may be open. */
export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** True when `date` (YYYY-MM-DD) lies in the period. */
export const inPeriod = (date: string, p: Period) =>
  (p.from === undefined || date >= p.from) && (p.to === undefined || date <= p.to);

/** The diary restricted to `period` (the whole diary when both ends are open). */
export function sliceDiary(diary: Diary, period: Period): Diary {
  if (period.from === undefined && period.to === undefined) return diary;
  const tz = diary.person.timeZone;
  const intakes = diary.intakes.filter((i) => inPeriod(localDateOf(i.at, tz), period));
  const needed = new Set(intakes.map((i) => i.attackId).filter((id): id is string => id !== null));
  return {
    ...diary,
    days: diary.days.filter((d) => inPeriod(d.date, period)),
    attacks: diary.attacks.filter(
      (a) => needed.has(a.id) || inPeriod(localDateOf(a.start, a.timeZone ?? tz), period),
    ),
    intakes,
    sessions: diary.sessions.filter((s) => inPeriod(localDateOf(s.at, tz), period)),
    questionnaires: diary.questionnaires.filter((q) => inPeriod(q.date, period)),
  };
}
