import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { stillpoint, tempDir } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const diary = demoDiary({ until: '2026-02-28', seed: 3 });
const therapyId = diary.therapies[0]?.id ?? '';
const NOW = '2026-03-01T12:00:00Z'; // the harness clock
const PRODUCT_KEYS = [
  'therapyId',
  'outcome',
  'verdict',
  'baseline',
  'treatment',
  'rateRatio',
  'pImproved',
  'pBeyondPlacebo',
  'warnings',
];

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describeEachDatabase('therapy verdict, plan and next session through the API on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
    expect((await h.request('POST', '/api/diary/import', diary)).status).toBe(200);
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers the verdict in the docs/product.md §5.3 shape, identical to `stillpoint verdict` on the file', async () => {
    const res = await h.request('GET', `/api/therapies/${therapyId}/verdict`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(PRODUCT_KEYS));
    expect(Object.keys(res.body.baseline)).toEqual(
      expect.arrayContaining(['days', 'recordedDays', 'eventDays', 'per28']),
    );
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('placebo_context');
    expect(res.body.immediateEffects.label).toBe('uncontrolled');
    const file = join(tempDir(), 'diary.json');
    writeFileSync(file, JSON.stringify(diary));
    const cli = stillpoint(['verdict', file, '--json', '--now', NOW]);
    expect(cli.status, cli.stderr).toBe(0);
    const { file: _file, ...fromFile } = lines(cli.stdout)[0];
    expect(fromFile).toEqual(res.body);
  });

  it('counts headache days on request and names a bad option or an unknown course', async () => {
    const headache = await h.request(
      'GET',
      `/api/therapies/${therapyId}/verdict?outcome=headache_days`,
    );
    expect(headache.body.outcome).toBe('headache_days');
    const bad = await h.request('GET', `/api/therapies/${therapyId}/verdict?outcome=vibes`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('outcome');
    const missing = await h.request('GET', '/api/therapies/nope/verdict');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', field: 'therapyId' });
  });

  it('recommends the next session by phase', async () => {
    const res = await h.request('GET', `/api/therapies/${therapyId}/next-session`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ therapyId, basis: 'cadence' });
    expect(['high', 'stabilising', 'maintenance', 'unknown']).toContain(res.body.phase);
    expect(res.body.nextSession >= '2026-03-01').toBe(true);
  });

  it('stores one randomised plan, refuses to redraw it, and changes nothing on a bad request', async () => {
    const none = await h.request('GET', `/api/therapies/${therapyId}/plan`);
    expect(none.status).toBe(404);
    expect(none.body.error.field).toBe('plan');
    const past = await h.request('POST', `/api/therapies/${therapyId}/plan`, {
      start: '2026-01-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.field).toBe('start');
    const few = await h.request('POST', `/api/therapies/${therapyId}/plan`, { pairs: 3 });
    expect(few.status).toBe(400);
    expect(few.body.error.field).toBe('pairs');
    expect((await h.request('GET', `/api/therapies/${therapyId}`)).body.plan).toBeUndefined();

    const made = await h.request('POST', `/api/therapies/${therapyId}/plan`);
    expect(made.status).toBe(201);
    expect(made.body.plan.periods).toHaveLength(10);
    expect(made.body.plan.periods[0].start).toBe('2026-03-02');
    expect(made.body.status).toBe('not_started');
    const read = await h.request('GET', `/api/therapies/${therapyId}/plan`);
    expect(read.body.plan.orders).toEqual(made.body.plan.orders);
    expect(read.body.plan.seed).toBe(made.body.plan.seed);
    const again = await h.request('POST', `/api/therapies/${therapyId}/plan`);
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('plan');
    const exported = await h.request('GET', '/api/diary');
    const course = exported.body.therapies.find((t: { id: string }) => t.id === therapyId);
    expect(course.plan).toMatchObject({
      seed: made.body.plan.seed,
      pairs: 5,
      start: '2026-03-02',
    });
    const verdict = await h.request('GET', `/api/therapies/${therapyId}/verdict`);
    expect(verdict.body.abab.adherence.pendingPeriods).toBe(10);

    const path = `/api/therapies/${therapyId}`;
    const redraw = await h.request('PATCH', path, { plan: { ...course.plan, seed: 1 } });
    expect(redraw.status).toBe(409);
    expect(redraw.body.error).toMatchObject({ code: 'conflict', field: 'plan' });
    expect((await h.request('PATCH', path, { plan: null })).status).toBe(409);
    const { plan: _plan, ...withoutPlan } = course;
    expect((await h.request('PUT', path, withoutPlan)).status).toBe(409);
    expect((await h.request('PUT', path, course)).status).toBe(200);
    const renamed = await h.request('PATCH', path, { notes: 'ABAB from March' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.plan).toEqual(course.plan);
  });

  it('lets only one of two racing requests store a plan', async () => {
    const course = { id: 'race', name: 'Massage', kind: 'massage', start: '2026-02-01' };
    expect((await h.request('POST', '/api/therapies', course)).status).toBe(201);
    const results = await Promise.all(
      [0, 1, 2].map(() => h.request('POST', '/api/therapies/race/plan', {})),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const stored = await h.request('GET', '/api/therapies/race/plan');
    const winner = results.find((r) => r.status === 201);
    expect(stored.body.plan.orders).toEqual(winner?.body.plan.orders);
  });

  it('documents the four operations in OpenAPI', async () => {
    const doc = await h.request('GET', '/api/openapi.json');
    for (const path of ['verdict', 'next-session', 'plan']) {
      expect(doc.body.paths).toHaveProperty([`/api/therapies/{id}/${path}`]);
    }
    expect(doc.body.paths['/api/therapies/{id}/plan']).toHaveProperty('post');
  });
});

describe('therapy commands on files (no database)', () => {
  const dir = tempDir();
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  const broken = join(dir, 'broken.json');
  writeFileSync(a, JSON.stringify(diary));
  writeFileSync(b, JSON.stringify(demoDiary({ until: '2026-05-31', seed: 9 })));
  writeFileSync(broken, JSON.stringify({ ...diary, therapies: [{ id: 'x' }] }));

  it('streams one verdict per file, keeps going past a bad one and exits 2', () => {
    const r = stillpoint(['verdict', a, broken, b, '--json', '--now', NOW]);
    expect(r.status).toBe(2);
    const [first, bad, second] = lines(r.stdout);
    expect(first.file).toBe(a);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(PRODUCT_KEYS));
    expect(bad.error).toMatchObject({ code: 'invalid', field: 'therapies[0].name' });
    expect(second.file).toBe(b);
    const unknown = stillpoint(['verdict', a, '--therapy', 'nope', '--json', '--now', NOW]);
    expect(lines(unknown.stdout)[0].error).toMatchObject({ code: 'not_found', field: 'therapyId' });
  });

  it('prints a readable verdict with the placebo context and the uncontrolled label', () => {
    const r = stillpoint(['verdict', a, '--now', NOW]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Verdict: /m);
    expect(r.stdout).toContain('1 in 4 people halve');
    expect(r.stdout).toContain('Immediate effects of sessions (uncontrolled)');
  });

  it('draws a plan, saves it into the file once, and then reports it', () => {
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(diary));
    const preview = lines(
      stillpoint(['plan', file, '--json', '--seed', '7', '--now', NOW]).stdout,
    )[0];
    expect(preview.saved).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).therapies[0].plan).toBeUndefined();
    const save = stillpoint(['plan', file, '--save', '--seed', '7', '--json', '--now', NOW]);
    expect(save.status, save.stderr).toBe(0);
    expect(lines(save.stdout)[0].plan.orders).toEqual(preview.plan.orders);
    expect(JSON.parse(readFileSync(file, 'utf8')).therapies[0].plan.seed).toBe(7);
    const shown = lines(stillpoint(['plan', file, '--json', '--now', NOW]).stdout)[0];
    expect(shown.plan.orders).toEqual(preview.plan.orders);
    const redraw = stillpoint(['plan', file, '--save', '--json', '--now', NOW]);
    expect(redraw.status).toBe(2);
    expect(lines(redraw.stdout)[0].error).toMatchObject({ code: 'conflict', field: 'plan' });
    const few = stillpoint(['plan', file, '--pairs', '3']);
    expect(few.status).toBe(2);
    expect(few.stderr).toContain('pairs: must be at least 5');
  });

  it('suggests the next session from a file', () => {
    const r = stillpoint(['next-session', a, '--now', NOW]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/next session 2026-0[3-4]-\d\d/);
  });
});
