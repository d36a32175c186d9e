import { join } from 'node:path';
import { Command, Option } from 'commander';
import { dataFolder } from '../../server/config.ts';
import type { Runtime } from '../../server/runtime.ts';
import type { ImportReport } from '../../server/services/diary.service.ts';
import { print, progressReporter, readJsonFile, writeFileAtomic } from '../io.ts';
import { withRuntime, withStorage } from '../runtime-options.ts';

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
  new Command('export').description('write the whole diary as one stillpoint.diary JSON document'),
)
  .option('--out <file>', 'write to this file instead of stdout')
  .action(async (o: StorageOpts & { out?: string }) => {
    await withRuntime(o, async (rt) => {
      const n = await exportTo(rt, o.out);
      if (o.out) print(`exported ${n} records to ${o.out}`);
    });
  });

export const importCommand = withStorage(
  new Command('import').description(
    'import a stillpoint.diary file: the whole file is validated first, then applied in one transaction (all or nothing); records with the same id are replaced, so re-importing changes nothing',
  ),
)
  .argument('<file>', 'diary JSON file')
  .addOption(
    new Option('--mode <mode>', 'merge keeps other records; replace makes the diary equal the file')
      .choices(['merge', 'replace'])
      .default('merge'),
  )
  .option('--dry-run', 'validate and count, change nothing')
  .action(
    async (file: string, o: StorageOpts & { mode: 'merge' | 'replace'; dryRun?: boolean }) => {
      await withRuntime(o, async (rt) =>
        printReport(await importFile(rt, file, o.mode, o.dryRun === true)),
      );
    },
  );

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
