/**
 * The files of an import, as text: ZIP archives are unpacked, sizes are checked before anything
 * is parsed (CSV imports are capped at `MAX_CSV_IMPORT_BYTES`; Stillpoint JSON has no cap on the
 * command line, the API caps every body), and every file is decoded as UTF-8 or refused with a
 * clear message.
 */
import { AppError } from '../../domain/errors.ts';
import type { ImportFormat } from '../../domain/interop/import/types.ts';
import { isZip, unzip } from '../export/zip.ts';
import { decodeText } from './decode.ts';

/**
 * One uploaded or named file. `path` is set (and `bytes` empty) for a file the command line
 * streams instead of reading whole (an Apple Health export of hundreds of megabytes).
 */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  path?: string;
}

/** Largest CSV import (all files together), in bytes. */
export const MAX_CSV_IMPORT_BYTES = 64 * 1024 * 1024;

export interface TextFile {
  name: string;
  text: string;
}

/** The import's files sorted by kind: one JSON document, or CSV files. */
export type ImportTexts = { kind: 'json'; file: TextFile } | { kind: 'csv'; files: TextFile[] };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a CSV import over `MAX_CSV_IMPORT_BYTES` (checked before reading it, too). */
export function csvTooLarge(what: string, bytes: number): AppError {
  return new AppError(
    'too_large',
    `${what}: ${mb(bytes)} is too large; a CSV import may be at most ${mb(MAX_CSV_IMPORT_BYTES)}. ` +
      'Split it into smaller files (by year, say) and import them one after another. Nothing was changed.',
  );
}

const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

function unpack(files: readonly ImportFile[]): ImportFile[] {
  return files.flatMap((f) =>
    isZip(f.bytes)
      ? unzip(f.bytes, MAX_CSV_IMPORT_BYTES)
          .filter((e) => !e.name.startsWith('__MACOSX/') && !baseName(e.name).startsWith('.'))
          .map((e) => ({ name: baseName(e.name), bytes: e.data }))
      : [f],
  );
}

function looksLikeJson(file: ImportFile): boolean {
  if (/\.json$/i.test(file.name)) return true;
  for (const b of file.bytes.subarray(0, 64)) {
    if (b === 0x7b) return true; // '{'
    if (
      b !== 0x20 &&
      b !== 0x0a &&
      b !== 0x0d &&
      b !== 0x09 &&
      b !== 0xef &&
      b !== 0xbb &&
      b !== 0xbf
    )
      return false;
  }
  return false;
}

/** Unpacks, classifies, size-checks and decodes the files of an import. */
export function importTexts(
  files: readonly ImportFile[],
  format: ImportFormat | undefined,
): ImportTexts {
  const all = unpack(files);
  if (all.length === 0) throw new AppError('invalid', 'no file to import');
  const json =
    format === 'json' ||
    (format === undefined && all.length === 1 && all[0] && looksLikeJson(all[0]));
  if (json) {
    const [file, ...more] = all;
    if (!file || more.length > 0)
      throw new AppError('invalid', 'a Stillpoint JSON import is one file');
    return { kind: 'json', file: { name: file.name, text: decodeText(file.name, file.bytes) } };
  }
  const total = all.reduce((n, f) => n + f.bytes.length, 0);
  if (total > MAX_CSV_IMPORT_BYTES) {
    throw csvTooLarge(
      all.length === 1 ? (all[0]?.name ?? 'the file') : 'the files together',
      total,
    );
  }
  return {
    kind: 'csv',
    files: all.map((f) => ({ name: f.name, text: decodeText(f.name, f.bytes) })),
  };
}
