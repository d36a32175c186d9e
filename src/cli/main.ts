#!/usr/bin/env -S node --max-semi-space-size=64
// The flag gives V8 a larger young generation (64 MB semi-spaces instead of 16), so a steady
// stream of writes spends less time in garbage collection and stops less often for a full one
// (docs/architecture.md §7; measured in bench/README.md). `npm start` and the npm launcher
// (bin/stillpoint.mjs) pass the same flag; test/unit/node-flags.test.ts keeps them alike.
import { Command, CommanderError } from 'commander';
import { AppError, type ErrorCode } from '../domain/errors.ts';
import { appVersion } from '../server/config.ts';
import { demoCommand } from './commands/demo.command.ts';
import {
  backupCommand,
  exportCommand,
  importCommand,
  restoreCommand,
} from './commands/diary.command.ts';
import { engineCommand } from './commands/engine.command.ts';
import { renderClassification, renderMetrics } from './commands/engine-render.ts';
import { logCommand } from './commands/log.command.ts';
import { serveCommand } from './commands/serve.command.ts';
import { nextSessionCommand, planCommand, verdictCommand } from './commands/therapy.command.ts';
import { triggersCommand } from './commands/triggers.command.ts';
import { zoneCommand } from './commands/zone.command.ts';
import { guardStdout } from './io.ts';

/** The one mapping from error codes to process exit codes. */
const EXIT: Record<ErrorCode, number> = {
  invalid: 2,
  not_found: 3,
  conflict: 4,
  forbidden: 5,
  unauthenticated: 5,
  too_large: 2,
  unsupported_media_type: 2,
  unavailable: 6,
};

const program = new Command('stillpoint')
  .description('Stillpoint — a migraine diary that answers: does this therapy work for me?')
  .version(appVersion())
  .showHelpAfterError()
  .addCommand(serveCommand)
  .addCommand(logCommand)
  .addCommand(exportCommand)
  .addCommand(importCommand)
  .addCommand(backupCommand)
  .addCommand(restoreCommand)
  .addCommand(zoneCommand)
  .addCommand(demoCommand)
  .addCommand(
    engineCommand(
      'classify',
      'ICHD-3 classification of every attack and diagnosis suggestions',
      renderClassification as never,
    ),
  )
  .addCommand(
    engineCommand(
      'metrics',
      '28-day blocks, chronic pattern, medication overuse and red flags',
      renderMetrics as never,
    ),
  )
  .addCommand(verdictCommand)
  .addCommand(planCommand)
  .addCommand(nextSessionCommand)
  .addCommand(triggersCommand);

program.exitOverride();
guardStdout();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof AppError) {
    const lines =
      error.issues.length > 1 ? error.issues.map((i) => `  ${i.field}: ${i.message}`) : [];
    process.stderr.write(
      `error: ${error.message}\n${lines.slice(0, 50).join('\n')}${lines.length ? '\n' : ''}`,
    );
    if (lines.length > 50) process.stderr.write(`  … and ${lines.length - 50} more\n`);
    process.exitCode = EXIT[error.code];
  } else {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
