/**
 * Prepares an import without writing anything: reads the files, maps them to diary records,
 * builds the one document the diary service will import, validates it whole and turns every
 * problem into a report line with its file and line number. The result is a preview plus the
 * document; committing it is `DiaryService.import` (one transaction, all or nothing).
 */
import type { z } from 'zod';
import { type Diary, diarySchema } from '../../domain/diary/diary.schema.ts';
import { isKnownTimeZone } from '../../domain/diary/primitives.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import {
  detectTextFormat,
  type ImportContext,
  importCsv,
  importText,
} from '../../domain/interop/import/detect.ts';
import { type ImportMode, mergeDraft } from '../../domain/interop/import/merge.ts';
import { type ImportPreview, importPreview } from '../../domain/interop/import/preview.ts';
import type { ImportDraft } from '../../domain/interop/import/types.ts';
import {
  COLLECTIONS,
  type Collection,
  type ImportFormat,
  type ImportIssue,
  type RecordedDayRule,
} from '../../domain/interop/import/types.ts';
import { invalidInput, safeParse } from '../../domain/validation.ts';
import { isZip } from '../export/zip.ts';
import { looksLikeAppleXml, readAppleHealth, zipHoldsAppleExport } from './apple-health-stream.ts';
import { readCsv } from './csv-read.ts';
import { type ImportFile, importTexts, type TextFile } from './files.ts';
import { jsonLines, pathKey, positionOf } from './json-lines.ts';

export interface ImportRequest {
  format?: ImportFormat | undefined;
  mode: ImportMode;
  /** Zone for local wall-clock times of other apps (default: the person's zone). */
  timeZone?: string | undefined;
  /** Make `timeZone` the person's zone, in the same transaction as the import. */
  setZone?: boolean | undefined;
  person?: string | undefined;
  dayZero?: string | undefined;
  /**
   * Rows that cannot be read: `rest` imports every other row, `nothing` imports nothing.
   * Undecided (the default) writes nothing while there are such rows.
   */
  unreadable?: 'rest' | 'nothing' | undefined;
  /** Date-only sources: which days count as recorded diary days. Undecided writes nothing. */
  recordedDays?: RecordedDayRule | undefined;
}

/** A validated import, ready to commit once `preview.decisions` is empty. */
export interface PreparedImport {
  document: Record<string, unknown>;
  preview: ImportPreview;
  mode: ImportMode;
}

/** CSV column of a diary field in Stillpoint's tables (`peakPain` → `peak_pain`). */
function columnOf(field: PropertyKey | undefined): string | undefined {
  if (typeof field !== 'string') return undefined;
  const special: Record<string, string> = {
    start: 'start_utc',
    end: 'end_utc',
    at: 'at_utc',
    timeZone: 'tz',
    date: 'date_local',
  };
  return special[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const issuePaths = (error: z.ZodError) =>
  error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: [...i.path, k], message: `unknown field "${k}"` }))
      : [{ path: i.path, message: i.message }],
  );

const located = (issues: ImportIssue[]): FieldIssue[] =>
  issues.map((i) => ({
    field:
      [i.file, i.line ? `line ${i.line}` : '', i.column ? `(${i.column})` : '']
        .filter((p) => p)
        .join(' ') || '(file)',
    message: i.message,
  }));

function refuse(issues: FieldIssue[]): never {
  const error = invalidInput(issues);
  throw new AppError(
    'invalid',
    `${error.message}; nothing was changed`,
    error.field,
    error.issues.length > 0 ? error.issues : issues,
  );
}

function prepareJson(current: Diary, file: TextFile, mode: ImportMode): PreparedImport {
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(file.text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    const where =
      offset === undefined
        ? ''
        : (({ line, column }) => ` (line ${line}, column ${column})`)(
            positionOf(file.text, Number(offset)),
          );
    throw new AppError(
      'invalid',
      `${file.name} is not valid JSON: ${(error as Error).message}${where}`,
      'FILE',
    );
  }
  const result = safeParse(diarySchema, document);
  if (!result.success) {
    const issues = issuePaths(result.error);
    const lines = jsonLines(
      file.text,
      issues.slice(0, 200).map((i) => i.path),
    );
    refuse(
      issues.map(({ path, message }) => {
        const line = lines.get(pathKey(path));
        return {
          field: pathKey(path) || '(body)',
          message: line === undefined ? message : `${message} (line ${line})`,
        };
      }),
    );
  }
  const imported = Object.fromEntries(COLLECTIONS.map((c) => [c, result.data[c].length])) as Record<
    Collection,
    number
  >;
  const wanted = COLLECTIONS.flatMap((c) => [0, 1, 2].map((i) => [c, i]));
  const lines = jsonLines(file.text, wanted);
  const preview = importPreview(
    current,
    result.data,
    {
      format: 'json',
      source: `Stillpoint diary ${file.name}`,
      imported,
      originOf: (c, i) => ({ file: file.name, line: lines.get(pathKey([c, i])) ?? 1 }),
      warnings: [],
      unmapped: [],
      rejected: [],
      decisions: [],
    },
    mode,
  );
  return { document, preview, mode };
}

function prepareText(current: Diary, files: TextFile[], request: ImportRequest): PreparedImport {
  const ctx: ImportContext = {
    timeZone: request.timeZone ?? current.person.timeZone,
    medications: current.medications,
    person: request.person,
    dayZero: request.dayZero,
  };
  const [only] = files;
  const textFormat =
    only && files.length === 1 ? detectTextFormat(only.text, request.format) : undefined;
  if (only && textFormat) return prepareDraft(current, importText(only, textFormat, ctx), request);
  const tables = files.map((f) => readCsv(f.name, f.text));
  const draft = importCsv(tables, request.format ?? 'csv', ctx);
  return prepareDraft(current, draft, request);
}

/** Decisions, validation and preview of an importer's draft (every format but Stillpoint JSON). */
export function prepareDraft(
  current: Diary,
  draft: ImportDraft,
  request: ImportRequest,
): PreparedImport {
  if (draft.errors.length > 0) refuse(located(draft.errors));
  const decisions = decide(draft, request);
  const merged = mergeDraft(current, draft, request.mode);
  if (request.setZone && request.timeZone) {
    merged.document.person = { ...(merged.document.person as object), timeZone: request.timeZone };
  }
  const result = safeParse(diarySchema, merged.document);
  if (!result.success) {
    refuse(
      located(
        issuePaths(result.error).map(({ path, message }) => {
          const origin = merged.locate(path);
          if (!origin) return { message: `${pathKey(path)} (a stored record): ${message}` };
          const nested = path[2] === 'readings' || path[2] === 'aura';
          const name = nested ? path[4] : path[2];
          const field =
            draft.format === 'stillpoint-csv'
              ? columnOf(name)
              : typeof name === 'string'
                ? name
                : undefined;
          return { ...origin, column: field, message };
        }),
      ),
    );
  }
  const preview = importPreview(
    current,
    result.data,
    {
      format: draft.format,
      source: draft.source,
      imported: merged.imported,
      originOf: (c, i) => draft.records[c][i]?.origin,
      warnings: draft.warnings,
      unmapped: draft.unmapped,
      rejected: [...draft.rejected].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      recordedDays: decisions.recordedDays,
      decisions: decisions.open,
    },
    request.mode,
  );
  return { document: merged.document, preview, mode: request.mode };
}

/**
 * Applies the person's decisions to a draft and lists those still open: unreadable rows (import
 * the rest, or nothing) and, for date-only sources, which days count as recorded (the suggested
 * rule is applied for the preview, but nothing is written until the person confirms one).
 */
function decide(draft: ImportDraft, request: ImportRequest) {
  const open: string[] = [];
  if (draft.rejected.length > 0) {
    if (request.unreadable === 'nothing') {
      throw new AppError(
        'invalid',
        `${draft.rejected.length} row(s) cannot be read and you chose to import nothing; nothing was changed`,
        'unreadable',
        located(draft.rejected),
      );
    }
    if (request.unreadable !== 'rest') {
      open.push(
        `${draft.rejected.length} row(s) cannot be read (listed above): import the rest (--unreadable rest) or nothing (--unreadable nothing)`,
      );
    }
  }
  const proposal = draft.recordedDays;
  let recordedDays: ImportPreview['recordedDays'];
  if (proposal) {
    const allowed = proposal.options.map((o) => o.rule);
    if (request.recordedDays !== undefined && !allowed.includes(request.recordedDays)) {
      throw new AppError(
        'invalid',
        `recorded days "${request.recordedDays}" does not apply to ${draft.source}; choose ${allowed.join(' or ')}`,
        'recordedDays',
      );
    }
    const rule = request.recordedDays ?? (allowed[0] as RecordedDayRule);
    proposal.apply(rule);
    recordedDays = {
      options: proposal.options,
      rule,
      confirmed: request.recordedDays !== undefined,
    };
    if (request.recordedDays === undefined) {
      open.push(
        `${draft.source} gives days, not a full diary: confirm which days count as recorded (--recorded-days ${allowed.join(' | ')})`,
      );
    }
  }
  return { open, recordedDays };
}

/** True when the import is an Apple Health export (streamed by `prepareStreamedImport`). */
export function isAppleHealthImport(
  files: readonly ImportFile[],
  format: ImportFormat | undefined,
): boolean {
  const [only] = files;
  if (!only || files.length !== 1) return false;
  if (format === 'apple-health') return true;
  if (format !== undefined) return false;
  if (only.path) return true;
  if (isZip(only.bytes)) return zipHoldsAppleExport(only.bytes);
  return looksLikeAppleXml(only.bytes);
}

/** Prepares an Apple Health import, streaming the export (bounded memory, any size). */
export async function prepareStreamedImport(
  current: Diary,
  file: ImportFile,
  request: ImportRequest,
): Promise<PreparedImport> {
  if (request.timeZone !== undefined && !isKnownTimeZone(request.timeZone)) {
    throw new AppError(
      'invalid',
      `"${request.timeZone}" is not an IANA zone such as Europe/Berlin`,
      'timeZone',
    );
  }
  const source = file.path
    ? { name: file.name, path: file.path }
    : { name: file.name, bytes: file.bytes };
  const draft = await readAppleHealth(source, request.timeZone ?? current.person.timeZone);
  return prepareDraft(current, draft, request);
}

/** Reads and validates an import against the current diary; throws a located report if bad. */
export function prepareImport(
  current: Diary,
  files: readonly ImportFile[],
  request: ImportRequest,
): PreparedImport {
  if (request.timeZone !== undefined && !isKnownTimeZone(request.timeZone)) {
    const zone = request.timeZone;
    throw new AppError(
      'invalid',
      `"${zone}" is not an IANA zone such as Europe/Berlin`,
      'timeZone',
    );
  }
  const texts = importTexts(files, request.format);
  if (texts.kind === 'json') return prepareJson(current, texts.file, request.mode);
  return prepareText(current, texts.files, request);
}
