import { COLLECTIONS, type Collection, keyField, RECORD_FACTS, REFERENCES } from './collections.ts';
import type { Diary } from './diary.schema.ts';

/** One problem found in a diary document, located by its JSON path segments. */
export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-record rules a diary document must satisfy on top of each record's own schema:
 * keys are unique within each collection, and every reference (`collections.ts`: intake →
 * medication, intake → attack, session → therapy) resolves to a record in the same document.
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
  for (const collection of COLLECTIONS) {
    const refs = REFERENCES.filter((r) => r.from === collection).map((r) => ({
      field: r.field,
      target: RECORD_FACTS[r.to].name,
      known: keys.get(r.to) ?? new Set<string>(),
    }));
    if (refs.length === 0) continue;
    const records = diary[collection] as Record<string, unknown>[];
    for (let index = 0; index < records.length; index++) {
      const record = records[index] as Record<string, unknown>;
      for (const { field, target, known } of refs) {
        const value = record[field];
        if (typeof value === 'string' && !known.has(value)) {
          issues.push({
            path: [collection, index, field],
            message: `refers to ${target} "${value}", which is not in the diary`,
          });
        }
      }
    }
  }
  return issues;
}
