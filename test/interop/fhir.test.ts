/**
 * FHIR R4 export (docs/interop.md §1–2): every resource of the demo diary and of a diary using
 * every field validates with 0 errors in Ajv (official R4 JSON schema, per resource type) and in
 * Medplum's `validateResource`; every emitted coding is in the committed code table; the
 * mapping follows docs/interop.md (codes, tz-code, references).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Bundle, Coding, Observation, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { diarySchema } from '../../src/domain/diary/diary.schema.ts';
import { codeIndex, codeKey, codeTable } from '../../src/domain/interop/code-table.ts';
import { diaryToFhirBundle } from '../../src/domain/interop/fhir/bundle.ts';
import { ajvValidator, medplumValidator, type ValidationError } from './support/fhir-validators.ts';
import { fullDiary } from './support/full-diary.ts';

const NOW = '2025-04-02T12:00:00Z';
const bundles: [string, () => Bundle][] = [
  [
    'demo diary',
    () =>
      diaryToFhirBundle(demoDiary({ until: '2026-02-28', seed: 7 }), {
        now: '2026-03-01T12:00:00Z',
      }),
  ],
  ['every-field diary', () => diaryToFhirBundle(diarySchema.parse(fullDiary()), { now: NOW })],
];

/** Every Coding anywhere in a value. */
function codings(value: unknown, out: Coding[] = []): Coding[] {
  if (Array.isArray(value)) for (const v of value) codings(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.system === 'string' && typeof o.code === 'string') out.push(o as Coding);
    for (const v of Object.values(o)) codings(v, out);
  }
  return out;
}

let ajv: (b: Bundle) => ValidationError[];
let medplum: (b: Bundle) => ValidationError[];
beforeAll(() => {
  ajv = ajvValidator();
  medplum = medplumValidator();
}, 120_000);

describe.each(bundles)('FHIR export of the %s', (_name, make) => {
  const bundle = make();

  it('validates with 0 errors against the official R4 JSON schema (Ajv)', () => {
    expect(bundle.entry?.length).toBeGreaterThan(10);
    expect(ajv(bundle)).toEqual([]);
  }, 120_000);

  it('validates with 0 errors in Medplum validateResource', () => {
    expect(medplum(bundle)).toEqual([]);
  }, 120_000);

  it('emits only codes of the committed code table, with its displays', () => {
    const index = codeIndex();
    const all = codings(bundle);
    expect(all.length).toBeGreaterThan(20);
    for (const c of all) {
      const entry = index.get(codeKey(c.system ?? '', c.code ?? ''));
      expect(entry, `${c.system}|${c.code}`).toBeDefined();
      if (c.display !== undefined && c.system !== 'http://unitsofmeasure.org')
        expect(c.display).toBe(entry?.display);
    }
  });

  it('is a collection of urn:uuid entries whose references all resolve inside the bundle', () => {
    expect(bundle.type).toBe('collection');
    const urls = new Set(bundle.entry?.map((e) => e.fullUrl));
    for (const e of bundle.entry ?? []) expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    for (const r of refs) expect(urls.has(r.slice(13, -1)), r).toBe(true);
    expect(urls.size).toBe(bundle.entry?.length);
  });
});

describe('FHIR mapping (docs/interop.md §1.2–1.4)', () => {
  const bundle = diaryToFhirBundle(diarySchema.parse(fullDiary()), { now: NOW });
  const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
  const byIdentifier = (value: string) =>
    resources.find((r) =>
      JSON.stringify((r as { identifier?: unknown }).identifier ?? '').includes(
        `"value":"${value}"`,
      ),
    );

  it('writes an attack as a SymptomObservation with local offsets and tz-code', () => {
    const attack = byIdentifier('a-dst') as Observation;
    expect(attack.meta?.profile).toEqual([
      'http://hl7.org/fhir/uv/symptoms/StructureDefinition/SymptomObservation',
    ]);
    expect(attack.code.coding?.[0]?.code).toBe('75325-1');
    expect(attack.valueCodeableConcept?.coding?.[0]?.code).toBe('25064002');
    expect(attack.effectivePeriod).toMatchObject({
      start: '2025-03-29T23:30:00+01:00',
      end: '2025-03-30T07:15:00+02:00',
    });
    expect(JSON.stringify(attack)).toContain(
      '"_start":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/tz-code","valueCode":"Europe/Berlin"}]}',
    );
    const codes = (attack.component ?? []).map((c) => c.code.coding?.[0]?.code);
    expect(codes).toEqual(expect.arrayContaining(['64750-3', '100752-5', '100753-3', '56823-8']));
    expect(
      attack.component?.find((c) => c.code.coding?.[0]?.code === '422400008')?.valueBoolean,
    ).toBe(false);
    expect(attack.hasMember).toHaveLength(3);
    expect(attack.extension?.length).toBe(5);
    const ongoing = byIdentifier('a-ongoing') as Observation;
    expect(ongoing.status).toBe('preliminary');
    expect(ongoing.effectivePeriod?.end).toBeUndefined();
  });

  it('writes pain as LOINC 72514-3 valueInteger observations and intakes as MedicationStatements', () => {
    const pains = resources.filter(
      (r) =>
        r.resourceType === 'Observation' && (r as Observation).code.coding?.[0]?.code === '72514-3',
    ) as Observation[];
    expect(pains.map((p) => p.valueInteger).sort()).toEqual([3, 4, 5, 6, 8, 8]);
    const statement = byIdentifier('i-1') as Resource & Record<string, any>;
    expect(statement.resourceType).toBe('MedicationStatement');
    expect(statement.status).toBe('completed');
    expect(statement.dosage[0]).toMatchObject({
      asNeededBoolean: true,
      doseAndRate: [
        { doseQuantity: { value: 50, code: 'mg', system: 'http://unitsofmeasure.org' } },
      ],
    });
    expect(statement.reasonReference[0].reference).toBe(`urn:uuid:${byIdentifier('a-dst')?.id}`);
    const medication = resources.find(
      (r) => r.resourceType === 'Medication' && JSON.stringify(r).includes('N02CC01'),
    );
    expect(medication).toBeDefined();
  });

  it('writes sessions as Procedures with the local craniosacral code, and the patient with tz-code', () => {
    const procedure = byIdentifier('s-1') as Resource & Record<string, any>;
    expect(procedure.resourceType).toBe('Procedure');
    expect(procedure.code.coding).toEqual([
      {
        system: 'https://stillpoint.app/fhir/CodeSystem/therapy-type',
        code: 'craniosacral',
        display: 'Craniosacral',
      },
    ]);
    expect(procedure.code.text).toBe('Craniosacral therapy');
    expect(procedure.performer[0].actor.display).toBe('A. Practitioner');
    const massage = byIdentifier('s-3') as Resource & Record<string, any>;
    expect(massage.code.coding[0].code).toBe('387854002');
    const patient = resources.find((r) => r.resourceType === 'Patient') as Resource &
      Record<string, any>;
    expect(patient.extension).toEqual([
      { url: 'http://hl7.org/fhir/StructureDefinition/tz-code', valueCode: 'Europe/Berlin' },
    ]);
  });

  it('writes questionnaires without LOINC codes, scores twice, and conditions as "not a diagnosis"', () => {
    const q = resources.filter((r) => r.resourceType === 'Questionnaire') as (Resource &
      Record<string, any>)[];
    expect(q.map((x) => x.url).sort()).toEqual([
      'https://stillpoint.app/fhir/Questionnaire/hit-6',
      'https://stillpoint.app/fhir/Questionnaire/midas',
    ]);
    expect(q.every((x) => x.code === undefined)).toBe(true);
    expect(JSON.stringify(q)).not.toMatch(/headaches? (limit|make) you/i); // no licensed HIT-6 wording
    const qr = byIdentifier('q-hit6') as Resource & Record<string, any>;
    expect(qr.item.at(-1)).toEqual({ linkId: 'total', answer: [{ valueInteger: 63 }] });
    const score = resources.find((r) =>
      JSON.stringify(r).includes(`"derivedFrom":[{"reference":"urn:uuid:${qr.id}"}]`),
    ) as Observation;
    expect(score.valueInteger).toBe(63);
    const conditions = resources.filter((r) => r.resourceType === 'Condition') as (Resource &
      Record<string, any>)[];
    expect(conditions.length).toBeGreaterThan(0);
    for (const c of conditions) {
      expect(c.verificationStatus.coding[0].code).toBe('unconfirmed');
      expect(c.code.text).toContain('not a diagnosis');
    }
  });
});

describe('the validators catch planted errors (so 0 errors means something)', () => {
  it('reports a bad status, a string integer, an unknown property and a bad date', () => {
    const bad = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          fullUrl: 'urn:uuid:2b3c9c1e-1111-4111-8111-111111111111',
          resource: { resourceType: 'Patient', id: 'p', birthDate: '1990-13-45', foo: 1 },
        },
        {
          fullUrl: 'urn:uuid:2b3c9c1e-2222-4222-8222-222222222222',
          resource: {
            resourceType: 'Observation',
            id: 'o',
            status: 'done',
            code: { text: 'x' },
            valueInteger: '7',
          },
        },
      ],
    } as unknown as Bundle;
    expect(ajv(bad).length).toBeGreaterThanOrEqual(4);
    expect(medplum(bad).length).toBeGreaterThanOrEqual(3);
  });
});

describe('committed code table', () => {
  it('schema/fhir-codes.json lists exactly the table (regenerate: UPDATE_CODE_TABLE=1 npx vitest run test/interop/fhir.test.ts)', () => {
    const table = codeTable();
    if (process.env.UPDATE_CODE_TABLE)
      writeFileSync('schema/fhir-codes.json', `${JSON.stringify(table, null, 2)}\n`);
    expect(JSON.parse(readFileSync('schema/fhir-codes.json', 'utf8'))).toEqual(table);
  });

  it('marks the codes docs/interop.md says to verify', () => {
    const index = codeIndex();
    for (const code of ['409668002', '313387002', '387854002']) {
      expect(index.get(codeKey('http://snomed.info/sct', code))?.verify, code).toBeTruthy();
    }
    expect(index.get(codeKey('http://loinc.org', '72514-3'))?.verify).toBeUndefined();
  });
});
