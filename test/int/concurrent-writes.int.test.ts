import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

describeEachDatabase('concurrent writes on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
  });
  afterAll(async () => {
    await h.close();
  });

  it('retries racing each other create one record: one 201, the rest 200', async () => {
    const body = {
      id: 'race',
      start: '2026-01-05T06:30:00Z',
      end: '2026-01-05T09:00:00Z',
      peakPain: 6,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => h.request('POST', '/api/attacks', body)),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const all = (await h.request('GET', '/api/attacks')).body;
    expect(all.filter((a: { id: string }) => a.id === 'race')).toHaveLength(1);
  });

  it('a failing write among concurrent ones changes nothing and does not disturb the others', async () => {
    const { store } = h.runtime.services;
    const good = Array.from({ length: 10 }, (_, i) =>
      h.request('POST', '/api/attacks', { id: `ok-${i}`, start: '2026-01-06T06:30:00Z' }),
    );
    const failing = store.write(async (repos) => {
      await repos.entity('attack').upsert('local', {
        id: 'half-done',
        start: '2026-01-07T06:30:00Z',
        end: null,
        side: null,
        auraToHeadacheMinutes: null,
      });
      throw new Error('fails after its first statement');
    });
    await expect(failing).rejects.toThrow('fails after its first statement');
    expect((await Promise.all(good)).map((r) => r.status)).toEqual(Array(10).fill(201));
    expect((await h.request('GET', '/api/attacks/half-done')).status).toBe(404);
    expect(
      (await h.request('GET', '/api/attacks?from=2026-01-06&to=2026-01-06')).body,
    ).toHaveLength(10);
  });
});
