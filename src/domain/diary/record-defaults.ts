/**
 * Default records, from the diary format's own zod defaults: a field with `.default(…)` gets
 * that value when a record leaves it out, exactly as validation fills it in on the server.
 */
import type { z } from 'zod';
import type { Collection } from './collections.ts';
import { type Person, personShape, RECORD_SCHEMAS, type RecordOf } from './diary.schema.ts';

interface DefaultDef {
  _zod: { def: { type: string; defaultValue?: unknown } };
}

/** The default of every field of `shape` that has one, as fresh values on each call. */
export function fieldDefaults(shape: z.ZodObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, type] of Object.entries(shape.shape)) {
    const { def } = (type as unknown as DefaultDef)._zod;
    if (def.type === 'default') out[field] = def.defaultValue;
  }
  return out;
}

/**
 * A record of `collection` made of `fields` with every default of the format filled in: what
 * the server stores for the same input. Not validated (the fields are the caller's).
 */
export function withDefaults<C extends Collection>(
  collection: C,
  fields: z.input<(typeof RECORD_SCHEMAS)[C]['shape']>,
): RecordOf<C> {
  return { ...fieldDefaults(RECORD_SCHEMAS[collection].shape), ...fields } as RecordOf<C>;
}

/** The profile of a diary whose person has not set one yet: the given zone and defaults. */
export function defaultPerson(timeZone: string): Person {
  return { ...fieldDefaults(personShape), timeZone } as Person;
}
