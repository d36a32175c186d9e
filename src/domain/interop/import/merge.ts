/**
 * Combines an import draft with the current diary into the one document the diary service
 * imports (validated whole, written in one transaction, all or nothing), and locates every
 * validation issue of that document back to the file and line it came from.
 *
 * - `merge` (default): the document holds the imported records plus the stored records they
 *   refer to (an intake's medication and attack, a session's therapy), so it is self-contained;
 *   other stored records are untouched. An imported attack keeps its stored pain readings or
 *   auras when the source has no such table.
 * - `replace`: the document is exactly the import; the diary becomes equal to it.
 * - Days from other apps (`draft.days === 'fields'`) add their fields to a stored check-in of
 *   the same day instead of replacing it.
 */
import { DIARY_FORMAT, DIARY_VERSION, type Diary } from '../../diary/diary.schema.ts';
import {
  COLLECTIONS,
  type Collection,
  type ImportDraft,
  type Origin,
  type Sourced,
} from './types.ts';

export type ImportMode = 'merge' | 'replace';

export interface MergedImport {
  /** The diary document to validate and import. */
  document: Record<string, unknown>;
  /** How many leading records of each collection come from the source (the rest are stored). */
  imported: Record<Collection, number>;
  /** The origin of a JSON path of `document` (`['attacks', 3, 'peakPain']`), when imported. */
  locate(path: readonly PropertyKey[]): Origin | undefined;
}

const keyOf = (c: Collection, r: Record<string, unknown>) => String(c === 'days' ? r.date : r.id);

function combineDay(stored: Record<string, unknown>, imported: Record<string, unknown>) {
  const out = { ...stored, ...imported };
  const a = typeof stored.notes === 'string' ? stored.notes : '';
  const b = typeof imported.notes === 'string' ? imported.notes : '';
  if (a && b && !a.includes(b)) out.notes = `${a}\n${b}`.slice(0, 5000);
  else if (a) out.notes = a.length >= b.length ? a : b;
  return out;
}

function withStoredLists(
  attack: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
  draft: ImportDraft,
): Record<string, unknown> {
  if (!stored) return attack;
  const out = { ...attack };
  if (!draft.nested.readings) out.readings = stored.readings;
  if (!draft.nested.aura) out.aura = stored.aura;
  return out;
}

/** Stored records the imported ones refer to, which the document must carry in merge mode. */
function referenced(current: Diary, records: Record<Collection, Record<string, unknown>[]>) {
  const have = (c: Collection) => new Set(records[c].map((r) => keyOf(c, r)));
  const need = {
    medications: new Set<string>(),
    attacks: new Set<string>(),
    therapies: new Set<string>(),
  };
  for (const i of records.intakes) {
    if (typeof i.medicationId === 'string') need.medications.add(i.medicationId);
    if (typeof i.attackId === 'string') need.attacks.add(i.attackId);
  }
  for (const s of records.sessions)
    if (typeof s.therapyId === 'string') need.therapies.add(s.therapyId);
  const pull = <C extends 'medications' | 'attacks' | 'therapies'>(c: C) => {
    const present = have(c);
    return (current[c] as unknown as Record<string, unknown>[]).filter(
      (r) => need[c].has(String(r.id)) && !present.has(String(r.id)),
    );
  };
  return {
    medications: pull('medications'),
    attacks: pull('attacks'),
    therapies: pull('therapies'),
  };
}

/** Builds the document of an import (see the module comment for the rules). */
export function mergeDraft(current: Diary, draft: ImportDraft, mode: ImportMode): MergedImport {
  const stored = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      new Map((current[c] as unknown as Record<string, unknown>[]).map((r) => [keyOf(c, r), r])),
    ]),
  ) as Record<Collection, Map<string, Record<string, unknown>>>;
  const records = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      draft.records[c].map(({ record }) => {
        const old = stored[c].get(keyOf(c, record));
        if (mode === 'replace' || !old) return record;
        if (c === 'days' && draft.days === 'fields') return combineDay(old, record);
        if (c === 'attacks') return withStoredLists(record, old, draft);
        return record;
      }),
    ]),
  ) as Record<Collection, Record<string, unknown>[]>;
  const imported = Object.fromEntries(COLLECTIONS.map((c) => [c, records[c].length])) as Record<
    Collection,
    number
  >;
  if (mode === 'merge') {
    const extra = referenced(current, records);
    records.medications.push(...extra.medications);
    records.attacks.push(...extra.attacks);
    records.therapies.push(...extra.therapies);
  }
  const document = {
    format: DIARY_FORMAT,
    version: DIARY_VERSION,
    person: draft.person ?? current.person,
    ...records,
  };
  const locate = (path: readonly PropertyKey[]): Origin | undefined => {
    const [collection, index, field, item] = path;
    const list = draft.records[collection as Collection] as Sourced[] | undefined;
    const source = typeof index === 'number' ? list?.[index] : undefined;
    if (!source) return undefined;
    if ((field === 'readings' || field === 'aura') && typeof item === 'number') {
      return source.nested?.[field]?.[item] ?? source.origin;
    }
    return (typeof field === 'string' ? source.fields?.[field] : undefined) ?? source.origin;
  };
  return { document, imported, locate };
}
