import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Attack } from '../../src/web/api/types.ts';
import { withPending } from '../../src/web/data/overlay.ts';
import type { PendingOp } from '../../src/web/offline/ops.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

/**
 * A pain reading queued offline on the phone shows what the server stores once it arrives:
 * the web app's overlay and the server apply the same domain function, and here they are fed
 * the same readings (out of order, a retry, a correction, one outside the attack).
 */
describeEachDatabase('pain readings on the phone and on the server (%s)', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
  });
  afterAll(async () => {
    await h.close();
  });

  it('give the same attack', async () => {
    const created = await h.request('POST', '/api/attacks', {
      id: 'zone-a1',
      start: '2026-03-01T08:00:00Z',
      end: '2026-03-01T12:00:00Z',
      peakPain: 3,
    });
    expect(created.status).toBe(201);
    const readings = [
      { at: '2026-03-01T10:00:00Z', pain: 6 },
      { at: '2026-03-01T09:00:00Z', pain: 8 },
      { at: '2026-03-01T10:00:00Z', pain: 6 }, // a retry
      { at: '2026-03-01T09:00:00Z', pain: 5 }, // a correction
      { at: '2026-03-01T13:00:00Z', pain: 4 }, // after the end: refused by both
      { at: '2026-03-01T11:30:00Z', pain: 2 },
    ];
    const statuses: number[] = [];
    for (const body of readings) {
      statuses.push((await h.request('POST', '/api/attacks/zone-a1/readings', body)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 400, 200]);
    const server = (await h.request('GET', '/api/attacks/zone-a1')).body as Attack;

    const ops: PendingOp[] = readings.map((body, i) => ({
      opId: `op${i}`,
      kind: 'reading',
      collection: 'attacks',
      key: 'zone-a1',
      body,
      label: `Pain ${body.pain}`,
      queuedAt: '2026-03-01T12:00:00Z',
    }));
    const [phone] = withPending('attacks', [created.body as Attack], ops);
    expect(phone).toEqual(server);
    expect(server.readings.map((r) => r.pain)).toEqual([5, 6, 2]);
    expect(server.peakPain).toBe(8);
  });
});
