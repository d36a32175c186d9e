import type { Diary } from './diary.schema.ts';

/** One problem found in a diary document, located by its JSON path segments. */
export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

type Collection =
  | 'days'
  | 'attacks'
  | 'medications'
  | 'intakes'
  | 'therapies'
  | 'sessions'
  | 'questionnaires';

/** The key that identifies a record within its collection: `date` for days, `id` otherwise. */
export function keyField(collection: Collection): 'date' | 'id' {
  return collection === 'days' ? 'date' : 'id';
}

const COLLECTIONS: Collection[] = [
  'days',
  'attacks',
  'medications',
  'intakes',
  'therapies',
  'sessions',
  'questionnaires',
];

/**
 * Cross-record rules a diary document must satisfy on top of each record's own schema:
 * keys are unique within each collection, and every reference (intake → medication,
 * intake → attack, session → therapy) resolves to a record in the same document.
 *
 * Returns every violation (not just the first) so an import report can list them all.
 * A diary is self-contained by design: it is the backup format, so it must restore on an
 * empty database.
 */
export function diaryIntegrityIssues(diary: Diary): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const keys = new Map<Collection, Set<string>>();
  for (const collection of COLLECTIONS) {
    const field = keyField(collection);
    const seen = new Set<string>();
    (diary[collection] as Record<string, unknown>[]).forEach((record, index) => {
      const key = String(record[field]);
      if (seen.has(key)) {
        issues.push({ path: [collection, index, field], message: `duplicate ${field} "${key}"` });
      }
      seen.add(key);
    });
    keys.set(collection, seen);
  }
  const ref = (
    collection: Collection,
    index: number,
    field: string,
    value: string | null,
    target: Collection,
  ) => {
    if (value !== null && !keys.get(target)?.has(value)) {
      issues.push({
        path: [collection, index, field],
        message: `refers to ${target.slice(0, -1)} "${value}", which is not in the diary`,
      });
    }
  };
  diary.intakes.forEach((intake, i) => {
    ref('intakes', i, 'medicationId', intake.medicationId, 'medications');
    ref('intakes', i, 'attackId', intake.attackId, 'attacks');
  });
  diary.sessions.forEach((session, i) => {
    ref('sessions', i, 'therapyId', session.therapyId, 'therapies');
  });
  return issues;
}
