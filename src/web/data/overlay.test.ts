import { describe, expect, it } from 'vitest';
import type { Attack } from '../api/types.ts';
import type { PendingOp } from '../offline/queue.ts';
import { withPending } from './overlay.ts';

const attack = (id: string, extra: Partial<Attack> = {}): Attack => ({
  id,
  start: '2026-11-20T08:00:00Z',
  end: null,
  side: null,
  regions: [],
  quality: [],
  autonomic: [],
  aura: [],
  auraToHeadacheMinutes: null,
  triggers: [],
  reliefMeasures: [],
  redFlags: [],
  readings: [],
  ...extra,
});

const op = (kind: PendingOp['kind'], key: string, body?: unknown, failed = false): PendingOp => ({
  opId: `${kind}-${key}-${Math.random()}`,
  kind,
  collection: 'attacks',
  key,
  body,
  label: kind,
  queuedAt: '2026-11-20T08:00:00Z',
  ...(failed ? { failure: { message: 'refused' } } : {}),
});

describe('withPending', () => {
  it('shows queued creates, readings and patches in order', () => {
    const rows = withPending(
      'attacks',
      [],
      [
        op('create', 'a1', attack('a1')),
        op('reading', 'a1', { at: '2026-11-20T08:10:00Z', pain: 6 }),
        op('patch', 'a1', { end: '2026-11-20T10:00:00Z' }),
      ],
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'a1',
        end: '2026-11-20T10:00:00Z',
        peakPain: 6,
        readings: [{ at: '2026-11-20T08:10:00Z', pain: 6 }],
      }),
    ]);
  });

  it('replaces a record by key instead of duplicating it, and removes deleted ones', () => {
    const server = [attack('a1'), attack('a2')];
    const rows = withPending('attacks', server, [
      op('put', 'a1', attack('a1', { peakPain: 4 })),
      op('delete', 'a2'),
    ]);
    expect(rows.map((a) => [a.id, a.peakPain])).toEqual([['a1', 4]]);
  });

  it('ignores writes the server refused and other collections', () => {
    const rows = withPending('attacks', [attack('a1')], [
      op('patch', 'a1', { peakPain: 9 }, true),
      { ...op('delete', 'a1'), collection: 'intakes' },
    ]);
    expect(rows).toEqual([attack('a1')]);
  });
});
