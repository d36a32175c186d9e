/**
 * Planned therapy sessions as an iCalendar feed (docs/interop.md §3) with ical-generator. Each plan
 * is one recurring event in the person's zone (`DTSTART;TZID=Europe/Berlin:…` plus a VTIMEZONE
 * from @touch4it/ical-timezones), so calendars keep the wall-clock time across DST changes.
 *
 * Pitfalls handled here: ical-generator 10 writes `UNTIL` without `Z` when given a date and a
 * zone, so the RRULE is passed as a finished string with `UNTIL=…Z`; dates are passed as
 * Temporal.ZonedDateTime (a JS Date with a zone is formatted in the process's own zone); and
 * the calendar itself has no zone name, so `DTSTAMP` stays UTC with `Z` as RFC 5545 requires.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { rrule, type SessionPlan } from '../../domain/interop/ical/session-plan.ts';

/** The iCalendar text (`text/calendar`) of the plans; `nowMs` stamps every event. */
export function sessionsCalendar(plans: readonly SessionPlan[], nowMs: number): string {
  const calendar = ical({
    name: 'Stillpoint planned sessions',
    prodId: { company: 'Stillpoint', product: 'Stillpoint', language: 'EN' },
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  for (const plan of plans) {
    const start = Temporal.PlainDate.from(plan.firstDate)
      .toPlainDateTime({ hour: plan.hour, minute: plan.minute })
      .toZonedDateTime(plan.timeZone, { disambiguation: 'compatible' });
    const event = calendar.createEvent({
      id: plan.uid,
      start,
      end: start.add({ minutes: plan.durationMinutes }),
      timezone: plan.timeZone,
      stamp: new Date(nowMs),
      summary: plan.title,
      description: plan.description,
    });
    if (plan.practitioner) event.location(plan.practitioner);
    event.repeating(rrule(plan));
  }
  return calendar.toString();
}
