import { Command } from 'commander';
import { triggerReport } from '../../domain/triggers/index.ts';
import { resolveNow, runOnDiaryFiles } from './diary-files.ts';
import { renderTriggers } from './triggers-render.ts';

/**
 * `stillpoint triggers FILE… [--json] [--now]`: the per-person trigger report of each diary
 * file (`docs/trigger-analysis.md`), one JSON line per file with `--json`.
 */
export const triggersCommand = new Command('triggers')
  .description(
    'which suspected triggers the diary supports: each check-in factor against attack onsets (offline, on diary files)',
  )
  .argument('<files...>', 'stillpoint.diary JSON files')
  .option('--json', 'print one JSON object per file, one per line')
  .option('--now <instant>', 'the current instant: today is incomplete and not used (default: now)')
  .action((files: string[], o: { json?: boolean; now?: string }) => {
    const now = resolveNow(o.now);
    runOnDiaryFiles(files, o.json, (diary) => triggerReport(diary, now), renderTriggers);
  });
