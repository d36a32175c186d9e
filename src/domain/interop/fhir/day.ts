/**
 * A daily check-in as one FHIR survey Observation (docs/interop.md §1.2 "Daily habits"): the local
 * calendar day as `effectiveDateTime` (a FHIR date, with the person's `tz-code`), sleep duration
 * as LOINC 93832-4 in hours, every other check-in field as a component with a Stillpoint code.
 * A day with no fields still exports: it says "the diary was filled in, nothing to report".
 */
import type { Observation, ObservationComponent } from '@medplum/fhirtypes';
import type { Day } from '../../diary/diary.schema.ts';
import { type CodeName, code } from '../codes.ts';
import { local } from '../local-codes.ts';
import type { FhirContext } from './context.ts';
import { type Built, concept, quantity, tzElement } from './datatypes.ts';

type Metric = Exclude<keyof Day, 'date' | 'notes' | 'source'>;

/** How each check-in field is exported: local code (or LOINC) and value kind. */
const METRICS: readonly [Metric, string, 'integer' | 'boolean' | CodeName][] = [
  ['sleepHours', 'sleep-duration', 'hours'],
  ['sleepQuality', 'sleep-quality', 'integer'],
  ['stress', 'stress', 'integer'],
  ['waterLiters', 'water', 'litres'],
  ['screenHours', 'screen-time', 'hours'],
  ['caffeineMg', 'caffeine', 'milligrams'],
  ['alcoholUnits', 'alcohol', 'alcoholUnits'],
  ['mealsSkipped', 'meals-skipped', 'integer'],
  ['menstruation', 'menstruation', 'boolean'],
  ['neckTension', 'neck-tension', 'integer'],
  ['jawTension', 'jaw-tension', 'integer'],
  ['earlyWarning', 'early-warning', 'boolean'],
  ['control', 'control', 'integer'],
];

function metricComponent(
  localCode: string,
  kind: 'integer' | 'boolean' | CodeName,
  value: number | boolean,
): ObservationComponent {
  const c =
    localCode === 'sleep-duration' ? code('sleepDuration') : local('daily-check-in', localCode);
  const out: ObservationComponent = { code: concept([c]) };
  if (kind === 'boolean') out.valueBoolean = value as boolean;
  else if (kind === 'integer') out.valueInteger = value as number;
  else out.valueQuantity = quantity(value as number, kind);
  return out;
}

/** The check-in Observation of one diary day. */
export function dayResource(ctx: FhirContext, day: Day): Built {
  const components: ObservationComponent[] = [];
  for (const [field, localCode, kind] of METRICS) {
    const value = day[field];
    if (value !== undefined) components.push(metricComponent(localCode, kind, value));
  }
  const obs: Observation & Built & { _effectiveDateTime?: unknown } = {
    resourceType: 'Observation',
    id: ctx.id('day', day.date),
    status: 'final',
    category: [concept([code('survey')])],
    code: concept([local('daily-check-in', 'check-in')]),
    subject: ctx.patient,
    performer: [ctx.patient],
    effectiveDateTime: day.date,
    _effectiveDateTime: tzElement(ctx.timeZone),
  };
  if (components.length > 0) obs.component = components;
  if (day.notes) obs.note = [{ text: day.notes }];
  return obs;
}
