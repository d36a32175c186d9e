import { z } from 'zod';
import { type Actor, assertCan } from '../../domain/access.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import { personToday } from '../../domain/calendar/local-day.ts';
import type { Clock } from '../../domain/clock.ts';
import { localDate } from '../../domain/diary/primitives.ts';
import { AppError } from '../../domain/errors.ts';
import { TABLE_NAMES, type TABLES, tableFile } from '../../domain/interop/csv/tables.ts';
import { diaryToFhirBundle } from '../../domain/interop/fhir/bundle.ts';
import type { ExportFormat } from '../../domain/interop/formats.ts';
import { sessionPlans } from '../../domain/interop/ical/session-plan.ts';
import { sliceDiary } from '../../domain/interop/slice.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { diaryCsvFiles, diaryCsvZip } from '../export/csv.ts';
import { sessionsCalendar } from '../export/ics.ts';
import type { ImportFile } from '../import/files.ts';
import {
  type ImportRequest,
  isAppleHealthImport,
  type PreparedImport,
  prepareImport,
  prepareStreamedImport,
} from '../import/prepare.ts';
import type { DiaryService, ImportReport, Progress } from './diary.service.ts';

/** `?from=&to=` (local days, both optional) and, for CSV, one `table` instead of the archive. */
export const exportQuerySchema = z.strictObject({
  from: localDate.optional(),
  to: localDate.optional(),
  table: z.enum(TABLE_NAMES as [keyof typeof TABLES, ...(keyof typeof TABLES)[]]).optional(),
});
export type ExportQuery = z.input<typeof exportQuerySchema>;

/** A finished export: the bytes or text, its media type and a file name for downloads. */
export interface ExportFile {
  body: Uint8Array | string;
  contentType: string;
  filename: string;
}

/** Days a report covers when no `from` is given (six months). */
export const DEFAULT_REPORT_DAYS = 182;

/**
 * Exports (JSON, CSV, FHIR R4, iCalendar, doctor PDF) and imports (Stillpoint JSON and CSV,
 * Bearable, generic attack lists, daily yes/no diaries) of the whole diary. Every import is
 * prepared first — read, mapped, validated whole, previewed — and only then committed through
 * `DiaryService.import`, in one transaction (all or nothing).
 */
export class InteropService {
  private readonly diary: DiaryService;
  private readonly clock: Clock;

  constructor(diary: DiaryService, clock: Clock) {
    this.diary = diary;
    this.clock = clock;
  }

  async export(actor: Actor, format: ExportFormat, query: ExportQuery = {}): Promise<ExportFile> {
    const q = parseOrThrow(exportQuerySchema, query);
    if (q.from && q.to && q.from > q.to)
      throw new AppError('invalid', 'from must not be after to', 'from');
    const diary = await this.diary.export(actor);
    const nowMs = this.clock.nowMs();
    const now = isoSeconds(nowMs);
    const stamp = now.slice(0, 10).replace(/-/g, '');
    const period = { from: q.from, to: q.to };
    switch (format) {
      case 'json':
        return {
          body: `${JSON.stringify(sliceDiary(diary, period), null, 2)}\n`,
          contentType: 'application/json; charset=utf-8',
          filename: `stillpoint-${stamp}.diary.json`,
        };
      case 'csv': {
        const sliced = sliceDiary(diary, period);
        if (q.table) {
          const file = diaryCsvFiles(sliced).find(
            (f) => f.name === tableFile(q.table as keyof typeof TABLES),
          );
          return {
            body: file?.text ?? '',
            contentType: 'text/csv; charset=utf-8',
            filename: tableFile(q.table),
          };
        }
        return {
          body: diaryCsvZip(sliced, nowMs),
          contentType: 'application/zip',
          filename: `stillpoint-csv-${stamp}.zip`,
        };
      }
      case 'fhir':
        return {
          body: `${JSON.stringify(diaryToFhirBundle(sliceDiary(diary, period), { now }), null, 2)}\n`,
          contentType: 'application/fhir+json; charset=utf-8',
          filename: `stillpoint-fhir-${stamp}.json`,
        };
      case 'ics':
        return {
          body: sessionsCalendar(sessionPlans(diary, now, q.to), nowMs),
          contentType: 'text/calendar; charset=utf-8',
          filename: 'stillpoint-sessions.ics',
        };
      case 'pdf': {
        const to = q.to ?? personToday(diary.person, now);
        const from = q.from ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
        if (from > to) throw new AppError('invalid', 'from must not be after to', 'from');
        // Loaded on demand: pdfkit, linkedom and Plot take seconds to load on a slow machine.
        const { doctorReport } = await import('../export/pdf/report.ts');
        return {
          body: await doctorReport(diary, { from, to, now }),
          contentType: 'application/pdf',
          filename: `stillpoint-report-${from}-${to}.pdf`,
        };
      }
    }
  }

  /** Reads, maps and validates an import against the stored diary; writes nothing. */
  async prepareImport(
    actor: Actor,
    files: readonly ImportFile[],
    request: ImportRequest,
  ): Promise<PreparedImport> {
    const current = await this.diary.export(actor);
    const [only] = files;
    if (only && isAppleHealthImport(files, request.format)) {
      return prepareStreamedImport(current, only, request);
    }
    return prepareImport(current, files, request);
  }

  /** Writes a prepared import in one transaction (all or nothing). */
  async commitImport(
    actor: Actor,
    prepared: PreparedImport,
    progress?: Progress,
  ): Promise<ImportReport> {
    assertCan(actor, 'write', actor.ownerId);
    const open = prepared.preview.decisions;
    if (open.length > 0) {
      throw new AppError(
        'invalid',
        `decide first; nothing was changed: ${open.join('; ')}`,
        'decisions',
        open.map((message) => ({ field: 'decision', message })),
      );
    }
    return this.diary.import(
      actor,
      prepared.document,
      { mode: prepared.mode, dryRun: false },
      progress,
    );
  }

  /** Prepare and, unless `dryRun`, commit: the preview plus what was written (null on a dry run). */
  async import(
    actor: Actor,
    files: readonly ImportFile[],
    request: ImportRequest & { dryRun: boolean },
  ) {
    const prepared = await this.prepareImport(actor, files, request);
    const report = request.dryRun ? null : await this.commitImport(actor, prepared);
    return { preview: prepared.preview, report };
  }
}
