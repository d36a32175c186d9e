/**
 * Therapy courses and sessions as FHIR (docs/interop.md §1.2): a course is a `CarePlan`, each
 * session a completed `Procedure` (coded with SNOMED CT where the table has a concept, else
 * Stillpoint's `therapy-type` code system — craniosacral therapy has no SNOMED concept), hand
 * positions as `bodySite`, the practitioner as a `Practitioner`, and pain before/after as pain
 * Observations (LOINC 72514-3) that are `partOf` the Procedure.
 */
import type {
  CarePlan,
  CodeableConcept,
  Observation,
  Practitioner,
  Procedure,
} from '@medplum/fhirtypes';
import { addMinutes } from '../../calendar/instants.ts';
import type { Session, Therapy } from '../../diary/diary.schema.ts';
import { code, STRUCTURE } from '../codes.ts';
import { humanize, local } from '../local-codes.ts';
import { diaryIdentifier, type FhirContext } from './context.ts';
import { type Built, concept, localDateTime, named, tzElement, zonedPeriod } from './datatypes.ts';

/** The Procedure code of a therapy kind, with the course name as text. */
export function therapyConcept(t: Therapy): CodeableConcept {
  if (t.kind === 'massage')
    return concept([code('massage'), local('therapy-type', t.kind)], t.name);
  if (t.kind === 'acupuncture') {
    return concept([code('acupuncture'), local('therapy-type', t.kind)], t.name);
  }
  return concept([local('therapy-type', t.kind)], t.name);
}

/** The course as a CarePlan; `today` (local day) decides whether it is still active. */
export function therapyResource(ctx: FhirContext, t: Therapy, today: string): CarePlan & Built {
  const done = t.end !== null && t.end < today;
  const plan: CarePlan & Built = {
    resourceType: 'CarePlan',
    id: ctx.id('therapy', t.id),
    identifier: [diaryIdentifier('therapy', t.id)],
    status: done ? 'completed' : 'active',
    intent: 'plan',
    title: t.name,
    subject: ctx.patient,
    period: t.end === null ? { start: t.start } : { start: t.start, end: t.end },
    activity: [{ detail: { code: therapyConcept(t), status: done ? 'completed' : 'in-progress' } }],
  };
  if (t.notes) plan.description = t.notes;
  if (t.runInDays !== undefined) {
    plan.extension = [{ url: STRUCTURE.runInDays, valueInteger: t.runInDays }];
  }
  return plan;
}

/** One Practitioner per distinct practitioner name of the sessions. */
export function practitionerResources(ctx: FhirContext): Built[] {
  const kinds = new Map(ctx.diary.therapies.map((t) => [t.id, t.kind]));
  const seen = new Map<string, string>();
  for (const s of ctx.diary.sessions) {
    if (s.practitioner && !seen.has(s.practitioner)) {
      seen.set(s.practitioner, kinds.get(s.therapyId) ?? 'other');
    }
  }
  return [...seen].map(([name, kind]): Practitioner & Built => ({
    resourceType: 'Practitioner',
    id: ctx.id('practitioner', name),
    name: [{ text: name }],
    qualification: [{ code: { text: `${humanize(kind)} therapist` } }],
  }));
}

function sessionNote(s: Session): string | undefined {
  const lines = [
    s.techniques.length > 0 ? `Techniques: ${s.techniques.join(', ')}` : '',
    s.sensations.length > 0 ? `Sensations: ${s.sensations.join(', ')}` : '',
    s.notes ?? '',
  ].filter((line) => line !== '');
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function sessionPain(
  ctx: FhirContext,
  s: Session,
  which: 'before' | 'after',
  pain: number,
  at: string,
): Observation & Built {
  return {
    resourceType: 'Observation',
    id: ctx.id('session-pain', `${s.id}:${which}`),
    status: 'final',
    category: [concept([code('survey')])],
    code: named('pain'),
    subject: ctx.patient,
    performer: [ctx.patient],
    partOf: [ctx.refTo('session', s.id)],
    effectiveDateTime: localDateTime(at, ctx.timeZone),
    _effectiveDateTime: tzElement(ctx.timeZone),
    method: { text: `Pain ${which} the session` },
    valueInteger: pain,
  } as Observation & Built;
}

/**
 * The Procedure of a session plus its pain observations. `reason` references the migraine
 * Condition the session addresses, when the export has one.
 */
export function sessionResources(
  ctx: FhirContext,
  s: Session,
  therapy: Therapy,
  reason: string | undefined,
): Built[] {
  const end = s.durationMinutes === undefined ? null : addMinutes(s.at, s.durationMinutes);
  const procedure: Procedure & Built = {
    resourceType: 'Procedure',
    id: ctx.id('session', s.id),
    identifier: [diaryIdentifier('session', s.id)],
    basedOn: [ctx.refTo('therapy', therapy.id, therapy.name)],
    status: 'completed',
    code: therapyConcept(therapy),
    subject: ctx.patient,
    performedPeriod: zonedPeriod(s.at, end, ctx.timeZone),
  };
  if (s.practitioner) {
    procedure.performer = [{ actor: ctx.refTo('practitioner', s.practitioner, s.practitioner) }];
  }
  if (reason !== undefined) procedure.reasonReference = [{ reference: `urn:uuid:${reason}` }];
  if (s.handPositions.length > 0) {
    procedure.bodySite = s.handPositions.map((p) => concept([local('hand-position', p)]));
  }
  const note = sessionNote(s);
  if (note) procedure.note = [{ text: note }];
  const out: Built[] = [procedure];
  if (s.painBefore !== undefined) out.push(sessionPain(ctx, s, 'before', s.painBefore, s.at));
  if (s.painAfter !== undefined) out.push(sessionPain(ctx, s, 'after', s.painAfter, end ?? s.at));
  return out;
}
