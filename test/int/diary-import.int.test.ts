import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const demo = () => demoDiary({ until: '2026-02-28', seed: 7 });

describeEachDatabase('whole-diary export and import on %s', (dialect) => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    [a, b] = await Promise.all([createHarness(dialect), createHarness(dialect)]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('exports an empty diary with the person profile', async () => {
    const res = await a.request('GET', '/api/diary');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      format: 'stillpoint.diary',
      version: 2,
      attacks: [],
      days: [],
    });
    expect(res.body.person.timeZone).toEqual(expect.any(String));
  });

  it('imports a diary, and importing it again changes nothing', async () => {
    const diary = demo();
    const first = await a.request('POST', '/api/diary/import', diary);
    expect(first.status).toBe(200);
    expect(first.body.counts.attacks).toEqual({
      inFile: diary.attacks.length,
      added: diary.attacks.length,
      total: diary.attacks.length,
    });
    const exported = (await a.request('GET', '/api/diary')).body;
    const again = await a.request('POST', '/api/diary/import', diary);
    expect(again.body.counts.attacks.added).toBe(0);
    expect((await a.request('GET', '/api/diary')).body).toEqual(exported);
  });

  it('round-trips: export → import into an empty database → export is identical', async () => {
    const exported = (await a.request('GET', '/api/diary')).body;
    expect(exported).toEqual(demo());
    const res = await b.request('POST', '/api/diary/import', exported);
    expect(res.status).toBe(200);
    expect((await b.request('GET', '/api/diary')).body).toEqual(exported);
  });

  it('dry-run validates and counts without writing', async () => {
    const before = (await b.request('GET', '/api/diary')).body;
    const extra = {
      ...before,
      attacks: [...before.attacks, { id: 'new', start: '2026-02-27T10:00:00Z' }],
    };
    const res = await b.request('POST', '/api/diary/import?dryRun=true', extra);
    expect(res.body).toMatchObject({ dryRun: true, counts: { attacks: { added: 1 } } });
    expect((await b.request('GET', '/api/diary')).body).toEqual(before);
  });

  it('replace mode makes the diary equal the file', async () => {
    const small = { format: 'stillpoint.diary', version: 1, person: { timeZone: 'UTC' } };
    const res = await b.request('POST', '/api/diary/import?mode=replace', small);
    expect(res.body.counts.attacks).toEqual({ inFile: 0, added: 0, total: 0 });
    const after = (await b.request('GET', '/api/diary')).body;
    expect(after.attacks).toEqual([]);
    expect(after.person).toEqual({ timeZone: 'UTC', factors: [] });
  });

  const refusals: [string, (d: any) => unknown, string][] = [
    ['truncated JSON', (d) => JSON.stringify(d).slice(0, 500), '(body)'],
    [
      'a wrong type',
      (d) => ({ ...d, attacks: [{ ...d.attacks[0], peakPain: 'high' }] }),
      'attacks[0].peakPain',
    ],
    [
      'a dangling id',
      (d) => ({ ...d, intakes: [{ ...d.intakes[0], medicationId: 'gone' }] }),
      'intakes[0].medicationId',
    ],
    ['a duplicate id', (d) => ({ ...d, attacks: [d.attacks[0], d.attacks[0]] }), 'attacks[1].id'],
    ['a wrong format name', (d) => ({ ...d, format: 'other' }), 'format'],
    ['a future version', (d) => ({ ...d, version: 3 }), 'version'],
    ['not an object', () => [1, 2, 3], '(body)'],
  ];
  it.each(refusals)(
    'refuses a file with %s, naming the field, and changes nothing',
    async (_n, make, field) => {
      const before = (await a.request('GET', '/api/diary')).body;
      const res = await a.request('POST', '/api/diary/import?mode=replace', make(demo()));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid');
      expect(res.body.error.field).toBe(field);
      expect((await a.request('GET', '/api/diary')).body).toEqual(before);
    },
  );

  it('refuses a 50 MB document over HTTP with 413 and changes nothing', async () => {
    const before = (await a.request('GET', '/api/diary')).body;
    const d = demo();
    const huge = { ...d, days: [{ date: '2026-01-01', notes: 'x'.repeat(50 * 1024 * 1024) }] };
    const res = await a.request('POST', '/api/diary/import', huge);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'too_large' });
    expect(res.body.error.message).toContain('bytes');
    expect((await a.request('GET', '/api/diary')).body).toEqual(before);
  });

  it('rolls back a failing import completely (all or nothing)', async () => {
    const before = (await a.request('GET', '/api/diary')).body;
    const services = a.runtime.services;
    const d = demo();
    let calls = 0;
    const failing = () => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
    };
    await expect(
      services.diary.import(
        a.runtime.actor,
        { ...d, attacks: d.attacks.map((x) => ({ ...x, notes: 'changed' })) },
        {},
        failing,
      ),
    ).rejects.toThrow('disk full');
    expect((await a.request('GET', '/api/diary')).body).toEqual(before);
  });
});
