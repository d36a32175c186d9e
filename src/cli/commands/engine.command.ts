import { Command, Option } from 'commander';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import { diarySchema } from '../../domain/diary/diary.schema.ts';
import { ENGINES, type EngineName } from '../../domain/engines.ts';
import { AppError } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { analysisOptionsSchema } from '../../shared/api.ts';
import { print, readJsonFile } from '../io.ts';

type EngineOpts = {
  json?: boolean;
  now?: string;
  migraineDayRule?: string;
  chronicMonthsMode?: string;
  attackMergeRule?: string;
  blockStart?: string;
};

/** Renders one engine result for a person reading a terminal. */
export type Render = (result: never) => string[];

/**
 * An engine command on diary files, without a database: each file is read, validated and
 * analysed on its own, and its result printed as soon as it is ready (one JSON line per file
 * with --json), so thousands of diaries stream through one process. A bad file prints an
 * error result and the others still run; the exit code is 2 if any file was refused.
 */
export function engineCommand(name: EngineName, description: string, render: Render): Command {
  return new Command(name)
    .description(`${description} (offline, on diary files)`)
    .argument('<files...>', 'stillpoint.diary JSON files')
    .option('--json', 'print one JSON object per file, one per line')
    .option('--now <instant>', 'the current instant for ongoing attacks (default: now)')
    .addOption(
      new Option('--migraine-day-rule <rule>').choices([
        'vanDerArend',
        'ihsEffectiveTriptan',
        'legacy4h',
      ]),
    )
    .addOption(new Option('--chronic-months-mode <mode>').choices(['strict', 'leiden']))
    .addOption(new Option('--attack-merge-rule <rule>').choices(['gap24h', 'lockedDay', 'none']))
    .option('--block-start <YYYY-MM-DD>', 'first day of the first 28-day block')
    .action((files: string[], o: EngineOpts) => {
      const { json, now, ...rest } = o;
      const options = parseOrThrow(analysisOptionsSchema, rest);
      const at = now ?? isoSeconds(Date.now());
      if (Number.isNaN(Date.parse(at)))
        throw new AppError('invalid', `--now: "${at}" is not an instant`, '--now');
      let refused = 0;
      for (const file of files) {
        try {
          const diary = parseOrThrow(diarySchema, readJsonFile(file));
          const result = ENGINES[name](diary, options, at);
          if (json) print(JSON.stringify({ file, ...result }));
          else {
            if (files.length > 1) print(`== ${file}`);
            for (const line of render(result as never)) print(line);
          }
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refused += 1;
          const body = { code: error.code, message: error.message, field: error.field };
          if (json) print(JSON.stringify({ file, error: body }));
          else process.stderr.write(`${file}: ${error.message}\n`);
        }
      }
      if (refused > 0) process.exitCode = 2;
    });
}
