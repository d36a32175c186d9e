/**
 * Bearable's CSV export as it really is (docs/interop.md §5): one row per reading,
 * `date,[date formatted,]weekday,time of day,category,rating/amount,detail,notes`. `time of day`
 * is a clock (`3:04`, `10:15 PM`), a part of the day (`pre`, `am`, `mid`, `pm`, `all day`) or
 * empty. Mapped:
 * - Symptom rows naming a headache or migraine → one attack per day. Bearable keeps neither a
 *   start time nor a duration nor any other feature, so the attack starts at an assumed time
 *   (the earliest part of the day in which it was rated), its duration is "not recorded", and so
 *   is every feature the day's rows do not rate. Severity: Mild 3, Moderate 5, Severe 7,
 *   V. Severe 9 on the 0–10 scale. Nausea, vomiting, light and sound sensitivity rows of the
 *   same day set those symptoms (rated "None" = absent).
 * - Meds/Supplements and Medication → intakes, the dose from the amount and the unit in the
 *   detail (`600` + `Ibuprofen (mg)` → 600 mg). They are never tied to an attack: Bearable does
 *   not say when the headache was.
 * - Sleep (hours, `7:15`, `7.5`, `7h 30m`) and Sleep quality (1–5) → the day's check-in; an empty
 *   Sleep row (synced from another app without hours) is skipped with a warning.
 * - Factors (`Home | Period | Quiet day`): Period or Menstruation → menstruation that day.
 * - Every other category, factor and symptom is reported by name as not imported.
 * Which days count as recorded diary days is the person's choice (`recorded-days.ts`).
 */
import type { Medication } from '../../diary/diary.schema.ts';
import type { Assumption, RecordableField } from '../../diary/provenance.ts';
import { doseFromColumns, MedicationBook } from './medications.ts';
import { type DayEntry, proposeRecordedDays } from './recorded-days.ts';
import { ATTACK_FEATURES, compactInstant, rawCells, sourceAt } from './sourced.ts';
import {
  type CsvRow,
  type CsvTable,
  emptyDraft,
  type ImportDraft,
  type Origin,
  UnmappedLog,
} from './types.ts';
import { type Clock, parseClock, parseIsoDate, parseOrdinalDate, placeLocal } from './when.ts';

export const BEARABLE_COLUMNS = [
  'date',
  'date formatted',
  'weekday',
  'time of day',
  'category',
  'rating/amount',
  'detail',
  'notes',
];

/** True for Bearable's header (with or without `date formatted`). */
export function isBearableHeader(header: readonly string[]): boolean {
  const needed = BEARABLE_COLUMNS.filter((c) => c !== 'date formatted');
  return (
    needed.every((c) => header.includes(c)) && header.every((c) => BEARABLE_COLUMNS.includes(c))
  );
}

const APP = 'bearable';

const SEVERITY: Readonly<Record<string, number | null>> = {
  none: null,
  mild: 3,
  moderate: 5,
  severe: 7,
  'v. severe': 9,
  'very severe': 9,
};

type Flag = 'nausea' | 'vomiting' | 'photophobia' | 'phonophobia';
const SYMPTOM_FLAGS: readonly [RegExp, Flag][] = [
  [/^nausea/i, 'nausea'],
  [/^vomit/i, 'vomiting'],
  [/light sensitiv|sensitivity to light|photophobia/i, 'photophobia'],
  [/sound sensitiv|noise sensitiv|sensitivity to (sound|noise)|phonophobia/i, 'phonophobia'],
];

const MENSTRUATION = /^(period|menstruation|menstrual|on my period)\b/i;

export interface BearableContext {
  timeZone: string;
  medications: readonly Medication[];
}

interface Headache {
  clock: Clock;
  pain: number | null;
  origin: Origin;
  raw: string[];
  notes: string[];
  labels: Set<string>;
}

interface DayState {
  entry: DayEntry;
  headache?: Headache;
  symptoms: Partial<Record<Flag, boolean>>;
  doses: { name: string; dose?: string; clock: Clock; origin: Origin; raw: string }[];
}

const minuteOf = (c: Clock) => c.hour * 60 + c.minute;

/** `7.5`, `7`, `7:15`, `7h 30m` → hours; anything else → undefined. */
function readHours(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = /^(\d+)\s*(?:h|:)\s*(\d+)\s*m?$/i.exec(text);
  return m ? Math.round((Number(m[1]) + Number(m[2]) / 60) * 100) / 100 : undefined;
}

/** Reads a Bearable export into a draft. */
export function importBearable(table: CsvTable, ctx: BearableContext): ImportDraft {
  const draft = emptyDraft('bearable', `Bearable export ${table.file}`);
  const unmapped = new UnmappedLog();
  const days = new Map<string, DayState>();
  const reject = (row: CsvRow, column: string, message: string) =>
    draft.rejected.push({ file: table.file, line: row.line, column, message });
  for (const row of table.rows) {
    const cell = (c: string) => (row.cells[c] ?? '').trim();
    const origin = { file: table.file, line: row.line };
    const formatted = cell('date formatted');
    const spoken = cell('date');
    const date = formatted ? parseIsoDate(formatted) : parseOrdinalDate(spoken);
    if (!date) {
      reject(
        row,
        formatted ? 'date formatted' : 'date',
        `"${formatted || spoken}" is not a date like ${formatted ? '2022-01-22' : '22nd Jan 2022'}`,
      );
      continue;
    }
    if (formatted && spoken && parseOrdinalDate(spoken) !== date) {
      reject(row, 'date', `"${spoken}" and date formatted "${formatted}" disagree`);
      continue;
    }
    const clock = parseClock(cell('time of day'));
    if (!clock) {
      reject(
        row,
        'time of day',
        `"${cell('time of day')}" is not a time like 09:30, 10:15 PM, am, mid, pm, pre or all day`,
      );
      continue;
    }
    const raw = rawCells(row.cells, table.header);
    const state =
      days.get(date) ??
      ({
        entry: { date, origin, fields: {}, headache: false },
        symptoms: {},
        doses: [],
      } as DayState);
    days.set(date, state);
    const category = cell('category').toLowerCase();
    const detail = cell('detail');
    const amount = cell('rating/amount');
    const notes = cell('notes');
    if (category === 'symptom' || category === 'symptoms') {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(detail);
      const name = (m?.[1] ?? detail).trim();
      const severity = (m?.[2] ?? '').trim().toLowerCase();
      const rated = severity in SEVERITY;
      const pain = rated ? (SEVERITY[severity] ?? null) : null;
      if (/headache|migraine/i.test(name)) {
        if (rated && pain === null) continue; // rated "None": no headache in that part of the day
        const h: Headache = state.headache ?? {
          clock,
          pain: null,
          origin,
          raw: [],
          notes: [],
          labels: new Set(),
        };
        if (minuteOf(clock) < minuteOf(h.clock)) h.clock = clock;
        if (pain !== null && (h.pain === null || pain > h.pain)) h.pain = pain;
        h.raw.push(`line ${row.line}: ${raw}`);
        h.labels.add(name);
        if (notes) h.notes.push(notes);
        state.headache = h;
        state.entry.headache = true;
        continue;
      }
      const flag = SYMPTOM_FLAGS.find(([re]) => re.test(name));
      if (flag)
        state.symptoms[flag[1]] = state.symptoms[flag[1]] === true || !(rated && pain === null);
      else unmapped.add('symptom', name, row.line);
    } else if (category === 'sleep') {
      if (amount === '' && detail === '') {
        draft.warnings.push({
          ...origin,
          message: 'an empty Sleep row (synced from another app, no hours): skipped',
        });
        continue;
      }
      const hours = readHours(amount);
      if (hours === undefined || hours > 24) {
        reject(
          row,
          'rating/amount',
          `"${amount}" is not a number of hours like 7:15, 7.5 or 7h 30m`,
        );
        continue;
      }
      state.entry.fields.sleepHours = hours;
    } else if (category === 'sleep quality') {
      if (/^[1-5]$/.test(amount)) state.entry.fields.sleepQuality = Number(amount);
      else reject(row, 'rating/amount', `"${amount}" is not a sleep quality 1–5`);
    } else if (category === 'factors' || category === 'factor' || category === 'factor(s)') {
      for (const item of detail
        .split('|')
        .map((f) => f.trim())
        .filter((f) => f !== '')) {
        if (MENSTRUATION.test(item)) state.entry.fields.menstruation = true;
        else unmapped.add('factor', item, row.line);
      }
    } else if (
      category === 'meds/supplements' ||
      category === 'medication' ||
      category === 'medications'
    ) {
      if (!detail) {
        reject(row, 'detail', 'names no medication');
        continue;
      }
      state.doses.push({ ...doseFromColumns(amount, detail), clock, origin, raw });
    } else {
      unmapped.add('category', cell('category') || '(empty)', row.line);
    }
  }
  const book = new MedicationBook(ctx.medications, draft, APP);
  for (const state of days.values()) addDay(draft, state, book, ctx.timeZone);
  const entries = new Map([...days].map(([d, s]) => [d, s.entry]));
  draft.recordedDays = proposeRecordedDays(draft, APP, entries, ['entries', 'headache-days']);
  draft.unmapped = unmapped.list();
  return draft;
}

const hhmm = (c: Clock) =>
  `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;

function addDay(draft: ImportDraft, s: DayState, book: MedicationBook, tz: string) {
  const date = s.entry.date;
  if (s.headache) {
    const h = s.headache;
    const start = placeLocal(date, h.clock, tz);
    const rated = Object.keys(s.symptoms) as Flag[];
    const notRecorded: RecordableField[] = [
      ...(h.clock.exact ? [] : (['time'] as const)),
      'duration',
      ...ATTACK_FEATURES.filter(
        (f) => !rated.includes(f as Flag) && !(f === 'peakPain' && h.pain !== null),
      ),
    ];
    const assumed: Assumption[] = h.clock.exact
      ? []
      : [
          {
            field: 'start',
            value: `${date} ${hhmm(h.clock)} ${tz}`,
            reason:
              'Bearable gives only the part of the day in which the headache was rated: its middle is assumed',
          },
        ];
    const attack: Record<string, unknown> = {
      id: `imp-bearable-a-${date}`,
      start,
      end: start,
      timeZone: tz,
      source: sourceAt(
        APP,
        h.origin,
        `${[...h.labels].join(', ')} — ${h.raw.join(' | ')}`,
        notRecorded,
        assumed,
      ),
    };
    if (h.pain !== null) attack.peakPain = h.pain;
    for (const f of rated) attack[f] = s.symptoms[f];
    if (h.notes.length > 0) attack.notes = h.notes.join('\n').slice(0, 5000);
    draft.records.attacks.push({ record: attack, origin: h.origin });
  } else {
    for (const f of Object.keys(s.symptoms))
      draft.warnings.push({
        ...s.entry.origin,
        message: `${f} on ${date} without a headache that day: not imported`,
      });
  }
  s.doses.forEach((d, k) => {
    const at = placeLocal(date, d.clock, tz);
    const notRecorded: RecordableField[] = [
      'attack',
      'relief',
      ...(d.dose ? [] : (['dose'] as const)),
    ];
    const assumed: Assumption[] = d.clock.exact
      ? []
      : [
          {
            field: 'at',
            value: `${date} ${hhmm(d.clock)} ${tz}`,
            reason: 'Bearable gives only the part of the day: its middle is assumed',
          },
        ];
    const intake: Record<string, unknown> = {
      id: `imp-bearable-i-${compactInstant(at)}-${k + 1}`,
      medicationId: book.idOf(d.name, d.origin),
      at,
      attackId: null,
      source: sourceAt(APP, d.origin, d.raw, notRecorded, assumed),
    };
    if (d.dose) intake.dose = d.dose;
    draft.records.intakes.push({ record: intake, origin: d.origin });
  });
}
