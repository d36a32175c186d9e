/**
 * Bytes of an imported file → text, refusing what would import wrongly: UTF-16 or UTF-32 files
 * (a BOM, or NUL bytes in the first kilobytes), and bytes that are not UTF-8 (typically Latin-1
 * or Windows-1252 exports from older spreadsheets), naming the line of the first bad byte and
 * how to fix it. A UTF-8 BOM is removed.
 */
import { AppError } from '../../domain/errors.ts';

const refuse = (file: string, message: string) =>
  new AppError('invalid', `${file}: ${message}`, file);

/** Line (1-based) of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** First offset where the bytes stop being well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Decodes an imported file as UTF-8 text (see the module comment for what is refused). */
export function decodeText(file: string, bytes: Uint8Array): string {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw refuse(
      file,
      'is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 (in Excel: "CSV UTF-8") and import it again',
    );
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    throw refuse(
      file,
      'contains NUL bytes: it is UTF-16/UTF-32 text or not a text file; save it as UTF-8 and import it again',
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? text.replace(/^\uFEFF/, '') : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw refuse(
      file,
      `is not UTF-8: byte 0x${hex} on line ${lineAt(bytes, at)} (offset ${at}) looks like Latin-1 or Windows-1252; save the file as UTF-8 and import it again`,
    );
  }
}
