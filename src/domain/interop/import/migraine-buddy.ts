/**
 * Migraine Buddy's CSV export (docs/interop.md §5; a real one is public in
 * crmne/cluster-headache-tracker, issue #81). Two sections: an "ongoing events" preamble
 * (`Date,Time Period,Description,Notes`), a blank line, then one row per attack with 24 columns.
 * Mapped per attack:
 * - `Started` (M/D/YY H:MM, local) with `Start UTC Offset (min)` → the start instant; `Lasted`
 *   (`01h 00m`, `1d 02h 15m`) → the end (empty: duration not recorded); the zone is the
 *   person's when its offset matches, else the fixed-offset zone (`Etc/GMT-1` for +60 min);
 * - `Pain Level` 0–10; `Symptoms` (nausea, vomiting, light and noise sensitivity, throbbing,
 *   pressing, tearing eye, runny or blocked nose, restlessness…); `Pain Positions` → side and
 *   regions; `Potential Triggers` → triggers;
 * - medications graded Helpful / Somewhat helpful / Unhelpful / Unsure → intakes tied to the
 *   attack, taken at an assumed time (its start: the export has no intake times), relief
 *   partial / partial / none / not recorded ("helpful" is not "pain-free"); "No medication" is
 *   none; non-drug relief methods → relief measures.
 * Not imported, and reported: Geohash (a location), Attack Location, Affected Activities, Most
 * Bothersome Symptom, Premonitory Symptoms, the relief grades of non-drug methods. An ongoing
 * attack of the preamble is reported, not imported (its end is unknown).
 */
import { parse } from 'csv-parse/sync';
import type { Medication } from '../../diary/diary.schema.ts';
import type { RecordableField } from '../../diary/provenance.ts';
import { MedicationBook } from './medications.ts';
import { compactInstant, sourceAt } from './sourced.ts';
import { emptyDraft, type ImportDraft, type Origin, UnmappedLog } from './types.ts';

const APP = 'migraine-buddy';

/** Attack features Migraine Buddy's CSV has no column for. */
const NOT_IN_EXPORT: readonly RecordableField[] = ['worseWithActivity', 'aura', 'disability'];

export const MB_ATTACK_COLUMNS = [
  '#',
  'Started',
  'Lasted',
  'Start UTC Offset (min)',
  'End UTC Offset (min)',
  'Geohash',
  'Attack Types',
  'Attack Location',
  'Pain Level',
  'Affected Activities',
  'Potential Triggers',
  'Symptoms',
  'Most Bothersome Symptom',
  'Premonitory Symptoms',
  'Pain Positions',
  'Helpful Medication',
  'Somewhat Helpful Medication',
  'Unhelpful Medication',
  'Unsure Medication',
  'Helpful Non Drug Relief Methods',
  'Somewhat Helpful Non Drug Relief Methods',
  'Unhelpful Non Drug Relief Methods',
  'Unsure Non Drug Relief Methods',
  'Notes',
] as const;

const IGNORED = [
  'Geohash',
  'Attack Location',
  'Affected Activities',
  'Most Bothersome Symptom',
  'Premonitory Symptoms',
  'Attack Types',
];

/** True for text that starts like a Migraine Buddy CSV export. */
export function isMigraineBuddy(text: string): boolean {
  const head = text.slice(0, 4000).replace(/^\uFEFF/, '');
  return (
    /^"?Date"?,"?Time Period"?,"?Description"?,"?Notes"?\s*$/m.test(head) ||
    head.includes('"#","Started","Lasted"')
  );
}

export interface MigraineBuddyContext {
  timeZone: string;
  medications: readonly Medication[];
}

const SYMPTOMS: readonly [RegExp, (a: Record<string, unknown>) => void][] = [
  [
    /^nausea/i,
    (a) => {
      a.nausea = true;
    },
  ],
  [
    /^vomit/i,
    (a) => {
      a.vomiting = true;
    },
  ],
  [
    /sensitivity to light|light sensitivity|photophobia/i,
    (a) => {
      a.photophobia = true;
    },
  ],
  [
    /sensitivity to (noise|sound)|(noise|sound) sensitivity|phonophobia/i,
    (a) => {
      a.phonophobia = true;
    },
  ],
  [
    /throbbing|pulsating|pounding/i,
    (a) => {
      (a.quality as string[]).push('pulsating');
    },
  ],
  [
    /pressing|pressure|tight/i,
    (a) => {
      (a.quality as string[]).push('pressing');
    },
  ],
  [
    /stabbing/i,
    (a) => {
      (a.quality as string[]).push('stabbing');
    },
  ],
  [
    /tearing|watery eye|lacrimation/i,
    (a) => {
      (a.autonomic as string[]).push('lacrimation');
    },
  ],
  [
    /runny nose/i,
    (a) => {
      (a.autonomic as string[]).push('rhinorrhoea');
    },
  ],
  [
    /(blocked|stuffy) nose|nasal congestion/i,
    (a) => {
      (a.autonomic as string[]).push('nasal_congestion');
    },
  ],
  [
    /restless|agitat/i,
    (a) => {
      a.restless = true;
    },
  ],
];

const REGIONS: readonly [RegExp, string][] = [
  [/eye/i, 'behind_eye'],
  [/temple/i, 'temple'],
  [/forehead/i, 'forehead'],
  [/back of head/i, 'back_of_head'],
  [/top of head|crown/i, 'top'],
  [/neck/i, 'neck'],
  [/jaw/i, 'jaw'],
  [/face|cheek/i, 'face'],
];

const list = (cell: string) =>
  cell
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

const tag = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 60);

/** `11/16/24 13:12` → parts, or undefined. Two-digit years are 20YY. */
function parseStarted(text: string) {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}) (\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5])];
  const y = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59)
    return undefined;
  return date.getTime();
}

/** `01h 00m`, `1d 02h 15m`, `45m` → minutes; undefined when not a duration. */
function parseLasted(text: string): number | undefined {
  const m = /^(?:(\d+)d\s*)?(?:(\d+)h\s*)?(?:(\d+)m)?$/.exec(text.trim());
  if (!m || text.trim() === '') return undefined;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Offset (minutes east of UTC) of `zone` at instant `ms`. */
function offsetOf(zone: string, ms: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((local - Math.floor(ms / 60000) * 60000) / 60000);
}

/** The zone of a recorded UTC offset: the person's if it matches, else a fixed-offset zone. */
export function zoneOfOffset(offset: number, personZone: string, ms: number): string | undefined {
  if (offsetOf(personZone, ms) === offset) return personZone;
  if (offset % 60 !== 0) return undefined;
  const h = -offset / 60;
  return h === 0 ? 'Etc/UTC' : `Etc/GMT${h > 0 ? '+' : ''}${h}`;
}

type Grade = 'Helpful' | 'Somewhat Helpful' | 'Unhelpful' | 'Unsure';
const RELIEF: Record<Grade, 'partial' | 'none' | undefined> = {
  Helpful: 'partial',
  'Somewhat Helpful': 'partial',
  Unhelpful: 'none',
  Unsure: undefined,
};

/** Reads a Migraine Buddy CSV export into a draft. */
export function importMigraineBuddy(
  file: string,
  text: string,
  ctx: MigraineBuddyContext,
): ImportDraft {
  const draft = emptyDraft('migraine-buddy', `Migraine Buddy export ${file}`);
  const unmapped = new UnmappedLog();
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as never;
  } catch (error) {
    draft.errors.push({ file, message: `is not readable CSV: ${(error as Error).message}` });
    return draft;
  }
  const lineOf = (r: (typeof records)[number]) =>
    r.info.lines - (r.raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
  const headerAt = records.findIndex((r) => r.record[0] === '#' && r.record[1] === 'Started');
  if (headerAt < 0) {
    draft.errors.push({
      file,
      line: 1,
      message: 'has no attack table (a header starting "#","Started","Lasted")',
    });
    return draft;
  }
  const header = records[headerAt]?.record ?? [];
  const missing = MB_ATTACK_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    draft.errors.push({
      file,
      line: lineOf(records[headerAt] as never),
      message: `the attack table lacks ${missing.join(', ')}`,
    });
    return draft;
  }
  for (const extra of header.filter((c) => !(MB_ATTACK_COLUMNS as readonly string[]).includes(c)))
    unmapped.add('column', extra, lineOf(records[headerAt] as never));
  for (const r of records.slice(1, headerAt)) {
    const [date, period, description] = r.record;
    if (period?.toLowerCase() === 'ongoing')
      draft.warnings.push({
        file,
        line: lineOf(r),
        message: `ongoing attack "${description ?? date}" is not imported: its end is not known yet`,
      });
  }
  const book = new MedicationBook(ctx.medications, draft, APP);
  for (const r of records.slice(headerAt + 1)) {
    const line = lineOf(r);
    const origin: Origin = { file, line };
    const cells = Object.fromEntries(header.map((h, i) => [h, (r.record[i] ?? '').trim()]));
    const cell = (c: string) => cells[c] ?? '';
    const reject = (column: string, message: string) =>
      draft.rejected.push({ file, line, column, message });
    if (r.record.length !== header.length) {
      reject('#', `has ${r.record.length} fields, but the attack table has ${header.length}`);
      continue;
    }
    const local = parseStarted(cell('Started'));
    if (local === undefined) {
      reject('Started', `"${cell('Started')}" is not a date and time like 11/16/24 13:12`);
      continue;
    }
    const startOffset = Number(cell('Start UTC Offset (min)') || '0');
    const endOffset = Number(cell('End UTC Offset (min)') || String(startOffset));
    if (!Number.isInteger(startOffset) || Math.abs(startOffset) > 14 * 60) {
      reject(
        'Start UTC Offset (min)',
        `"${cell('Start UTC Offset (min)')}" is not an offset in minutes`,
      );
      continue;
    }
    const lastedText = cell('Lasted');
    const lasted = parseLasted(lastedText);
    if (lastedText !== '' && lasted === undefined) {
      reject('Lasted', `"${lastedText}" is not a duration like 01h 00m or 1d 02h 15m`);
      continue;
    }
    const painText = cell('Pain Level');
    if (painText !== '' && !/^(10|\d)$/.test(painText)) {
      reject('Pain Level', `"${painText}" is not a pain level 0–10`);
      continue;
    }
    const startMs = local - startOffset * 60000;
    const start = iso(startMs);
    const tz = zoneOfOffset(startOffset, ctx.timeZone, startMs);
    const notRecorded: RecordableField[] = [...NOT_IN_EXPORT];
    if (lasted === undefined) notRecorded.push('duration');
    if (painText === '') notRecorded.push('peakPain');
    if (Number.isInteger(endOffset) && endOffset !== startOffset && lasted !== undefined)
      draft.warnings.push({
        ...origin,
        message: `the UTC offset changed during the attack (${startOffset} → ${endOffset} min)`,
      });
    const attack: Record<string, unknown> = {
      id: `imp-mb-a-${compactInstant(start)}`,
      start,
      end: lasted === undefined ? start : iso(startMs + lasted * 60000),
      quality: [],
      autonomic: [],
      regions: [],
      triggers: [],
      reliefMeasures: [],
    };
    if (tz) attack.timeZone = tz;
    else
      draft.warnings.push({
        ...origin,
        message: `UTC offset ${startOffset} min matches no zone: the attack is kept in ${ctx.timeZone}`,
      });
    if (painText !== '') attack.peakPain = Number(painText);
    for (const s of list(cell('Symptoms'))) {
      const hit = SYMPTOMS.find(([re]) => re.test(s));
      if (hit) hit[1](attack);
      else unmapped.add('symptom', s, line);
    }
    attack.quality = [...new Set(attack.quality as string[])];
    attack.autonomic = [...new Set(attack.autonomic as string[])];
    const positions = list(cell('Pain Positions'));
    const left = positions.some((p) => /\bleft\b/i.test(p));
    const right = positions.some((p) => /\bright\b/i.test(p));
    attack.side = left && right ? 'both' : left ? 'left' : right ? 'right' : null;
    attack.regions = [
      ...new Set(positions.flatMap((p) => REGIONS.filter(([re]) => re.test(p)).map(([, r]) => r))),
    ];
    if (positions.length === 0) notRecorded.push('side', 'regions');
    attack.triggers = list(cell('Potential Triggers'))
      .map(tag)
      .filter((t) => t !== '' && t !== 'no_idea')
      .slice(0, 30);
    attack.reliefMeasures = [
      ...new Set(
        ['Helpful', 'Somewhat Helpful', 'Unhelpful', 'Unsure'].flatMap((g) =>
          list(cell(`${g} Non Drug Relief Methods`)).map(tag),
        ),
      ),
    ].slice(0, 30);
    if (cell('Notes')) attack.notes = cell('Notes').slice(0, 5000);
    attack.source = sourceAt(APP, origin, r.raw.trim(), notRecorded, []);
    draft.records.attacks.push({ record: attack, origin });
    let k = 0;
    for (const grade of ['Helpful', 'Somewhat Helpful', 'Unhelpful', 'Unsure'] as Grade[]) {
      for (const name of list(cell(`${grade} Medication`))) {
        if (/^no medication$/i.test(name)) continue;
        k += 1;
        const relief = RELIEF[grade];
        const intake: Record<string, unknown> = {
          id: `imp-mb-i-${compactInstant(start)}-${k}`,
          medicationId: book.idOf(name, origin),
          at: start,
          attackId: attack.id,
          source: sourceAt(
            APP,
            origin,
            `${grade} Medication: ${name}`,
            ['dose', ...(relief === undefined ? (['relief'] as const) : [])],
            [
              {
                field: 'at',
                value: start,
                reason: 'Migraine Buddy exports no intake time: the attack start is assumed',
              },
              ...(relief
                ? [
                    {
                      field: 'relief' as const,
                      value: relief,
                      reason: `graded "${grade}" in Migraine Buddy`,
                    },
                  ]
                : []),
            ],
          ),
        };
        if (relief) intake.relief = relief;
        draft.records.intakes.push({ record: intake, origin });
      }
    }
    for (const c of IGNORED) if (cell(c) !== '') unmapped.add('column', c, line);
  }
  draft.unmapped = unmapped.list();
  return draft;
}
