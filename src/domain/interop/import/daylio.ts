/**
 * Daylio's CSV export (docs/interop.md §5): one row per mood entry,
 * `full_date,date,weekday,time,mood,activities,note_title,note` (older exports:
 * `year,date,weekday,time,mood,activities,note`), activities separated by `|`. Daylio has no
 * headache record of its own: people tag entries with an activity such as "headache" or
 * "migraine". Mapped:
 * - a day with such an activity → one attack, at the time of its first such entry (assumed:
 *   the entry time is when it was written, not when the headache began); duration and every
 *   feature are not recorded;
 * - period or menstruation activities → menstruation that day; notes → the day's notes.
 * Moods and every other activity are reported by name as not imported. Which days count as
 * recorded is the person's choice (`recorded-days.ts`).
 */
import type { RecordableField } from '../../diary/provenance.ts';
import { type DayEntry, proposeRecordedDays } from './recorded-days.ts';
import { ATTACK_FEATURES, rawCells, sourceAt } from './sourced.ts';
import { type CsvTable, emptyDraft, type ImportDraft, type Origin, UnmappedLog } from './types.ts';
import { type Clock, parseClock, parseIsoDate, placeLocal } from './when.ts';

const APP = 'daylio';
export const DAYLIO_COLUMNS = [
  'full_date',
  'date',
  'weekday',
  'time',
  'mood',
  'activities',
  'note_title',
  'note',
];
const LEGACY = ['year', 'date', 'weekday', 'time', 'mood', 'activities', 'note'];

/** True for Daylio's header (current or older layout). */
export function isDaylioHeader(header: readonly string[]): boolean {
  const same = (cols: string[]) =>
    cols.length === header.length && cols.every((c) => header.includes(c));
  return same(DAYLIO_COLUMNS) || same(LEGACY);
}

const HEADACHE = /headache|migraine/i;
const MENSTRUATION = /^(period|menstruation|menstrual|menses)\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The older layout's `year` + `18 May` → `2018-05-18`. */
function legacyDate(year: string, date: string): string | undefined {
  const m = /^(\d{1,2})\s+([A-Za-z]{3,9})$/.exec(date.trim());
  const month = m ? MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase()) : -1;
  if (!m || month < 0 || !/^\d{4}$/.test(year.trim())) return undefined;
  return parseIsoDate(
    `${year.trim()}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`,
  );
}

interface Day {
  entry: DayEntry;
  headache?: { clock: Clock; origin: Origin; raw: string[]; notes: string[] };
}

/** Reads a Daylio export into a draft. */
export function importDaylio(table: CsvTable, ctx: { timeZone: string }): ImportDraft {
  const draft = emptyDraft('daylio', `Daylio export ${table.file}`);
  const unmapped = new UnmappedLog();
  const days = new Map<string, Day>();
  for (const row of table.rows) {
    const cell = (c: string) => (row.cells[c] ?? '').trim();
    const origin = { file: table.file, line: row.line };
    const reject = (column: string, message: string) =>
      draft.rejected.push({ ...origin, column, message });
    const date = table.header.includes('full_date')
      ? parseIsoDate(cell('full_date'))
      : legacyDate(cell('year'), cell('date'));
    if (!date) {
      reject(
        table.header.includes('full_date') ? 'full_date' : 'date',
        `"${cell('full_date') || cell('date')}" is not a date like 2021-09-28`,
      );
      continue;
    }
    const clock = parseClock(cell('time'));
    if (!clock) {
      reject('time', `"${cell('time')}" is not a time like 10:00 pm or 18:52`);
      continue;
    }
    const day = days.get(date) ?? { entry: { date, origin, fields: {}, headache: false } };
    days.set(date, day);
    if (cell('mood')) unmapped.add('column', 'mood', row.line);
    const note = [cell('note_title'), cell('note')].filter((n) => n !== '').join(': ');
    const activities = cell('activities')
      .split('|')
      .map((a) => a.trim())
      .filter((a) => a !== '');
    const headache = activities.some((a) => HEADACHE.test(a));
    for (const a of activities) {
      if (HEADACHE.test(a)) continue;
      if (MENSTRUATION.test(a)) day.entry.fields.menstruation = true;
      else unmapped.add('activity', a, row.line);
    }
    if (headache) {
      const h = day.headache ?? { clock, origin, raw: [], notes: [] };
      if (clock.hour * 60 + clock.minute < h.clock.hour * 60 + h.clock.minute) h.clock = clock;
      h.raw.push(`line ${row.line}: ${rawCells(row.cells, table.header)}`);
      if (note) h.notes.push(note);
      day.headache = h;
      day.entry.headache = true;
    } else if (note) {
      const before =
        typeof day.entry.fields.notes === 'string' ? `${day.entry.fields.notes}\n` : '';
      day.entry.fields.notes = `${before}${note}`.slice(0, 5000);
    }
  }
  for (const day of days.values()) {
    const h = day.headache;
    if (!h) continue;
    const date = day.entry.date;
    const start = placeLocal(date, h.clock, ctx.timeZone);
    const hm = `${String(h.clock.hour).padStart(2, '0')}:${String(h.clock.minute).padStart(2, '0')}`;
    const notRecorded: RecordableField[] = ['time', 'duration', ...ATTACK_FEATURES];
    const attack: Record<string, unknown> = {
      id: `imp-daylio-a-${date}`,
      start,
      end: start,
      timeZone: ctx.timeZone,
      source: sourceAt(APP, h.origin, h.raw.join(' | '), notRecorded, [
        {
          field: 'start',
          value: `${date} ${hm} ${ctx.timeZone}`,
          reason: 'Daylio records when the entry was written, not when the headache began',
        },
      ]),
    };
    if (h.notes.length > 0) attack.notes = h.notes.join('\n').slice(0, 5000);
    draft.records.attacks.push({ record: attack, origin: h.origin });
  }
  draft.recordedDays = proposeRecordedDays(
    draft,
    APP,
    new Map([...days].map(([d, x]) => [d, x.entry])),
    ['entries', 'headache-days'],
  );
  draft.unmapped = unmapped.list();
  return draft;
}
