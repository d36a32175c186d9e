/**
 * Conventions shared by the importers of other apps' files:
 * - record ids are derived from the source (day, start instant), so importing the same file
 *   twice changes nothing;
 * - every imported attack keeps its raw source row in `notes` (docs/interop.md §5: "keep the raw
 *   row next to the mapped record"), tagged `imported-local` when its times were local wall-clock
 *   times placed in the person's zone;
 * - a source without attack times (daily yes/no diaries, Bearable) gets an attack at the given
 *   time of day (else local noon) lasting `ASSUMED_ATTACK_MINUTES`: long enough to count as a
 *   headache day (≥ 30 min), too short for any duration-based migraine rule, and said so in the
 *   notes.
 */
import { addMinutes } from '../../calendar/instants.ts';

/** Duration given to an attack whose source records only that it happened (minutes). */
export const ASSUMED_ATTACK_MINUTES = 60;

/** `2026-01-05T06:30:00Z` → `20260105T063000Z` (for ids). */
export const compactInstant = (utc: string) => utc.replace(/[-:]/g, '').replace(/\.\d+/, '');

/** The note of an imported record: the person's notes, then provenance and the raw row. */
export function provenance(parts: {
  notes?: string | undefined;
  source: string;
  line: number;
  raw: string;
  local: boolean;
  assumed?: string;
}): string {
  const tag = parts.local ? 'imported-local' : 'imported';
  const lines = [
    parts.notes?.trim() ?? '',
    `[${tag}] ${parts.source}, line ${parts.line}: ${parts.raw}`,
    parts.assumed ? `[${tag}] ${parts.assumed}` : '',
  ].filter((l) => l !== '');
  return lines.join('\n').slice(0, 5000);
}

/** The end of an attack whose duration the source does not give. */
export const assumedEnd = (start: string) => addMinutes(start, ASSUMED_ATTACK_MINUTES);

/** The sentence explaining an assumed time and duration. */
export function assumedText(timeKnown: boolean): string {
  return timeKnown
    ? `the source gives no duration: ${ASSUMED_ATTACK_MINUTES} min assumed`
    : `the source gives no time or duration: local noon and ${ASSUMED_ATTACK_MINUTES} min assumed`;
}

/** A row's cells joined back with commas, for provenance notes. */
export const rawRow = (cells: Record<string, string | null>, header: readonly string[]) =>
  header.map((h) => cells[h] ?? '').join(',');
