import { type Actor, assertCan } from '../../domain/access.ts';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import type { Clock } from '../../domain/clock.ts';
import { type Attack, attackSchema, painReadingSchema } from '../../domain/diary/diary.schema.ts';
import { withPainReading } from '../../domain/diary/pain-readings.ts';
import { notFound } from '../../domain/errors.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { attackSpec } from '../repos/entity-specs.ts';
import type { Store } from './store.ts';

/**
 * Extra pain readings during an attack (a pain curve), added by the domain's `withPainReading`
 * — the same function the web app's offline overlay applies to a reading still in its queue.
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
      const updated = parseOrThrow(attackSchema, withPainReading(attack as Attack, reading));
      await repo.update(actor.ownerId, updated);
      return updated;
    });
  }
}
