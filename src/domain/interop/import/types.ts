/**
 * Shared shapes of every importer. An importer turns parsed rows into an `ImportDraft`: records
 * in the diary format, each remembering the file and line it came from, plus the problems found
 * (errors stop the import; warnings and unmapped columns/categories are shown in the preview).
 * Nothing here touches storage: `merge.ts` combines a draft with the current diary into one
 * document that the diary service validates and writes in one transaction.
 */
import { type Collection, perCollection } from '../../diary/collections.ts';
import type { Person } from '../../diary/diary.schema.ts';
import type { CellText } from '../csv/cells.ts';

/**
 * The import formats (`--format`). `csv` means "any CSV, detected by its header"; without
 * `--format` every file is detected by its content (docs/interop.md §5).
 */
export const IMPORT_FORMATS = [
  'json',
  'csv',
  'stillpoint-csv',
  'bearable',
  'migraine-buddy',
  'daylio',
  'iheadache',
  'apple-health',
  'generic',
  'daily',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Where a record came from. */
export interface Origin {
  file: string;
  /** 1-based line of the record's first line in the file. */
  line: number;
}

/** One problem, located as precisely as the source allows. */
export interface ImportIssue {
  file?: string;
  line?: number;
  column?: string;
  message: string;
}

/** Input the importer could not map, reported by name (never dropped silently). */
export interface Unmapped {
  kind:
    | 'column'
    | 'category'
    | 'symptom'
    | 'metric'
    | 'factor'
    | 'activity'
    | 'record type'
    | 'line';
  name: string;
  rows: number;
  /** First few lines where it occurs. */
  lines: number[];
}

/** One parsed CSV row: cells by column name; `null` = empty unquoted cell. */
export interface CsvRow {
  line: number;
  cells: Record<string, CellText>;
}

/** One parsed CSV file. */
export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export { COLLECTIONS, type Collection } from '../../diary/collections.ts';

/** A record (not yet validated) with its origin; `nested` locates list items (readings, aura). */
export interface Sourced {
  record: Record<string, unknown>;
  origin: Origin;
  nested?: Partial<Record<'readings' | 'aura', Origin[]>>;
  /** Field-level origins, when a record is assembled from several rows (long tables). */
  fields?: Record<string, Origin>;
}

export interface ImportDraft {
  /** Detected or chosen format of the source. */
  format: ImportFormat;
  /** A human name of the source ("Bearable export", "Stillpoint CSV (7 tables)"). */
  source: string;
  /** The person profile, when the source carries one (Stillpoint's own formats). */
  person?: Person;
  records: Record<Collection, Sourced[]>;
  /**
   * How imported days combine with days already in the diary: `replace` (own formats: the file
   * is the truth) or `fields` (other apps: imported fields are added to the existing check-in).
   */
  days: 'replace' | 'fields';
  /** Nested attack lists the source holds; when absent, an attack keeps its stored list. */
  nested: { readings: boolean; aura: boolean };
  /** Problems that stop the whole import (the file is not what it claims to be). */
  errors: ImportIssue[];
  /**
   * Rows that cannot be read (line, column, reason). They never become records; the person
   * chooses between importing the rest and importing nothing (`unreadable`).
   */
  rejected: ImportIssue[];
  warnings: ImportIssue[];
  unmapped: Unmapped[];
  /** For date-only sources: which days could count as recorded diary days (`recorded-days.ts`). */
  recordedDays?: RecordedDaysProposal;
}

/**
 * Rules for which days of a date-only import count as recorded diary days (a day on which the
 * person would have logged a headache had there been one):
 * - `entries`: every day with an entry in the file;
 * - `span`: every day of the period the report covers;
 * - `headache-days`: only the days with a headache (then the import gives no rates).
 */
export const RECORDED_DAY_RULES = ['entries', 'span', 'headache-days'] as const;
export type RecordedDayRule = (typeof RECORDED_DAY_RULES)[number];

export interface RecordedDaysProposal {
  /** Rules this source allows, with the days each would count, first the suggested one. */
  options: {
    rule: RecordedDayRule;
    days: number;
    first?: string;
    last?: string;
    meaning: string;
  }[];
  /** Applies the chosen rule to the draft (adds or marks the day records). */
  apply(rule: RecordedDayRule): void;
}

/** An empty draft of `format`. */
export function emptyDraft(format: ImportFormat, source: string): ImportDraft {
  return {
    format,
    source,
    records: perCollection(() => []),
    days: 'fields',
    nested: { readings: false, aura: false },
    errors: [],
    rejected: [],
    warnings: [],
    unmapped: [],
  };
}

/** Collects unmapped names with row counts and the first five lines of each. */
export class UnmappedLog {
  private readonly items = new Map<string, Unmapped>();

  add(kind: Unmapped['kind'], name: string, line: number): void {
    const key = `${kind}|${name}`;
    const item = this.items.get(key) ?? { kind, name, rows: 0, lines: [] };
    item.rows += 1;
    if (item.lines.length < 5) item.lines.push(line);
    this.items.set(key, item);
  }

  list(): Unmapped[] {
    return [...this.items.values()];
  }
}
