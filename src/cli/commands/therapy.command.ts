import { randomInt } from 'node:crypto';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { ababPlanShape, type Diary } from '../../domain/diary/diary.schema.ts';
import { AppError } from '../../domain/errors.ts';
import {
  draftPlan,
  planRequestSchema,
  selectTherapy,
  therapyNextSession,
  therapyPlan,
  therapyVerdict,
} from '../../domain/therapy/index.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { therapyQuerySchema } from '../../shared/api.ts';
import { readJsonFile, writeFileAtomic } from '../io.ts';
import { num } from '../parse.ts';
import { resolveNow, runOnDiaryFiles } from './diary-files.ts';
import { renderNextSession, renderPlan, renderVerdict } from './therapy-render.ts';

type TherapyOpts = {
  json?: boolean;
  now?: string;
  therapy?: string;
  outcome?: string;
  migraineDayRule?: string;
  attackMergeRule?: string;
};

/** The options every therapy command shares, on a new command. */
function therapyCommand(name: string, description: string): Command {
  return new Command(name)
    .description(`${description} (offline, on diary files)`)
    .argument('<files...>', 'stillpoint.diary JSON files')
    .option('--therapy <id>', 'the therapy course (default: the one that started last)')
    .addOption(
      new Option('--outcome <outcome>', 'what to count')
        .choices(['migraine_days', 'headache_days'])
        .default('migraine_days'),
    )
    .addOption(
      new Option('--migraine-day-rule <rule>').choices([
        'vanDerArend',
        'ihsEffectiveTriptan',
        'legacy4h',
      ]),
    )
    .addOption(new Option('--attack-merge-rule <rule>').choices(['gap24h', 'lockedDay', 'none']))
    .option('--now <instant>', 'the current instant, which sets "today" (default: now)')
    .option('--json', 'print one JSON object per file, one per line');
}

/** Validated shared options: the course, the outcome and the clinical rules. */
function sharedOptions(o: TherapyOpts) {
  const { now, therapy, outcome: o1, migraineDayRule, attackMergeRule } = o;
  const q = parseOrThrow(therapyQuerySchema, { outcome: o1, migraineDayRule, attackMergeRule });
  const { outcome, ...clinical } = q;
  return {
    now: resolveNow(now),
    ...(therapy === undefined ? {} : { therapyId: therapy }),
    ...(outcome === undefined ? {} : { outcome }),
    clinical,
  };
}

/** A therapy command that runs one domain function per file. */
function simpleTherapyCommand<R extends object>(
  name: string,
  description: string,
  run: (diary: Diary, options: ReturnType<typeof sharedOptions>) => R,
  render: (result: R) => string[],
): Command {
  return therapyCommand(name, description).action((files: string[], o: TherapyOpts) => {
    const options = sharedOptions(o);
    runOnDiaryFiles(files, o.json, (diary) => run(diary, options), render);
  });
}

export const verdictCommand = simpleTherapyCommand(
  'verdict',
  'does the therapy work for me? The calibrated before/after verdict of a course',
  therapyVerdict,
  renderVerdict,
);

export const nextSessionCommand = simpleTherapyCommand(
  'next-session',
  'the next session date by phase (weekly, every 2–3 weeks, monthly; sooner after an early sign)',
  therapyNextSession,
  renderNextSession,
);

type PlanOpts = TherapyOpts & {
  start?: string;
  pairs?: string;
  periodDays?: string;
  washoutDays?: string;
  blindable?: boolean;
  seed?: string;
  save?: boolean;
};

/** `--seed`: the stored plan's own rule for seeds. */
const seedSchema = z.strictObject({ seed: ababPlanShape.shape.seed.optional() });

/** Stores `plan` on the course in the file itself, keeping everything else as written. */
function savePlan(file: string, therapyId: string, plan: unknown): void {
  const raw = readJsonFile(file) as { therapies: { id: string; plan?: unknown }[] };
  const course = raw.therapies.find((t) => t.id === therapyId);
  if (!course)
    throw new AppError('not_found', `no therapy course with id "${therapyId}"`, 'therapyId');
  course.plan = plan;
  writeFileAtomic(file, `${JSON.stringify(raw, null, 2)}\n`);
}

export const planCommand = therapyCommand(
  'plan',
  'a randomised ABAB plan for a course: shows the stored plan with adherence and the randomisation test, or draws a new one',
)
  .option('--start <YYYY-MM-DD>', 'first day of the first period (default: tomorrow)')
  .option('--pairs <n>', 'number of A/B pairs, at least 5 (default 5)')
  .option('--period-days <n>', 'days per period (default 28)')
  .option('--washout-days <n>', 'first days of each period not analysed (default 14)')
  .option(
    '--blindable',
    'the person can be kept unaware of the condition (not for manual therapies)',
  )
  .option('--seed <n>', 'seed of the random order (default: drawn from a secure source)')
  .option('--save', 'store a newly drawn plan in the diary file (never replaces a stored plan)')
  .action((files: string[], o: PlanOpts) => {
    const options = sharedOptions(o);
    const request = parseOrThrow(planRequestSchema, {
      start: o.start,
      pairs: num(o.pairs),
      periodDays: num(o.periodDays),
      washoutDays: num(o.washoutDays),
      blindable: o.blindable,
    });
    const seed = parseOrThrow(seedSchema, { seed: num(o.seed) }).seed ?? randomInt(0, 2 ** 32);
    runOnDiaryFiles(
      files,
      o.json,
      (diary, file) => {
        if (selectTherapy(diary, options.therapyId).plan && !o.save) {
          return { ...therapyPlan(diary, options), saved: true };
        }
        const { stored: plan, view } = draftPlan(diary, { ...options, request, seed });
        if (o.save) savePlan(file, view.therapyId, plan);
        return { ...view, saved: o.save === true };
      },
      renderPlan,
    );
  });
