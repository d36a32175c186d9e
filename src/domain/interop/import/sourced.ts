/**
 * The `source` of an imported record (diary format version 2, `diary/provenance.ts`), and the
 * stable ids that make a second import of the same file change nothing.
 */
import type { Assumption, RecordableField, Source } from '../../diary/provenance.ts';

export { ATTACK_FEATURES } from '../../diary/provenance.ts';

import type { Origin } from './types.ts';

/** A source for a record read at `origin`. */
export function sourceAt(
  app: string,
  origin: Origin,
  raw: string,
  notRecorded: readonly RecordableField[] = [],
  assumed: readonly Assumption[] = [],
): Source {
  return {
    app,
    file: origin.file,
    line: origin.line,
    raw: raw.slice(0, 4000),
    notRecorded: [...new Set(notRecorded)],
    assumed: [...assumed],
  };
}

/** `2026-01-05T06:30:00Z` → `20260105T063000Z` (for ids). */
export const compactInstant = (utc: string) => utc.replace(/[-:]/g, '').replace(/\.\d+/, '');

/** The source row as text: cells joined with commas. */
export const rawCells = (cells: Record<string, string | null>, header: readonly string[]) =>
  header.map((h) => cells[h] ?? '').join(',');
