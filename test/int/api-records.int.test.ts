import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const attack = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  start: '2026-02-10T06:30:00Z',
  end: '2026-02-10T18:00:00Z',
  peakPain: 7,
  side: 'left',
  nausea: true,
  ...extra,
});

describeEachDatabase('diary records over HTTP on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
  });
  afterAll(async () => {
    await h.close();
  });

  it('reports health with the dialect in use', async () => {
    const res = await h.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: dialect });
  });

  it('creates an attack and reads it back in the diary-format shape', async () => {
    const res = await h.request('POST', '/api/attacks', attack('a1'));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      ...attack('a1'),
      regions: [],
      quality: [],
      autonomic: [],
      aura: [],
      auraToHeadacheMinutes: null,
      triggers: [],
      reliefMeasures: [],
      redFlags: [],
      readings: [],
    });
    expect((await h.request('GET', '/api/attacks/a1')).body).toEqual(res.body);
  });

  it('never duplicates a retried create, and refuses the same id with other content', async () => {
    const again = await h.request('POST', '/api/attacks', attack('a1'));
    expect(again.status).toBe(200);
    const list = await h.request('GET', '/api/attacks');
    expect(list.body.filter((a: { id: string }) => a.id === 'a1')).toHaveLength(1);
    const clash = await h.request('POST', '/api/attacks', attack('a1', { peakPain: 3 }));
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({ code: 'conflict', field: 'id' });
    expect((await h.request('GET', '/api/attacks/a1')).body.peakPain).toBe(7);
  });

  it('upserts by id with PUT and never duplicates', async () => {
    const first = await h.request('PUT', '/api/attacks/a2', attack('a2', { end: null }));
    expect(first.status).toBe(201);
    const second = await h.request('PUT', '/api/attacks/a2', attack('a2', { end: null }));
    expect(second.status).toBe(200);
    const mismatch = await h.request('PUT', '/api/attacks/a2', attack('other'));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('id');
    const ids = (await h.request('GET', '/api/attacks')).body.map((a: { id: string }) => a.id);
    expect(ids).toEqual(['a1', 'a2']);
  });

  it('patches fields, clears optional ones with null, and ends an ongoing attack', async () => {
    const res = await h.request('PATCH', '/api/attacks/a2', {
      end: '2026-02-11T02:00:00Z',
      nausea: null,
      side: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.end).toBe('2026-02-11T02:00:00Z');
    expect(res.body).not.toHaveProperty('nausea');
    expect(res.body.side).toBeNull();
    const bad = await h.request('PATCH', '/api/attacks/a2', { end: '2026-02-01T00:00:00Z' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid', field: 'end' });
    const one = await h.request('PATCH', '/api/attacks/a1', { peakPain: 8 });
    expect(one.body).toEqual({ ...(await h.request('GET', '/api/attacks/a1')).body, peakPain: 8 });
    expect(one.body.end).toBe('2026-02-10T18:00:00Z');
    expect(one.body.side).toBe('left');
    await h.request('PATCH', '/api/attacks/a1', { peakPain: 7 });
    const missing = await h.request('PATCH', '/api/attacks/nope', { peakPain: 2 });
    expect(missing.status).toBe(404);
  });

  it('names every bad field by JSON path and rejects unknown fields', async () => {
    const res = await h.request('POST', '/api/attacks', {
      id: 'bad',
      start: '2026-02-30T06:30:00Z',
      peakPain: 11,
      regions: ['temple', 'elbow'],
      colour: 'red',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid');
    const fields = res.body.error.issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual(['colour', 'peakPain', 'regions[1]', 'start']);
    const unknown = res.body.error.issues.find((i: { field: string }) => i.field === 'colour');
    expect(unknown.message).toBe('unknown field "colour"');
    expect((await h.request('GET', '/api/attacks/bad')).status).toBe(404);
  });

  it('lists attacks overlapping local days, including ongoing ones', async () => {
    await h.request('PUT', '/api/person', { timeZone: 'Europe/Berlin' });
    await h.request(
      'POST',
      '/api/attacks',
      attack('a3', { start: '2026-02-20T22:30:00Z', end: null }),
    );
    const day = async (from: string, to: string) =>
      (await h.request('GET', `/api/attacks?from=${from}&to=${to}`)).body.map(
        (a: { id: string }) => a.id,
      );
    expect(await day('2026-02-10', '2026-02-10')).toEqual(['a1', 'a2']);
    expect(await day('2026-02-11', '2026-02-11')).toEqual(['a2']);
    // 22:30Z on the 20th is 23:30 in Berlin: the attack starts on the 20th locally.
    expect(await day('2026-02-20', '2026-02-20')).toEqual(['a3']);
    expect(await day('2026-02-25', '2026-03-01')).toEqual(['a3']);
    const reversed = await h.request('GET', '/api/attacks?from=2026-02-12&to=2026-02-10');
    expect(reversed.body.error).toMatchObject({ code: 'invalid', field: 'to' });
    const badQuery = await h.request('GET', '/api/attacks?from=yesterday&limit=3');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error.issues.map((i: { field: string }) => i.field).sort()).toEqual([
      'from',
      'limit',
    ]);
  });

  it('adds pain readings, replaces a reading at the same instant, and raises the peak', async () => {
    const add = (body: unknown) => h.request('POST', '/api/attacks/a3/readings', body);
    expect((await add({ at: '2026-02-21T01:00:00Z', pain: 5 })).status).toBe(200);
    const res = await add({ at: '2026-02-21T01:00:00Z', pain: 9 });
    expect(res.body.readings).toEqual([{ at: '2026-02-21T01:00:00Z', pain: 9 }]);
    expect(res.body.peakPain).toBe(9);
    const now = await add({ pain: 4 });
    expect(now.body.readings[1]).toEqual({ at: '2026-03-01T12:00:00Z', pain: 4 });
    const before = await add({ at: '2026-02-01T00:00:00Z', pain: 4 });
    expect(before.body.error).toMatchObject({ code: 'invalid', field: 'at' });
    expect((await h.request('POST', '/api/attacks/none/readings', { pain: 2 })).status).toBe(404);
  });

  it('checks references and guards deletes', async () => {
    const orphan = await h.request('POST', '/api/intakes', {
      id: 'i1',
      medicationId: 'm1',
      at: '2026-02-10T07:00:00Z',
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.error).toMatchObject({ field: 'medicationId' });
    await h.request('POST', '/api/medications', {
      id: 'm1',
      name: 'Sumatriptan',
      class: 'triptan',
    });
    const ok = await h.request('POST', '/api/intakes', {
      id: 'i1',
      medicationId: 'm1',
      at: '2026-02-10T07:00:00Z',
      attackId: 'a1',
      dose: '50 mg',
      relief: 'partial',
    });
    expect(ok.status).toBe(201);
    const blocked = await h.request('DELETE', '/api/medications/m1');
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain('intake');
    expect((await h.request('DELETE', '/api/attacks/a1')).status).toBe(204);
    expect((await h.request('GET', '/api/intakes/i1')).body.attackId).toBeNull();
    expect((await h.request('DELETE', '/api/attacks/a1')).status).toBe(404);
  });

  it('stores check-ins by date, therapies, sessions and questionnaires', async () => {
    const d = await h.request('PUT', '/api/days/2026-02-10', { stress: 7, menstruation: false });
    expect(d.status).toBe(201);
    expect(d.body).toEqual({ date: '2026-02-10', stress: 7, menstruation: false });
    expect((await h.request('PUT', '/api/days/2026-02-31', {})).body.error.field).toBe('date');
    await h.request('POST', '/api/therapies', {
      id: 't1',
      name: 'Craniosacral therapy',
      kind: 'craniosacral',
      start: '2026-02-15',
    });
    const s = await h.request('POST', '/api/sessions', {
      id: 's1',
      therapyId: 't1',
      at: '2026-02-15T16:00:00Z',
      handPositions: ['skull_base', 'sacrum'],
      painBefore: 6,
      painAfter: 3,
    });
    expect(s.status).toBe(201);
    expect((await h.request('DELETE', '/api/therapies/t1')).status).toBe(409);
    const hit = await h.request('POST', '/api/questionnaires', {
      id: 'q1',
      instrument: 'hit6',
      date: '2026-02-15',
      answers: [2, 3, 3, 4, 2, 6],
    });
    expect(hit.body.error).toMatchObject({ field: 'answers[5]' });
    const midas = await h.request('POST', '/api/questionnaires', {
      id: 'q2',
      instrument: 'midas',
      date: '2026-02-15',
      answers: [50, 50, 0, 0, 0, 10, 5],
    });
    expect(midas.body.error.message).toContain('Q1 + Q2');
  });

  it('refuses malformed JSON, oversized bodies and unknown endpoints with error bodies', async () => {
    const bad = await h.request('POST', '/api/attacks', '{"id": "x",');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid', field: '(body)' });
    const big = await h.request('POST', '/api/attacks', {
      ...attack('big'),
      notes: 'x'.repeat(400_000),
    });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('too_large');
    const nowhere = await h.request('GET', '/api/nothing');
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.code).toBe('not_found');
  });

  it('keeps owners apart: another owner sees nothing and cannot change anything', async () => {
    const other = { userId: 'u2', ownerId: 'u2', role: 'owner' as const };
    const attacks = h.runtime.services.entities.attack;
    await h.runtime.services.person.ensureOwner(other, '2026-03-01T00:00:00Z');
    expect(await attacks.list(other)).toEqual([]);
    await expect(attacks.get(other, 'a2')).rejects.toMatchObject({ code: 'not_found' });
    await expect(attacks.remove(other, 'a2')).rejects.toMatchObject({ code: 'not_found' });
    await attacks.create(other, attack('a2', { peakPain: 2 }));
    expect((await attacks.get(h.runtime.actor, 'a2')).peakPain).toBe(7);
    await expect(attacks.list({ ...other, ownerId: 'local' })).resolves.toBeDefined();
    await expect(
      attacks.list({ userId: 'u2', ownerId: 'u2', role: 'owner' }),
    ).resolves.toHaveLength(1);
  });

  it('serves an OpenAPI 3.1 document covering every operation', async () => {
    const doc = (await h.request('GET', '/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const plural of [
      'attacks',
      'medications',
      'intakes',
      'days',
      'therapies',
      'sessions',
      'questionnaires',
    ]) {
      const key = plural === 'days' ? 'date' : 'id';
      expect(Object.keys(doc.paths[`/api/${plural}`])).toEqual(['get', 'post']);
      expect(Object.keys(doc.paths[`/api/${plural}/{${key}}`]).sort()).toEqual([
        'delete',
        'get',
        'patch',
        'put',
      ]);
    }
    expect(doc.paths['/api/diary/import'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/attacks/{id}/readings'].post).toBeDefined();
  });
});
