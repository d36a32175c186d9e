/**
 * Small builders for FHIR R4 data types used across the export: local-offset date-times with the
 * `tz-code` extension (docs/interop.md §1.3 "Time zone"), codeable concepts from the code table,
 * UCUM quantities and bundle-internal references.
 */
import type {
  CodeableConcept,
  Coding,
  Extension,
  Period,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { Temporal } from 'temporal-polyfill';
import { type Code, type CodeName, code, STRUCTURE } from '../codes.ts';

/** A FHIR primitive's sibling element (`_start`, `_effectiveDateTime`): extensions only. */
export interface PrimitiveElement {
  extension: Extension[];
}

/** A `Period` whose `start`/`end` carry the IANA zone in a `tz-code` extension. */
export type ZonedPeriod = Period & { _start?: PrimitiveElement; _end?: PrimitiveElement };

/**
 * An instant (`2025-03-29T22:30:00Z`) as FHIR `dateTime` with the local offset of `timeZone`:
 * `2025-03-29T23:30:00+01:00`. Seconds are kept; milliseconds are dropped.
 */
export function localDateTime(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toString({ timeZoneName: 'never', offset: 'auto', smallestUnit: 'second' });
}

/** The `tz-code` extension element that travels next to a date-time primitive. */
export function tzElement(timeZone: string): PrimitiveElement {
  return { extension: [{ url: STRUCTURE.tzCode, valueCode: timeZone }] };
}

/** A period from two instants (no `end` while an attack is ongoing), with `tz-code`. */
export function zonedPeriod(start: string, end: string | null, timeZone: string): ZonedPeriod {
  const period: ZonedPeriod = {
    start: localDateTime(start, timeZone),
    _start: tzElement(timeZone),
  };
  if (end !== null) {
    period.end = localDateTime(end, timeZone);
    period._end = tzElement(timeZone);
  }
  return period;
}

/** A `Coding` from a table code (copy, so resources never share objects). */
export const coding = (c: Code): Coding => ({ system: c.system, code: c.code, display: c.display });

/** A concept from table codes, with optional text (the diary's own words). */
export function concept(codes: readonly Code[], text?: string): CodeableConcept {
  const out: CodeableConcept = {};
  if (codes.length > 0) out.coding = codes.map(coding);
  if (text !== undefined) out.text = text;
  return out;
}

/** A concept with one named external code. */
export const named = (name: CodeName, text?: string) => concept([code(name)], text);

/** A UCUM quantity; `unit` is the named UCUM code. */
export function quantity(value: number, unit: CodeName): Quantity {
  const u = code(unit);
  return { value, unit: u.display, system: u.system, code: u.code };
}

/** A reference by URL only; `Reference<never>` is assignable to every typed reference. */
export type Ref = Reference<never>;

/** The bundle-internal reference to a resource with a `urn:uuid:` full URL. */
export const ref = (uuid: string, display?: string): Ref =>
  display === undefined
    ? { reference: `urn:uuid:${uuid}` }
    : { reference: `urn:uuid:${uuid}`, display };

/** Any resource the exporter builds, with the id it will carry in the bundle. */
export type Built = Resource & { id: string };
