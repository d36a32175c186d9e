import { type Actor, assertCan } from '../../domain/access.ts';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import type { Clock } from '../../domain/clock.ts';
import { attackSchema, painReadingSchema } from '../../domain/diary/diary.schema.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { attackSpec } from '../repos/entity-specs.ts';
import type { Store } from './store.ts';

/**
 * Extra pain readings during an attack (a pain curve). A reading at an instant that already has
 * one replaces it, so a retried request never adds a second point; a reading above the recorded
 * peak raises the peak.
 */
export class ReadingService {
  private readonly store: Store;
  private readonly clock: Clock;

  constructor(store: Store, clock: Clock) {
    this.store = store;
    this.clock = clock;
  }

  async add(actor: Actor, attackId: string, input: unknown): Promise<Record<string, unknown>> {
    assertCan(actor, 'write', actor.ownerId);
    const body =
      input && typeof input === 'object' && !Array.isArray(input) && !('at' in input)
        ? { ...input, at: isoSeconds(this.clock.nowMs()) }
        : input;
    const reading = parseOrThrow(painReadingSchema, body);
    return this.store.write(async (repos) => {
      const repo = repos.entity(attackSpec.name);
      const attack = await repo.get(actor.ownerId, attackId);
      if (!attack) throw notFound('attack', attackId);
      const start = String(attack.start);
      const end = attack.end === null ? null : String(attack.end);
      if (reading.at < start || (end !== null && reading.at > end)) {
        throw new AppError('invalid', 'at: must lie between the attack start and end', 'at');
      }
      const others = (attack.readings as { at: string; pain: number }[]).filter(
        (r) => r.at !== reading.at,
      );
      const readings = [...others, reading].sort((a, b) => (a.at < b.at ? -1 : 1));
      const peak = typeof attack.peakPain === 'number' ? attack.peakPain : -1;
      const updated = parseOrThrow(attackSchema, {
        ...attack,
        readings,
        peakPain: Math.max(peak, ...readings.map((r) => r.pain)),
      });
      await repo.update(actor.ownerId, updated);
      return updated;
    });
  }
}
