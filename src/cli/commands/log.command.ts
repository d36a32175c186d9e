import { Command } from 'commander';
import { AppError } from '../../domain/errors.ts';
import type { Runtime } from '../../server/runtime.ts';
import { newRecordId } from '../../shared/ids.ts';
import { printJson } from '../io.ts';
import { defined, instantFrom, list, num, parseDuration } from '../parse.ts';
import { withRuntime, withStorage } from '../runtime-options.ts';

type Opts = Record<string, string | boolean | undefined> & { data?: string; database?: string };
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);
const bool = (v: string | boolean | undefined) => (v === true ? true : undefined);

/** Finds a record by id or (case-insensitively) by name. */
async function byIdOrName(rt: Runtime, entity: 'medication' | 'therapy', ref: string) {
  const all = await rt.services.entities[entity].list(rt.actor);
  const lower = ref.toLowerCase();
  return all.find((r) => r.id === ref) ?? all.find((r) => String(r.name).toLowerCase() === lower);
}

function sub(
  name: string,
  description: string,
  action: (rt: Runtime, o: Opts, args: string[]) => Promise<unknown>,
) {
  return withStorage(new Command(name).description(description)).action(
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = command.opts<Opts>();
      const positional = args.slice(0, -2).filter((a): a is string => typeof a === 'string');
      await withRuntime(opts, async (rt) => printJson(await action(rt, opts, positional)));
    },
  );
}

const attack = sub(
  'attack',
  'log an attack (starts now unless --start/--ago; ongoing unless --end/--duration)',
  async (rt, o) => {
    const start = instantFrom(rt.services.clock.nowMs(), str(o.start), str(o.ago), '--start');
    const end = str(o.duration)
      ? new Date(Date.parse(start) + parseDuration(String(o.duration), '--duration') * 60_000)
          .toISOString()
          .replace('.000Z', 'Z')
      : (str(o.end) ?? null);
    const record = defined({
      id: str(o.id) ?? newRecordId(),
      start,
      end,
      peakPain: num(str(o.pain)),
      side: str(o.side),
      regions: list(str(o.regions)),
      quality: list(str(o.quality)),
      worseWithActivity: bool(o.worseWithActivity),
      nausea: bool(o.nausea),
      vomiting: bool(o.vomiting),
      photophobia: bool(o.photophobia),
      phonophobia: bool(o.phonophobia),
      disability: num(str(o.disability)),
      triggers: list(str(o.triggers)),
      notes: str(o.notes),
    });
    return (await rt.services.entities.attack.create(rt.actor, record)).record;
  },
)
  .option('--id <id>', 'client id (default: a new UUID)')
  .option('--start <instant>', 'when it began, e.g. 2026-01-05T06:30:00Z')
  .option('--ago <duration>', 'began this long ago: 15m, 1h, 2h30m')
  .option('--end <instant>', 'when it ended')
  .option('--duration <duration>', 'how long it lasted')
  .option('--pain <0-10>', 'peak pain')
  .option('--side <side>', 'left | right | both | alternating')
  .option('--regions <list>', 'comma-separated: temple,behind_eye,…')
  .option('--quality <list>', 'comma-separated: pulsating,pressing,…')
  .option('--worse-with-activity', 'worse with routine physical activity')
  .option('--nausea')
  .option('--vomiting')
  .option('--photophobia', 'light hurts')
  .option('--phonophobia', 'sound hurts')
  .option('--disability <0-3>', '0 none, 1 mild, 2 severe, 3 bed rest')
  .option('--triggers <list>', 'comma-separated suspected triggers')
  .option('--notes <text>');

const end = sub(
  'end',
  'end an ongoing attack (the latest ongoing one unless an id is given)',
  async (rt, o, [id]) => {
    const attacks = await rt.services.entities.attack.list(rt.actor);
    const target = id ?? [...attacks].reverse().find((a) => a.end === null)?.id;
    if (typeof target !== 'string') throw new AppError('not_found', 'no ongoing attack to end');
    const at = instantFrom(rt.services.clock.nowMs(), str(o.at), str(o.ago));
    return rt.services.entities.attack.patch(rt.actor, target, { end: at });
  },
)
  .argument('[id]', 'attack id')
  .option('--at <instant>', 'when it ended (default now)')
  .option('--ago <duration>', 'ended this long ago');

const reading = sub('reading', 'add a pain reading to an attack', async (rt, o, [id]) => {
  const at = instantFrom(rt.services.clock.nowMs(), str(o.at), str(o.ago));
  return rt.services.readings.add(rt.actor, id ?? '', { at, pain: num(str(o.pain)) });
})
  .argument('<id>', 'attack id')
  .requiredOption('--pain <0-10>', 'pain now')
  .option('--at <instant>')
  .option('--ago <duration>');

const intake = sub(
  'intake',
  'log a medication intake (adds the medication when --class is given)',
  async (rt, o) => {
    const ref = str(o.medication) ?? '';
    let medication = await byIdOrName(rt, 'medication', ref);
    if (!medication) {
      if (!str(o.class)) {
        throw new AppError(
          'invalid',
          `--medication: "${ref}" is not in the diary yet; add --class to create it`,
          '--medication',
        );
      }
      medication = (
        await rt.services.entities.medication.create(rt.actor, {
          id: newRecordId(),
          name: ref,
          class: str(o.class),
        })
      ).record;
    }
    const record = defined({
      id: str(o.id) ?? newRecordId(),
      medicationId: medication.id,
      at: instantFrom(rt.services.clock.nowMs(), str(o.at), str(o.ago)),
      dose: str(o.dose),
      attackId: str(o.attack),
      relief: str(o.relief),
    });
    return (await rt.services.entities.intake.create(rt.actor, record)).record;
  },
)
  .requiredOption('--medication <name|id>', 'medication name or id')
  .option(
    '--class <class>',
    'triptan | ergot | opioid | combination_analgesic | nonopioid_analgesic | …',
  )
  .option('--id <id>')
  .option('--at <instant>')
  .option('--ago <duration>')
  .option('--dose <text>', 'e.g. "50 mg"')
  .option('--attack <id>', 'the attack it treated')
  .option('--relief <relief>', 'at 2 h: none | partial | complete');

const DAY_NUMBERS = [
  'sleepHours',
  'sleepQuality',
  'stress',
  'waterLiters',
  'screenHours',
  'caffeineMg',
  'alcoholUnits',
  'mealsSkipped',
  'neckTension',
  'jawTension',
  'control',
] as const;
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const day = sub('day', 'log the daily check-in (every field optional)', async (rt, o) => {
  const date =
    str(o.date) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone: (await rt.services.person.get(rt.actor)).timeZone,
    }).format(rt.services.clock.nowMs());
  const record = defined({
    date,
    ...Object.fromEntries(DAY_NUMBERS.map((f) => [f, num(str(o[f]))])),
    menstruation: bool(o.menstruation),
    earlyWarning: bool(o.earlyWarning),
    notes: str(o.notes),
  });
  return (await rt.services.entities.day.put(rt.actor, date, record)).record;
}).option('--date <YYYY-MM-DD>', 'which day (default today)');
for (const field of DAY_NUMBERS) day.option(`--${kebab(field)} <n>`);
day
  .option('--menstruation')
  .option('--early-warning', 'an early-warning sign today')
  .option('--notes <text>');

const therapy = sub('therapy', 'start a therapy course', async (rt, o) => {
  const record = defined({
    id: str(o.id) ?? newRecordId(),
    name: str(o.name),
    kind: str(o.kind),
    start: str(o.start),
    end: str(o.end) ?? null,
    runInDays: num(str(o.runInDays)),
  });
  return (await rt.services.entities.therapy.create(rt.actor, record)).record;
})
  .requiredOption('--name <name>', 'e.g. "Craniosacral therapy"')
  .requiredOption('--kind <kind>', 'craniosacral | massage | acupuncture | …')
  .requiredOption('--start <YYYY-MM-DD>', 'first day of the course')
  .option('--end <YYYY-MM-DD>')
  .option('--run-in-days <n>', 'days before an effect is expected')
  .option('--id <id>');

const session = sub('session', 'log a therapy session', async (rt, o) => {
  const ref = str(o.therapy) ?? '';
  const course = await byIdOrName(rt, 'therapy', ref);
  if (!course)
    throw new AppError(
      'invalid',
      `--therapy: "${ref}" is not in the diary; log it with "log therapy" first`,
      '--therapy',
    );
  const record = defined({
    id: str(o.id) ?? newRecordId(),
    therapyId: course.id,
    at: instantFrom(rt.services.clock.nowMs(), str(o.at), str(o.ago)),
    durationMinutes: num(str(o.duration)),
    handPositions: list(str(o.handPositions)),
    techniques: list(str(o.techniques)),
    painBefore: num(str(o.painBefore)),
    painAfter: num(str(o.painAfter)),
    sensations: list(str(o.sensations)),
    notes: str(o.notes),
  });
  return (await rt.services.entities.session.create(rt.actor, record)).record;
})
  .requiredOption('--therapy <name|id>', 'the therapy course')
  .option('--id <id>')
  .option('--at <instant>')
  .option('--ago <duration>')
  .option('--duration <minutes>')
  .option('--hand-positions <list>', 'skull_base,sides_of_head,forehead,lower_back,spine,sacrum,…')
  .option('--techniques <list>')
  .option('--pain-before <0-10>')
  .option('--pain-after <0-10>')
  .option('--sensations <list>')
  .option('--notes <text>');

export const logCommand = new Command('log')
  .description('quick logging from the terminal')
  .addCommand(attack)
  .addCommand(end)
  .addCommand(reading)
  .addCommand(intake)
  .addCommand(day)
  .addCommand(therapy)
  .addCommand(session);
