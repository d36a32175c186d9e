import { randomInt } from 'node:crypto';
import { type Actor, assertCan } from '../../domain/access.ts';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import type { Clock } from '../../domain/clock.ts';
import { AppError } from '../../domain/errors.ts';
import {
  draftPlan,
  type NextSession,
  planRequestSchema,
  type TherapyPlanView,
  type TherapyVerdictResult,
  therapyNextSession,
  therapyPlan,
  therapyVerdict,
} from '../../domain/therapy/index.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { therapyQuerySchema } from '../../shared/api.ts';
import type { DiaryService } from './diary.service.ts';
import type { Store } from './store.ts';

/**
 * "Does it work for me?" on the stored diary: the verdict, the randomised ABAB plan and the
 * next session of one therapy course — the same domain functions as `stillpoint verdict`,
 * `plan` and `next-session` on files.
 */
export class TherapyService {
  private readonly store: Store;
  private readonly diary: DiaryService;
  private readonly clock: Clock;

  constructor(store: Store, diary: DiaryService, clock: Clock) {
    this.store = store;
    this.diary = diary;
    this.clock = clock;
  }

  private async context(actor: Actor, therapyId: string, query: unknown) {
    assertCan(actor, 'read', actor.ownerId);
    const { outcome, ...clinical } = parseOrThrow(therapyQuerySchema, query ?? {});
    const diary = await this.diary.export(actor);
    const now = isoSeconds(this.clock.nowMs());
    return { diary, options: { therapyId, now, clinical, ...(outcome ? { outcome } : {}) } };
  }

  async verdict(actor: Actor, therapyId: string, query: unknown): Promise<TherapyVerdictResult> {
    const { diary, options } = await this.context(actor, therapyId, query);
    return therapyVerdict(diary, options);
  }

  async nextSession(actor: Actor, therapyId: string, query: unknown): Promise<NextSession> {
    const { diary, options } = await this.context(actor, therapyId, query);
    return therapyNextSession(diary, options);
  }

  async plan(actor: Actor, therapyId: string, query: unknown): Promise<TherapyPlanView> {
    const { diary, options } = await this.context(actor, therapyId, query);
    return therapyPlan(diary, options);
  }

  /**
   * Draws the course's randomised plan with a seed from a secure source and stores it once:
   * the conditional write refuses a second plan even when two requests race.
   */
  async createPlan(actor: Actor, therapyId: string, body: unknown): Promise<TherapyPlanView> {
    assertCan(actor, 'write', actor.ownerId);
    const request = parseOrThrow(planRequestSchema, body ?? {});
    const { diary, options } = await this.context(actor, therapyId, {});
    const { stored, view } = draftPlan(diary, { ...options, request, seed: randomInt(0, 2 ** 32) });
    const saved = await this.store.write((repos) =>
      repos.entity('therapy').setIfEmpty(actor.ownerId, therapyId, 'plan', stored),
    );
    if (!saved) {
      throw new AppError(
        'conflict',
        'this course already has a randomised plan; its order is fixed and cannot be drawn again',
        'plan',
      );
    }
    return view;
  }
}
