import { Command, Option } from 'commander';
import { ENGINES, type EngineName } from '../../domain/engines.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { analysisOptionsSchema } from '../../shared/api.ts';
import { resolveNow, runOnDiaryFiles } from './diary-files.ts';

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

/** An engine command on diary files, without a database (see `runOnDiaryFiles`). */
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
      const at = resolveNow(now);
      runOnDiaryFiles(files, json, (diary) => ENGINES[name](diary, options, at), render as never);
    });
}
