/**
 * Lossless upgrade of a version-1 diary to version 2 (`provenance.ts`).
 *
 * Version 1 had no `source`: Stillpoint's importers wrote their provenance into an attack's
 * notes (`[imported-local] Bearable export, line 12: …`) and, for sources without times or
 * durations, an assumed end (`… 60 min assumed`). The upgrade keeps every field and every note
 * as it is and adds, for such attacks, the `source` those notes describe: the app and line, the
 * fields the importer could not have recorded (every feature the record leaves empty) and the
 * assumed start or end. Records without Stillpoint's provenance tag are left as they are.
 */
import type { Diary } from './diary.schema.ts';
import type { Assumption, RecordableField, Source } from './provenance.ts';

const TAG = /^\[(imported|imported-local)\] (.+?), line (\d+): (.*)$/m;
const NO_TIME = /the source gives no time or duration/;
const NO_DURATION = /the source gives no (time or )?duration/;

type AttackV1 = Diary['attacks'][number];

/** Feature fields left empty on a version-1 imported attack: the source did not record them. */
function emptyFeatures(a: AttackV1): RecordableField[] {
  const out: RecordableField[] = [];
  const scalar = [
    'peakPain',
    'worseWithActivity',
    'nausea',
    'vomiting',
    'photophobia',
    'phonophobia',
    'restless',
    'disability',
  ] as const;
  for (const f of scalar) if (a[f] === undefined) out.push(f);
  if (a.side === null) out.push('side');
  if (a.regions.length === 0) out.push('regions');
  if (a.quality.length === 0) out.push('quality');
  if (a.autonomic.length === 0) out.push('autonomic');
  if (a.aura.length === 0) out.push('aura');
  if (a.triggers.length === 0) out.push('triggers');
  return out;
}

function sourceOfV1(a: AttackV1): Source | undefined {
  const m = a.notes ? TAG.exec(a.notes) : null;
  if (!m || a.source) return undefined;
  const notes = a.notes ?? '';
  const noTime = NO_TIME.test(notes);
  const noDuration = NO_DURATION.test(notes);
  const notRecorded: RecordableField[] = [
    ...(noTime ? (['time'] as const) : []),
    ...(noDuration ? (['duration'] as const) : []),
    ...emptyFeatures(a),
  ];
  const assumed: Assumption[] = [];
  if (noTime)
    assumed.push({ field: 'start', value: a.start, reason: 'version 1 import: local noon' });
  if (noDuration && a.end !== null)
    assumed.push({ field: 'end', value: a.end, reason: 'version 1 import: 60 min' });
  return {
    app: m[2] ?? 'imported',
    line: Number(m[3]),
    raw: (m[4] ?? '').slice(0, 4000),
    notRecorded,
    assumed,
  };
}

/** The version-2 form of a diary (a version-2 diary is returned unchanged). */
export function upgradeDiary<D extends Diary>(diary: D): D {
  if (diary.version !== 1) return diary;
  return {
    ...diary,
    version: 2,
    attacks: diary.attacks.map((a) => {
      const source = sourceOfV1(a);
      return source ? { ...a, source } : a;
    }),
  };
}
