/**
 * File handling of `stillpoint export --format …` and `stillpoint import FILE`: where export
 * bytes go (a file, a folder of CSV tables, stdout), which files an import reads (a file, a ZIP,
 * or every CSV in a folder), and the import preview printed before anything is written.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { extname, join } from 'node:path';
import { AppError } from '../../domain/errors.ts';
import type { ExportFormat } from '../../domain/interop/formats.ts';
import type { ImportPreview } from '../../domain/interop/import/preview.ts';
import type { ImportFormat } from '../../domain/interop/import/types.ts';
import { unzip } from '../../server/export/zip.ts';
import { looksLikeAppleXml } from '../../server/import/apple-health-stream.ts';
import { csvTooLarge, type ImportFile, MAX_CSV_IMPORT_BYTES } from '../../server/import/files.ts';
import type { Runtime } from '../../server/runtime.ts';
import type { ExportQuery } from '../../server/services/interop.service.ts';
import { writeFileAtomic } from '../io.ts';

export interface ExportOptions extends ExportQuery {
  format: ExportFormat;
  out?: string;
}

/** Writes an export to `--out` (a folder of tables for CSV without `.zip`) or stdout. */
export async function writeExport(rt: Runtime, o: ExportOptions): Promise<string | undefined> {
  const query: ExportQuery = { from: o.from, to: o.to, table: o.table };
  const file = await rt.services.interop.export(rt.actor, o.format, query);
  if (o.format === 'csv' && !o.table && o.out && extname(o.out).toLowerCase() !== '.zip') {
    mkdirSync(o.out, { recursive: true });
    const tables = unzip(file.body as Uint8Array, Number.MAX_SAFE_INTEGER);
    for (const t of tables) writeFileAtomic(join(o.out, t.name), t.data);
    return `exported ${tables.length} CSV tables to ${o.out}`;
  }
  if (o.out) {
    writeFileAtomic(o.out, file.body);
    return `exported ${o.format} to ${o.out}`;
  }
  if (typeof file.body !== 'string' && process.stdout.isTTY) {
    throw new AppError('invalid', `${o.format} is a binary file: give --out FILE`, '--out');
  }
  process.stdout.write(file.body);
  return undefined;
}

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('not_found', `cannot read ${path}: ${code ?? String(error)}`, 'FILE');
  }
}

/**
 * The files of an import: every `.csv` in a folder, or one file. A CSV file larger than the
 * import cap is refused before it is read; Stillpoint JSON has no cap on the command line.
 */
export function readImportFiles(path: string, format: ImportFormat | undefined): ImportFile[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (error) {
    throw new AppError(
      'not_found',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code}`,
      'FILE',
    );
  }
  if (stat.isDirectory()) {
    const names = readdirSync(path)
      .filter((n) => /\.csv$/i.test(n))
      .sort();
    if (names.length === 0) throw new AppError('invalid', `${path} holds no .csv files`, 'FILE');
    const total = names.reduce((n, name) => n + statSync(join(path, name)).size, 0);
    if (total > MAX_CSV_IMPORT_BYTES) throw csvTooLarge(`the CSV files in ${path}`, total);
    return names.map((name) => ({ name, bytes: readBytes(join(path, name)) }));
  }
  if (format === 'apple-health' || (format === undefined && isAppleHealthFile(path))) {
    return [{ name: path, bytes: new Uint8Array(0), path }];
  }
  const json = format === 'json' || (format === undefined && /\.json$/i.test(path));
  if (!json && stat.size > MAX_CSV_IMPORT_BYTES) throw csvTooLarge(path, stat.size);
  return [{ name: path, bytes: readBytes(path) }];
}

/**
 * An Apple Health export named as the Health app names it (`export.zip`, `export.xml`), or any
 * .xml / .zip whose start shows it is one: streamed from the file, never read whole.
 */
function isAppleHealthFile(path: string): boolean {
  if (!/\.(xml|zip)$/i.test(path)) return false;
  if (/(^|[\\/])export\.(xml|zip)$/i.test(path)) return true;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return /\.xml$/i.test(path) && looksLikeAppleXml(head.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

const pad = (n: number, w = 6) => String(n).padStart(w);

/** The preview and validation report, as lines for a terminal. */
export function renderPreview(p: ImportPreview): string[] {
  const out = [
    `import preview: ${p.source} (format ${p.format}, mode ${p.mode})`,
    `  times shown in ${p.timeZone}`,
  ];
  if (p.person === 'replaced') out.push('  person profile: replaced by the one in the file');
  for (const [name, c] of Object.entries(p.counts)) {
    if (c.inFile === 0 && c.removed === 0) continue;
    const removed = c.removed > 0 ? `, ${pad(c.removed)} removed` : '';
    out.push(
      `  ${name.padEnd(15)}${pad(c.inFile, 7)} in file: ${pad(c.new)} new, ${pad(c.changed)} changed, ${pad(c.unchanged)} unchanged${removed}`,
    );
  }
  if (p.samples.length > 0) out.push('  first records:');
  for (const s of p.samples) out.push(`    ${s.status.padEnd(8)}${s.text}  (${s.source})`);
  if (p.rejected.length > 0) out.push(`  rows that cannot be read (${p.rejected.length}):`);
  for (const r of p.rejected.slice(0, 200)) {
    out.push(`    line ${r.line ?? '?'}${r.column ? ` (${r.column})` : ''}: ${r.message}`);
  }
  if (p.rejected.length > 200) out.push(`    … and ${p.rejected.length - 200} more`);
  if (p.recordedDays) {
    const r = p.recordedDays;
    out.push(`  recorded days (${r.confirmed ? 'confirmed' : 'not confirmed yet'}):`);
    for (const o of r.options) {
      const mark = o.rule === r.rule ? (r.confirmed ? '*' : '?') : ' ';
      const range = o.first ? ` (${o.first} – ${o.last})` : '';
      out.push(`   ${mark} ${o.rule.padEnd(14)}${pad(o.days)} days${range}: ${o.meaning}`);
    }
  }
  if (p.warnings.length > 0) out.push(`  warnings (${p.warnings.length}):`);
  for (const w of p.warnings.slice(0, 20)) {
    out.push(
      `    ${[w.file, w.line ? `line ${w.line}` : ''].filter(Boolean).join(' ')}: ${w.message}`,
    );
  }
  if (p.unmapped.length > 0) out.push('  not imported (no matching diary field):');
  for (const u of p.unmapped) {
    const more = u.rows > u.lines.length ? ', …' : '';
    out.push(
      `    ${u.kind} "${u.name}": ${u.rows} row${u.rows === 1 ? '' : 's'} (lines ${u.lines.join(', ')}${more})`,
    );
  }
  out.push('  validation: no problems found');
  for (const d of p.decisions) out.push(`  to decide: ${d}`);
  return out;
}
