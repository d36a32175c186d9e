/**
 * Bearable's (unofficial) long CSV export, one row per reading (docs/interop.md §5): `date, date
 * formatted, weekday, time of day, category, rating/amount, detail, notes` (older files lack
 * `date formatted`). Mapped:
 * - Symptom rows naming a headache or migraine → one attack per day (earliest time, highest
 *   severity: Mild 3, Moderate 5, Severe 7, V. Severe 9 on the 0–10 scale; "None" records a day
 *   without headache); nausea, vomiting, light and sound sensitivity set the attack's symptoms
 *   (absent when rated "None");
 * - Sleep (hours) and Sleep quality (1–5) → the day's check-in; a "Period"/"Menstruation" factor
 *   → menstruation;
 * - Meds/Supplements and Medication → intakes (linked to the day's attack), medications matched
 *   by name or created.
 * Everything else (Mood, Energy, Measurement, other factors and symptoms) is reported by name
 * as unmapped, never dropped silently.
 */
import type { Medication } from '../../diary/diary.schema.ts';
import { assumedEnd, assumedText, compactInstant, provenance, rawRow } from './imported.ts';
import { MedicationBook, splitDose } from './medications.ts';
import {
  type CsvRow,
  type CsvTable,
  emptyDraft,
  type ImportDraft,
  type Sourced,
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

const SEVERITY: Readonly<Record<string, number | null>> = {
  none: null,
  mild: 3,
  moderate: 5,
  severe: 7,
  'v. severe': 9,
  'very severe': 9,
};

const SYMPTOM_FLAGS: readonly [RegExp, 'nausea' | 'vomiting' | 'photophobia' | 'phonophobia'][] = [
  [/^nausea/i, 'nausea'],
  [/^vomit/i, 'vomiting'],
  [/light sensitiv|sensitivity to light|photophobia/i, 'photophobia'],
  [/sound sensitiv|noise sensitiv|sensitivity to (sound|noise)|phonophobia/i, 'phonophobia'],
];

export interface BearableContext {
  timeZone: string;
  medications: readonly Medication[];
}

interface DayState {
  date: string;
  origin: { file: string; line: number };
  day: Record<string, unknown>;
  headache?: {
    clock: Clock;
    pain: number | null;
    rated: boolean;
    line: number;
    raw: string[];
    notes: string[];
  };
  symptoms: Record<string, { present: boolean; line: number }>;
  intakes: { name: string; dose?: string; clock: Clock; origin: { file: string; line: number } }[];
}

/** Reads a Bearable export into a draft. */
export function importBearable(table: CsvTable, ctx: BearableContext): ImportDraft {
  const draft = emptyDraft('bearable', 'Bearable export');
  const unmapped = new UnmappedLog();
  const days = new Map<string, DayState>();
  const fail = (row: CsvRow, column: string, message: string) =>
    draft.errors.push({ file: table.file, line: row.line, column, message });
  for (const row of table.rows) {
    const cell = (c: string) => (row.cells[c] ?? '').trim();
    const formatted = cell('date formatted');
    const spoken = cell('date');
    const date = formatted ? parseIsoDate(formatted) : parseOrdinalDate(spoken);
    if (!date) {
      fail(
        row,
        formatted ? 'date formatted' : 'date',
        `"${formatted || spoken}" is not a date like ${formatted ? '2022-01-22' : '22nd Jan 2022'}`,
      );
      continue;
    }
    if (formatted && spoken && parseOrdinalDate(spoken) !== date) {
      fail(row, 'date', `"${spoken}" and date formatted "${formatted}" disagree`);
      continue;
    }
    const clock = parseClock(cell('time of day'));
    if (!clock) {
      fail(
        row,
        'time of day',
        `"${cell('time of day')}" is not a time like 09:30, 10:15 PM or morning`,
      );
      continue;
    }
    const state = days.get(date) ?? {
      date,
      origin: { file: table.file, line: row.line },
      day: { date },
      symptoms: {},
      intakes: [],
    };
    days.set(date, state);
    const category = cell('category')
      .toLowerCase()
      .replace(/\(s\)$/, '')
      .replace(/s$/, '');
    const detail = cell('detail');
    const amount = cell('rating/amount');
    const notes = cell('notes');
    if (category === 'symptom') {
      const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(detail);
      const name = (m?.[1] ?? detail).trim();
      const severityText = (m?.[2] ?? '').trim().toLowerCase();
      const rated = severityText in SEVERITY;
      const pain = rated ? (SEVERITY[severityText] ?? null) : null;
      if (/headache|migraine/i.test(name)) {
        if (rated && pain === null) continue; // "None": a day without headache, still recorded
        const h = state.headache ?? {
          clock,
          pain: null,
          rated: false,
          line: row.line,
          raw: [],
          notes: [],
        };
        if (
          clock.exact &&
          (!h.clock.exact || clock.hour * 60 + clock.minute < h.clock.hour * 60 + h.clock.minute)
        )
          h.clock = clock;
        if (pain !== null && (h.pain === null || pain > h.pain)) h.pain = pain;
        h.rated ||= rated;
        h.raw.push(
          h.raw.length === 0
            ? rawRow(row.cells, table.header)
            : `line ${row.line}: ${rawRow(row.cells, table.header)}`,
        );
        if (notes) h.notes.push(notes);
        state.headache = h;
        continue;
      }
      const flag = SYMPTOM_FLAGS.find(([re]) => re.test(name));
      if (flag) state.symptoms[flag[1]] = { present: !(rated && pain === null), line: row.line };
      else unmapped.add('symptom', name, row.line);
    } else if (category === 'sleep') {
      const hours = readHours(amount);
      if (hours === undefined)
        fail(row, 'rating/amount', `"${amount}" is not a number of hours like 7.5 or 7h 30m`);
      else state.day.sleepHours = hours;
    } else if (category === 'sleep quality') {
      if (/^[1-5]$/.test(amount)) state.day.sleepQuality = Number(amount);
      else unmapped.add('category', `Sleep quality "${amount}" (not 1–5)`, row.line);
    } else if (category === 'factor' && /^(period|menstruation)$/i.test(detail)) {
      state.day.menstruation = true;
    } else if (category === 'meds/supplement' || category === 'medication') {
      if (!detail) fail(row, 'detail', 'names no medication');
      else
        state.intakes.push({
          ...splitDose(detail),
          clock,
          origin: { file: table.file, line: row.line },
        });
    } else {
      unmapped.add(
        'category',
        detail ? `${cell('category')}: ${detail}` : cell('category') || '(empty)',
        row.line,
      );
    }
  }
  const book = new MedicationBook(ctx.medications, draft);
  for (const state of days.values()) addDay(draft, state, book, ctx.timeZone, unmapped);
  draft.unmapped = unmapped.list();
  return draft;
}

/** `7.5`, `7`, `7h 30m`, `7:30` → hours; anything else → undefined. */
function readHours(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = /^(\d+)\s*(?:h|:)\s*(\d+)\s*m?$/i.exec(text);
  return m ? Number(m[1]) + Number(m[2]) / 60 : undefined;
}

function addDay(
  draft: ImportDraft,
  s: DayState,
  book: MedicationBook,
  tz: string,
  unmapped: UnmappedLog,
) {
  draft.records.days.push({ record: s.day, origin: s.origin });
  let attackId: string | null = null;
  if (s.headache) {
    const h = s.headache;
    const start = placeLocal(s.date, h.clock, tz);
    attackId = `imp-a-${compactInstant(start)}`;
    const attack: Sourced['record'] = {
      id: attackId,
      start,
      end: assumedEnd(start),
      timeZone: tz,
      notes: provenance({
        notes: h.notes.join('\n'),
        source: 'Bearable export',
        line: h.line,
        raw: h.raw.join(' | '),
        local: true,
        assumed: `${assumedText(h.clock.exact)}${h.rated ? '; pain from Bearable severity (Mild 3, Moderate 5, Severe 7, V. Severe 9)' : ''}`,
      }),
    };
    if (h.pain !== null) attack.peakPain = h.pain;
    for (const [field, v] of Object.entries(s.symptoms)) attack[field] = v.present;
    draft.records.attacks.push({ record: attack, origin: { file: s.origin.file, line: h.line } });
  } else {
    for (const [field, v] of Object.entries(s.symptoms))
      unmapped.add('symptom', `${field} without a headache that day`, v.line);
  }
  s.intakes.forEach((i, k) => {
    const at = placeLocal(s.date, i.clock, tz);
    const intake: Sourced['record'] = {
      id: `imp-i-${compactInstant(at)}-${k + 1}`,
      medicationId: book.idOf(i.name, i.origin),
      at,
      attackId,
    };
    if (i.dose) intake.dose = i.dose;
    draft.records.intakes.push({ record: intake, origin: i.origin });
  });
}
