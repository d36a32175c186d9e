/**
 * The preview an import shows before anything is written: per collection how many records the
 * source holds and how many are new, changed or unchanged (and, when replacing, removed), a few
 * sample records in plain words with their source line, plus the warnings and the unmapped
 * columns or categories the importer could not use.
 */
import type { Diary } from '../../diary/diary.schema.ts';
import { localCell } from '../csv/cells.ts';
import type { ImportMode } from './merge.ts';
import {
  COLLECTIONS,
  type Collection,
  type ImportIssue,
  type Origin,
  type RecordedDayRule,
  type RecordedDaysProposal,
  type Unmapped,
} from './types.ts';

export interface CollectionPreview {
  inFile: number;
  new: number;
  changed: number;
  unchanged: number;
  /** Stored records a `replace` import deletes. */
  removed: number;
}

export interface PreviewSample {
  collection: Collection;
  /** `file:line` of the record. */
  source: string;
  text: string;
  status: 'new' | 'changed';
}

export interface ImportPreview {
  format: string;
  source: string;
  mode: ImportMode;
  person: 'unchanged' | 'replaced';
  /** The zone every instant of the preview is shown in (the person's, or the one chosen). */
  timeZone: string;
  counts: Record<Collection, CollectionPreview>;
  samples: PreviewSample[];
  warnings: ImportIssue[];
  unmapped: Unmapped[];
  /** Rows that cannot be read: line, column and reason. */
  rejected: ImportIssue[];
  /** Date-only sources: the rules offered, the one applied, and whether the person confirmed it. */
  recordedDays?: {
    options: {
      rule: RecordedDayRule;
      days: number;
      first?: string;
      last?: string;
      meaning: string;
    }[];
    rule: RecordedDayRule;
    confirmed: boolean;
  };
  /** Decisions still open: while any is, nothing can be written. */
  decisions: string[];
}

/** JSON with sorted keys and without undefined: equal records give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const hm = (instant: string, tz: string) =>
  String(localCell(instant, tz)).slice(0, 16).replace('T', ' ');

/** One record in plain words, for previews; every instant in the person's zone. */
export function describeRecord(c: Collection, r: Record<string, unknown>, diary: Diary): string {
  const tz = diary.person.timeZone;
  const s = (k: string) => (r[k] === undefined || r[k] === null ? '' : String(r[k]));
  switch (c) {
    case 'attacks': {
      const end = typeof r.end === 'string' ? ` → ${hm(r.end, tz)}` : ' (ongoing)';
      return `attack ${hm(s('start'), tz)}${end}${r.peakPain === undefined ? '' : `, peak pain ${s('peakPain')}`}`;
    }
    case 'days': {
      const fields = Object.keys(r).filter((k) => k !== 'date');
      const text = `check-in ${s('date')}${fields.length ? `: ${fields.map((k) => `${k} ${s(k)}`).join(', ')}` : ''}`;
      return text.length > 100 ? `${text.slice(0, 99)}…` : text;
    }
    case 'medications':
      return `medication ${s('name')} (${s('class')})`;
    case 'intakes': {
      const med = diary.medications.find((m) => m.id === r.medicationId);
      return `intake ${hm(s('at'), tz)} ${med?.name ?? s('medicationId')}${r.dose ? ` ${s('dose')}` : ''}`;
    }
    case 'therapies':
      return `therapy ${s('name')} (${s('kind')}) from ${s('start')}`;
    case 'sessions':
      return `session ${hm(s('at'), tz)}${r.durationMinutes ? `, ${s('durationMinutes')} min` : ''}`;
    case 'questionnaires':
      return `${s('instrument')} ${s('date')}: ${(r.answers as number[]).join(', ')}`;
  }
}

const keyOf = (c: Collection, r: Record<string, unknown>) => String(c === 'days' ? r.date : r.id);

/** What a preview needs to know about the source of an import. */
export interface PreviewSource {
  format: string;
  source: string;
  /** How many leading records of each collection of the document come from the source. */
  imported: Record<Collection, number>;
  /** Where the `index`-th record of a collection came from. */
  originOf(collection: Collection, index: number): Origin | undefined;
  warnings: ImportIssue[];
  unmapped: Unmapped[];
  rejected: ImportIssue[];
  recordedDays?: ImportPreview['recordedDays'];
  decisions: string[];
}

/**
 * The preview of a validated import: `parsed` is the import document after validation, whose
 * first `source.imported[c]` records of each collection come from the source.
 */
export function importPreview(
  current: Diary,
  parsed: Diary,
  source: PreviewSource,
  mode: ImportMode,
): ImportPreview {
  const counts = {} as Record<Collection, CollectionPreview>;
  const samples: PreviewSample[] = [];
  for (const c of COLLECTIONS) {
    const stored = new Map(
      (current[c] as unknown as Record<string, unknown>[]).map((r) => [keyOf(c, r), stableJson(r)]),
    );
    const records = (parsed[c] as unknown as Record<string, unknown>[]).slice(
      0,
      source.imported[c],
    );
    const count: CollectionPreview = {
      inFile: records.length,
      new: 0,
      changed: 0,
      unchanged: 0,
      removed: 0,
    };
    const keys = new Set<string>();
    records.forEach((r, i) => {
      const key = keyOf(c, r);
      keys.add(key);
      const before = stored.get(key);
      const status =
        before === undefined ? 'new' : before === stableJson(r) ? 'unchanged' : 'changed';
      count[status] += 1;
      const origin = source.originOf(c, i);
      if (status !== 'unchanged' && samples.filter((x) => x.collection === c).length < 3) {
        samples.push({
          collection: c,
          source: origin ? `${origin.file}:${origin.line}` : '',
          text: describeRecord(c, r, parsed),
          status,
        });
      }
    });
    if (mode === 'replace') count.removed = [...stored.keys()].filter((k) => !keys.has(k)).length;
    counts[c] = count;
  }
  return {
    format: source.format,
    source: source.source,
    mode,
    person: stableJson(current.person) === stableJson(parsed.person) ? 'unchanged' : 'replaced',
    counts,
    timeZone: parsed.person.timeZone,
    samples,
    warnings: source.warnings,
    unmapped: source.unmapped,
    rejected: source.rejected,
    ...(source.recordedDays ? { recordedDays: source.recordedDays } : {}),
    decisions: source.decisions,
  };
}
