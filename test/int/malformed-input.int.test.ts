import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiRoutes } from '../../src/server/http/app.ts';
import { ENTITY_SPECS } from '../../src/server/repos/entity-specs.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const SEED = {
  format: 'stillpoint.diary',
  version: 1,
  person: { timeZone: 'Europe/Berlin' },
  attacks: [{ id: 'a1', start: '2026-02-10T06:30:00Z', end: '2026-02-10T18:00:00Z', peakPain: 7 }],
  medications: [{ id: 'm1', name: 'Ibuprofen', class: 'nonopioid_analgesic' }],
  intakes: [{ id: 'i1', medicationId: 'm1', at: '2026-02-10T07:00:00Z', attackId: 'a1' }],
  days: [{ date: '2026-02-10', stress: 6 }],
  therapies: [{ id: 't1', name: 'CST', kind: 'craniosacral', start: '2026-02-01' }],
  sessions: [{ id: 's1', therapyId: 't1', at: '2026-02-01T16:00:00Z' }],
  questionnaires: [
    { id: 'q1', instrument: 'hit6', date: '2026-02-01', answers: [2, 3, 3, 4, 2, 3] },
  ],
};

/** Valid-looking records with one field broken, or arbitrary JSON. */
const hostileBody = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc
    .constantFrom(...Object.values(SEED).filter(Array.isArray).flat())
    .chain((record) =>
      fc
        .tuple(fc.constantFrom(...Object.keys(record as object), 'unknownField'), fc.jsonValue())
        .map(([key, value]) => ({ ...(record as object), [key]: value })),
    ),
  fc.string().map((s) => `{"id": ${s}`),
);

const hostileSegment = fc.oneof(
  fc.constantFrom('a1', 'm1', 't1', '2026-02-10', '..', '%00', '%E0%A4%A', 'x'.repeat(300)),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);
const hostileQuery = fc
  .dictionary(
    fc.constantFrom('from', 'to', 'mode', 'dryRun', 'limit', '__proto__'),
    fc.oneof(fc.string(), fc.constantFrom('2026-02-10', '2026-13-45', 'true', 'replace')),
  )
  .map((q) => new URLSearchParams(q as Record<string, string>).toString());

describeEachDatabase('malformed input on %s', (dialect) => {
  let h: Harness;
  let baseline: unknown;
  beforeAll(async () => {
    h = await createHarness(dialect);
    expect((await h.request('POST', '/api/diary/import', SEED)).status).toBe(200);
    baseline = (await h.request('GET', '/api/diary')).body;
  });
  afterAll(async () => {
    await h.close();
  });

  // Only the route shapes are needed here; the handlers run inside the harness app.
  const shapes = {
    entities: Object.fromEntries(ENTITY_SPECS.map((spec) => [spec.name, { spec }])),
  };
  const routes = apiRoutes(shapes as never, 'test');
  it.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r]))(
    '%s: never a 5xx, always an error body naming the problem, nothing changed on refusal',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(
          hostileSegment,
          hostileQuery,
          hostileBody,
          async (segment, query, body) => {
            const path = route.path.replace(/:[A-Za-z]+/g, segment);
            const init: RequestInit = { method: route.method.toUpperCase() };
            if (route.method !== 'get' && route.method !== 'delete') {
              init.body = typeof body === 'string' ? body : JSON.stringify(body ?? null);
              init.headers = { 'content-type': 'application/json' };
            }
            const res = await h.app.request(`${path}${query ? `?${query}` : ''}`, init);
            expect(res.status).toBeLessThan(500);
            if (res.status >= 400) {
              const payload = (await res.json()) as any;
              expect(typeof payload.error.code).toBe('string');
              expect(payload.error.message.length).toBeGreaterThan(0);
              expect((await h.request('GET', '/api/diary')).body).toEqual(baseline);
            } else {
              // An accepted hostile request: restore the baseline for the next run.
              await h.request('POST', '/api/diary/import?mode=replace', baseline);
            }
          },
        ),
        { numRuns: 60, seed: 20260201 },
      );
    },
    120_000,
  );
});
