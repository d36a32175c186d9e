import { Command } from 'commander';
import { demoDiary } from '../../domain/demo/demo-diary.ts';
import { AppError } from '../../domain/errors.ts';
import { print, progressReporter, writeFileAtomic } from '../io.ts';
import { withRuntime, withStorage } from '../runtime-options.ts';

type DemoOpts = {
  data?: string;
  database?: string;
  until?: string;
  seed?: string;
  out?: string;
  force?: boolean;
};

export const demoCommand = withStorage(
  new Command('demo').description(
    'fill an empty diary with a realistic six-month demo: a person who starts craniosacral therapy after a bad month',
  ),
)
  .option('--until <YYYY-MM-DD>', 'last day of the demo (default today)')
  .option('--seed <n>', 'random seed (same seed, same diary)', '20260201')
  .option('--out <file>', 'write the demo diary to a file instead of the database')
  .option('--force', 'add the demo even when the diary is not empty')
  .action(async (o: DemoOpts) => {
    const until = o.until ?? new Date().toISOString().slice(0, 10);
    const diary = demoDiary({ until, seed: Number(o.seed) });
    if (o.out) {
      writeFileAtomic(o.out, `${JSON.stringify(diary, null, 2)}\n`);
      print(`wrote the demo diary to ${o.out}`);
      return;
    }
    await withRuntime(o, async (rt) => {
      const current = await rt.services.diary.export(rt.actor);
      if (!o.force && (current.attacks.length > 0 || current.days.length > 0)) {
        throw new AppError(
          'conflict',
          'the diary is not empty; use --force to add the demo anyway, or --data to pick another folder',
        );
      }
      const progress = progressReporter('demo');
      const report = await rt.services.diary.import(rt.actor, diary, { mode: 'merge' }, progress);
      progress.finish();
      const c = report.counts;
      print(
        `demo diary added: ${c.attacks.inFile} attacks, ${c.intakes.inFile} intakes, ${c.days.inFile} check-ins, ${c.sessions.inFile} sessions, ending ${until}`,
      );
    });
  });
