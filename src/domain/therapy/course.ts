/**
 * Picks the therapy course a command is about and turns it into the verdict engine's course:
 * the first session day (or the declared start, whichever is earlier) starts the course, the
 * declared end closes it, and the course's own run-in applies.
 */
import { minDate } from '../calendar/dates.ts';
import { localDateOf } from '../calendar/zoned.ts';
import type { Diary, Session, Therapy } from '../diary/diary.schema.ts';
import { AppError } from '../errors.ts';
import type { TherapyCourse } from '../verdict/types.ts';

/**
 * The course with `therapyId`, or without an id the one that started last (ties: the last in
 * the file). Throws `not_found` naming the field when there is none.
 */
export function selectTherapy(diary: Diary, therapyId?: string): Therapy {
  if (therapyId !== undefined) {
    const found = diary.therapies.find((t) => t.id === therapyId);
    if (!found) {
      throw new AppError('not_found', `no therapy course with id "${therapyId}"`, 'therapyId');
    }
    return found;
  }
  let latest: Therapy | undefined;
  for (const t of diary.therapies) if (!latest || t.start >= latest.start) latest = t;
  if (!latest) throw new AppError('not_found', 'the diary has no therapy course', 'therapies');
  return latest;
}

/** The course's sessions in time order. */
export function sessionsOf(diary: Diary, therapy: Therapy): Session[] {
  return diary.sessions
    .filter((s) => s.therapyId === therapy.id)
    .sort((a, b) => (a.at < b.at ? -1 : 1));
}

/** Local day (person's zone) of each session, in time order. */
export function sessionDays(diary: Diary, therapy: Therapy): string[] {
  return sessionsOf(diary, therapy).map((s) => localDateOf(s.at, diary.person.timeZone));
}

/** The verdict engine's view of a course. */
export function therapyCourse(diary: Diary, therapy: Therapy): TherapyCourse {
  const sessions = sessionDays(diary, therapy);
  const first = sessions[0];
  return {
    therapyId: therapy.id,
    start: first === undefined ? therapy.start : minDate(first, therapy.start),
    end: therapy.end,
    ...(therapy.runInDays === undefined ? {} : { runInDays: therapy.runInDays }),
    sessions,
  };
}
