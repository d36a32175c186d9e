/**
 * Streams an Apple Health export into `AppleHealthReader`: `export.zip` (its
 * `apple_health_export/export.xml` entry, inflated as it is read; ZIP64 archives too) or a bare
 * `export.xml`, from a file path or from uploaded bytes. The XML is parsed by saxes chunk by chunk
 * (the DOCTYPE prolog, entities and `MetadataEntry` children of real exports included), so memory
 * stays bounded: nothing but the mapped records and a count per other type is kept.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { AppError } from '../../domain/errors.ts';
import { APPLE_MAPPED_TYPES, AppleHealthReader } from '../../domain/interop/import/apple-health.ts';
import type { ImportDraft } from '../../domain/interop/import/types.ts';

/** Where the export is: a path (the command line: no size limit) or bytes (an upload). */
export type AppleSource = { name: string; path: string } | { name: string; bytes: Uint8Array };

const isZipName = (name: string) => /\.zip$/i.test(name);

/** Top-level elements besides `Record` that are counted and reported, never imported. */
const OTHER_ELEMENTS: ReadonlySet<string> = new Set([
  'Workout',
  'ActivitySummary',
  'Correlation',
  'ClinicalRecord',
  'Audiogram',
  'VisionPrescription',
]);

/** True when bytes (the first few KB of a file) look like Apple Health's export.xml. */
export function looksLikeAppleXml(head: Uint8Array): boolean {
  const text = new TextDecoder().decode(head.subarray(0, 65536));
  return /<HealthData[\s>]/.test(text) || /HealthKit Export Version/.test(text);
}

/** True when a ZIP archive's central directory names Apple Health's `export.xml`. */
export function zipHoldsAppleExport(bytes: Uint8Array): boolean {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf
    .subarray(Math.max(0, buf.length - 1_048_576))
    .includes('apple_health_export/export.xml');
}

function openZip(source: AppleSource): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) =>
      error || !zip ? reject(error) : resolve(zip);
    if ('path' in source) yauzl.open(source.path, { lazyEntries: true, autoClose: true }, done);
    else yauzl.fromBuffer(Buffer.from(source.bytes), { lazyEntries: true }, done);
  });
}

/** The export.xml entry of an export.zip, as a stream. */
async function xmlInZip(source: AppleSource): Promise<Readable> {
  const zip = await openZip(source);
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (/(^|\/)export\.xml$/.test(entry.fileName)) {
        zip.openReadStream(entry, (error, stream) =>
          error || !stream ? reject(error) : resolve(stream),
        );
      } else zip.readEntry();
    });
    zip.on('end', () =>
      reject(
        new AppError('invalid', `${source.name}: holds no apple_health_export/export.xml`, 'FILE'),
      ),
    );
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function xmlStream(source: AppleSource): Promise<Readable> {
  if (isZipName(source.name)) return xmlInZip(source);
  return 'path' in source
    ? createReadStream(source.path)
    : Readable.from([Buffer.from(source.bytes)]);
}

/**
 * Reads an Apple Health export into a draft. `onProgress` is called with the records read so
 * far (about every 100,000).
 */
export async function readAppleHealth(
  source: AppleSource,
  timeZone: string,
  onProgress?: (records: number) => void,
): Promise<ImportDraft> {
  const reader = new AppleHealthReader(source.name.split(/[\\/]/).pop() ?? source.name, timeZone);
  const parser = new SaxesParser({ xmlns: false });
  let open:
    | { attributes: Record<string, string>; metadata: Record<string, string>; line: number }
    | undefined;
  let sawRoot = false;
  parser.on('opentag', (tag) => {
    if (open && tag.name !== 'MetadataEntry') close();
    if (tag.name === 'Record') {
      const attributes = tag.attributes as Record<string, string>;
      const type = attributes.type ?? '';
      if (APPLE_MAPPED_TYPES.has(type)) {
        open = { attributes, metadata: {}, line: parser.line };
        if (tag.isSelfClosing) close();
      } else {
        reader.skip(type, parser.line);
        if (onProgress && reader.records % 100_000 === 0) onProgress(reader.records);
      }
    } else if (tag.name === 'MetadataEntry' && open) {
      // children of the open Record (its close comes after them)
      const { key, value } = tag.attributes as Record<string, string>;
      if (key !== undefined && value !== undefined) open.metadata[key] = value;
    } else if (tag.name === 'HealthData') sawRoot = true;
    else if (OTHER_ELEMENTS.has(tag.name)) reader.skip(tag.name, parser.line);
  });
  // No closetag listener (it would run for every element of the file): an open mapped Record
  // ends where the next element that is not one of its MetadataEntry children begins, or at the
  // end of the file.
  const close = () => {
    if (open) reader.add(open);
    open = undefined;
  };
  const stream = await xmlStream(source);
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) parser.write(chunk as string);
    parser.close();
    close();
  } catch (error) {
    throw new AppError(
      'invalid',
      `${source.name}: is not a readable Apple Health export (${(error as Error).message}); nothing was changed`,
      'FILE',
    );
  }
  if (!sawRoot)
    throw new AppError('invalid', `${source.name}: has no <HealthData> element`, 'FILE');
  return reader.finish();
}
