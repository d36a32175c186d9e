/**
 * Apple Health's `export.xml` (inside the `export.zip` the Health app writes, as
 * `apple_health_export/export.xml`; docs/interop.md §5), one `Record` at a time: the reader keeps
 * only what it maps and a count per other record type, so memory stays bounded however large the
 * export (`server/import/apple-health-stream.ts` feeds it from a streamed parse). Mapped:
 * - `HKCategoryTypeIdentifierHeadache` → an attack: severity Mild 3, Moderate 5, Severe 7 (0–10),
 *   Unspecified → pain not recorded, Not Present → a day without headache; the duration when the
 *   sample has one (else not recorded); the zone from the `HKTimeZone` metadata, else from the
 *   date's UTC offset. Apple Health records no other feature of a headache.
 * - `HKCategoryTypeIdentifierMenstrualFlow` → menstruation that day (flow None → no).
 * - `HKCategoryTypeIdentifierSleepAnalysis` asleep stages → sleep hours of the wake-up day, the
 *   union of every source's intervals (a watch and a phone recording the same night count once).
 * Every other record type is counted and reported by name.
 */
import { isKnownTimeZone } from '../../diary/primitives.ts';
import type { RecordableField } from '../../diary/provenance.ts';
import { zoneOfOffset } from './migraine-buddy.ts';
import { type DayEntry, proposeRecordedDays } from './recorded-days.ts';
import { ATTACK_FEATURES, compactInstant, sourceAt } from './sourced.ts';
import { emptyDraft, type ImportDraft, type Origin, UnmappedLog } from './types.ts';

const APP = 'apple-health';
const HEADACHE = 'HKCategoryTypeIdentifierHeadache';
const FLOW = 'HKCategoryTypeIdentifierMenstrualFlow';
const SLEEP = 'HKCategoryTypeIdentifierSleepAnalysis';
/** Record types the reader maps; every other one is only counted. */
export const APPLE_MAPPED_TYPES: ReadonlySet<string> = new Set([HEADACHE, FLOW, SLEEP]);

const SEVERITY: Readonly<Record<string, number | null | 'absent'>> = {
  HKCategoryValueSeverityNotPresent: 'absent',
  HKCategoryValueSeverityUnspecified: null,
  HKCategoryValueSeverityMild: 3,
  HKCategoryValueSeverityModerate: 5,
  HKCategoryValueSeveritySevere: 7,
};
const ASLEEP = /^HKCategoryValueSleepAnalysisAsleep/;

/** `2025-01-27 22:30:00 +0100` → its UTC ms, local date and offset in minutes. */
export function parseAppleDate(text: string | undefined) {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(
    text ?? '',
  );
  if (!m) return undefined;
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  const local = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
  );
  const check = new Date(local);
  if (check.getUTCDate() !== Number(m[3]) || check.getUTCMonth() !== Number(m[2]) - 1)
    return undefined;
  return { ms: local - offset * 60000, date: `${m[1]}-${m[2]}-${m[3]}`, offset };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A copy of a string that shares no memory with the text it was cut from. */
const own = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/** One `Record` element: its attributes, its `MetadataEntry` children and its line. */
export interface AppleRecord {
  attributes: Readonly<Record<string, string>>;
  metadata: Readonly<Record<string, string>>;
  line: number;
}

/** Collects the mapped records of an export and builds the draft at the end. */
export class AppleHealthReader {
  private readonly draft: ImportDraft;
  private readonly file: string;
  private readonly timeZone: string;
  private readonly unmapped = new UnmappedLog();
  private readonly days = new Map<string, DayEntry>();
  private readonly sleep = new Map<string, [number, number][]>();
  private readonly seen = new Set<string>();
  /** Records read, mapped or not. */
  records = 0;

  constructor(file: string, timeZone: string) {
    this.file = file;
    this.timeZone = timeZone;
    this.draft = emptyDraft('apple-health', `Apple Health export ${file}`);
  }

  /** Counts a record of a type the reader does not map (without keeping it). */
  skip(type: string, line: number): void {
    this.records += 1;
    const seen = this.skipped.get(type);
    if (seen) {
      seen.rows += 1;
      if (seen.lines.length < 5) seen.lines.push(line);
    } else this.skipped.set(own(type), { rows: 1, lines: [line] });
  }

  /** Rows and first lines per skipped type, keyed by an owned copy of the type name. */
  private readonly skipped = new Map<string, { rows: number; lines: number[] }>();

  private day(date: string, origin: Origin): DayEntry {
    const d = this.days.get(date) ?? { date, origin, fields: {}, headache: false, counts: false };
    this.days.set(date, d);
    return d;
  }

  /** Reads one record of a mapped type. */
  add(r: AppleRecord): void {
    this.records += 1;
    const a = r.attributes;
    const origin = { file: this.file, line: r.line };
    const start = parseAppleDate(a.startDate);
    const end = parseAppleDate(a.endDate ?? a.startDate);
    if (!start || !end || end.ms < start.ms) {
      this.draft.rejected.push({
        ...origin,
        column: 'startDate',
        message: own(
          `"${a.startDate}" – "${a.endDate}" is not a time span like 2025-01-27 22:30:00 +0100`,
        ),
      });
      return;
    }
    const type = a.type ?? '';
    const value = a.value ?? '';
    if (type === SLEEP) {
      if (!ASLEEP.test(value)) {
        this.unmapped.add(
          'record type',
          own(`${SLEEP} ${value.replace('HKCategoryValueSleepAnalysis', '')}`),
          r.line,
        );
        return;
      }
      const nights = this.sleep.get(end.date) ?? [];
      nights.push([start.ms, end.ms]);
      this.sleep.set(end.date, nights);
      this.day(end.date, origin);
      return;
    }
    if (type === FLOW) {
      this.day(start.date, origin).fields.menstruation = !/None$/.test(value);
      return;
    }
    const severity = SEVERITY[value];
    if (severity === undefined) {
      this.draft.rejected.push({
        ...origin,
        column: 'value',
        message: own(`"${value}" is not a headache severity`),
      });
      return;
    }
    const day = this.day(start.date, origin);
    day.counts = true;
    if (severity === 'absent') return;
    const id = `imp-apple-a-${compactInstant(iso(start.ms))}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    day.headache = true;
    const zone = r.metadata.HKTimeZone ? own(r.metadata.HKTimeZone) : undefined;
    const tz =
      zone && isKnownTimeZone(zone) ? zone : zoneOfOffset(start.offset, this.timeZone, start.ms);
    const notRecorded: RecordableField[] = ATTACK_FEATURES.filter(
      (f) => f !== 'peakPain' || severity === null,
    );
    if (end.ms === start.ms) notRecorded.push('duration');
    const attack: Record<string, unknown> = {
      id,
      start: iso(start.ms),
      end: iso(end.ms),
      source: sourceAt(
        APP,
        origin,
        own(`${a.sourceName ?? ''}: ${value} ${a.startDate} – ${a.endDate}`),
        notRecorded,
      ),
    };
    if (tz) attack.timeZone = tz;
    if (typeof severity === 'number') attack.peakPain = severity;
    this.draft.records.attacks.push({ record: attack, origin });
  }

  /** The draft, once every record has been read. */
  finish(): ImportDraft {
    for (const [date, intervals] of this.sleep) {
      intervals.sort((x, y) => x[0] - y[0]);
      let total = 0;
      let [from, to] = intervals[0] ?? [0, 0];
      for (const [s, e] of intervals.slice(1)) {
        if (s > to) {
          total += to - from;
          [from, to] = [s, e];
        } else to = Math.max(to, e);
      }
      total += to - from;
      const hours = Math.min(24, Math.round((total / 3_600_000) * 100) / 100);
      const day = this.days.get(date);
      if (day) day.fields.sleepHours = hours;
    }
    this.draft.recordedDays = proposeRecordedDays(this.draft, APP, this.days, [
      'entries',
      'headache-days',
    ]);
    this.draft.unmapped = [
      ...[...this.skipped].map(([name, s]) => ({ kind: 'record type' as const, name, ...s })),
      ...this.unmapped.list(),
    ];
    return this.draft;
  }
}
