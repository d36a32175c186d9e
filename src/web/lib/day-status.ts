/** How a calendar day is shown: by colour, pattern, a short word and a full spoken label. */
import type { DayRow } from '../api/types.ts';

export type DayKind = 'migraine' | 'headache' | 'none' | 'unrecorded';

export const DAY_KINDS: { kind: DayKind; short: string; label: string }[] = [
  { kind: 'migraine', short: 'Mig', label: 'Migraine day' },
  { kind: 'headache', short: 'Head', label: 'Headache day (not migraine)' },
  { kind: 'none', short: 'Free', label: 'Recorded, no headache' },
  { kind: 'unrecorded', short: '', label: 'Not recorded' },
];

export function dayKind(row: DayRow | undefined): DayKind {
  if (!row?.recorded) return 'unrecorded';
  if (row.migraine) return 'migraine';
  return row.headache ? 'headache' : 'none';
}

export const kindInfo = (kind: DayKind) => DAY_KINDS.find((k) => k.kind === kind) ?? DAY_KINDS[3]!;
