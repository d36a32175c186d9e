import { join } from 'node:path';
import { Command, Option } from 'commander';
import { AppError } from '../../domain/errors.ts';
import { TABLE_NAMES } from '../../domain/interop/csv/tables.ts';
import { EXPORT_FORMATS } from '../../domain/interop/formats.ts';
import {
  IMPORT_FORMATS,
  type ImportFormat,
  RECORDED_DAY_RULES,
  type RecordedDayRule,
} from '../../domain/interop/import/types.ts';
import { dataFolder } from '../../server/config.ts';
import type { Runtime } from '../../server/runtime.ts';
import type { ImportReport } from '../../server/services/diary.service.ts';
import { print, progressReporter, readJsonFile, writeFileAtomic } from '../io.ts';
import { withRuntime, withStorage } from '../runtime-options.ts';
import { type ExportOptions, readImportFiles, renderPreview, writeExport } from './interop-io.ts';

type StorageOpts = { data?: string; database?: string };

/** Exports the diary to `out` (atomically) or stdout; returns the record count. */
async function exportTo(rt: Runtime, out: string | undefined): Promise<number> {
  const progress = progressReporter('exporting collections');
  const diary = await rt.services.diary.export(rt.actor, progress);
  progress.finish();
  const text = `${JSON.stringify(diary, null, 2)}\n`;
  if (out) writeFileAtomic(out, text);
  else process.stdout.write(text);
  return (
    diary.days.length +
    diary.attacks.length +
    diary.medications.length +
    diary.intakes.length +
    diary.therapies.length +
    diary.sessions.length +
    diary.questionnaires.length
  );
}

function printReport(report: ImportReport): void {
  const verb = report.dryRun ? 'would import' : 'imported';
  print(`${verb} (${report.mode}):`);
  for (const [name, c] of Object.entries(report.counts)) {
    if (c.inFile === 0 && c.total === 0) continue;
    print(
      `  ${name.padEnd(15)} ${String(c.inFile).padStart(7)} in file, ${String(c.added).padStart(7)} new, ${String(c.total).padStart(7)} in diary`,
    );
  }
}

async function importFile(rt: Runtime, file: string, mode: 'merge' | 'replace', dryRun: boolean) {
  const document = readJsonFile(file);
  const progress = progressReporter('importing');
  try {
    return await rt.services.diary.import(rt.actor, document, { mode, dryRun }, progress);
  } finally {
    progress.finish();
  }
}

const backupName = (nowMs: number) =>
  `stillpoint-${new Date(nowMs).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-')}.diary.json`;

export const exportCommand = withStorage(
  new Command('export').description(
    'export the diary: json (the whole stillpoint.diary document), csv (one table per record type), fhir (FHIR R4 Bundle), ics (planned sessions) or pdf (doctor report)',
  ),
)
  .addOption(
    new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).default('json'),
  )
  .option(
    '--from <YYYY-MM-DD>',
    'first local day of the period (pdf default: six months before --to)',
  )
  .option('--to <YYYY-MM-DD>', 'last local day of the period (pdf default: today)')
  .addOption(
    new Option('--table <table>', 'csv: only this table, as one CSV file').choices(TABLE_NAMES),
  )
  .option(
    '--out <file>',
    'write to this file instead of stdout (csv: a .zip file, or a folder of tables)',
  )
  .action(async (o: StorageOpts & ExportOptions) => {
    await withRuntime(o, async (rt) => {
      if (o.format === 'json' && !o.from && !o.to) {
        const n = await exportTo(rt, o.out);
        if (o.out) print(`exported ${n} records to ${o.out}`);
        return;
      }
      const done = await writeExport(rt, o);
      if (done) print(done);
    });
  });

type ImportOpts = StorageOpts & {
  format?: ImportFormat;
  mode: 'merge' | 'replace';
  dryRun?: boolean;
  timeZone?: string;
  setZone?: boolean;
  person?: string;
  dayZero?: string;
  unreadable?: 'rest' | 'nothing';
  recordedDays?: RecordedDayRule;
};

export const importCommand = withStorage(
  new Command('import').description(
    "import a Stillpoint JSON or CSV export, or another app's: Bearable, Migraine Buddy CSV, Apple Health export.zip/export.xml, Daylio CSV, iHeadache report, a generic start,end,pain CSV or a daily yes/no diary. The file is validated whole and previewed (times in your zone, unreadable rows with line, column and reason, columns not imported), then applied in one transaction (all or nothing); records keep ids derived from the source, so re-importing changes nothing",
  ),
)
  .argument('<file>', 'a file, a ZIP of CSV tables, or a folder of CSV tables')
  .addOption(new Option('--format <format>', 'default: detected').choices(IMPORT_FORMATS))
  .addOption(
    new Option('--mode <mode>', 'merge keeps other records; replace makes the diary equal the file')
      .choices(['merge', 'replace'])
      .default('merge'),
  )
  .option('--dry-run', 'show the preview and validation report, change nothing')
  .option('--time-zone <zone>', "zone of local times in other apps' files (default: the profile's)")
  .option('--set-zone', 'also make --time-zone your profile zone (in the same transaction)')
  .addOption(
    new Option(
      '--unreadable <choice>',
      'rows that cannot be read: import the rest, or nothing (default: nothing is written until you choose)',
    ).choices(['rest', 'nothing']),
  )
  .addOption(
    new Option(
      '--recorded-days <rule>',
      'date-only sources (Bearable, Daylio, iHeadache, Apple Health): which days count as diary days (the preview lists each rule with its days; nothing is written until you choose)',
    ).choices(RECORDED_DAY_RULES),
  )
  .option('--person <id>', 'daily diaries holding several people: the one to import')
  .option('--day-zero <YYYY-MM-DD>', 'daily diaries counting days: the date of day 0')
  .action(async (file: string, o: ImportOpts) => {
    await withRuntime(o, async (rt) => {
      const files = readImportFiles(file, o.format);
      const prepared = await rt.services.interop.prepareImport(rt.actor, files, {
        format: o.format,
        mode: o.mode,
        timeZone: o.timeZone,
        setZone: o.setZone,
        person: o.person,
        dayZero: o.dayZero,
        unreadable: o.unreadable,
        recordedDays: o.recordedDays,
      });
      for (const line of renderPreview(prepared.preview)) print(line);
      if (o.dryRun) {
        print('dry run: nothing was written');
        return;
      }
      if (prepared.preview.decisions.length > 0) {
        throw new AppError(
          'invalid',
          `nothing was written: ${prepared.preview.decisions.join('; ')}`,
          'decisions',
        );
      }
      const progress = progressReporter('importing');
      let report: ImportReport;
      try {
        report = await rt.services.interop.commitImport(rt.actor, prepared, progress);
      } finally {
        progress.finish();
      }
      printReport(report);
    });
  });

export const backupCommand = withStorage(
  new Command('backup').description(
    'save a dated copy of the whole diary (default: <data>/backups/)',
  ),
)
  .option('--out <file>', 'backup file')
  .action(async (o: StorageOpts & { out?: string }) => {
    await withRuntime(o, async (rt) => {
      const out = o.out ?? join(dataFolder(o), 'backups', backupName(rt.services.clock.nowMs()));
      const n = await exportTo(rt, out);
      print(`backed up ${n} records to ${out}`);
    });
  });

export const restoreCommand = withStorage(
  new Command('restore').description(
    'replace the whole diary with a backup (the current diary is backed up first)',
  ),
)
  .argument('<file>', 'backup file')
  .action(async (file: string, o: StorageOpts) => {
    await withRuntime(o, async (rt) => {
      rt.services.diary.validate(readJsonFile(file));
      const safety = join(
        dataFolder(o),
        'backups',
        `before-restore-${backupName(rt.services.clock.nowMs())}`,
      );
      await exportTo(rt, safety);
      print(`current diary saved to ${safety}`);
      printReport(await importFile(rt, file, 'replace', false));
    });
  });
