import { type Actor, assertCan } from '../../domain/access.ts';
import { isoSeconds } from '../../domain/calendar/instants.ts';
import type { Clock } from '../../domain/clock.ts';
import { ENGINES, type EngineName } from '../../domain/engines.ts';
import { type TriggerReport, triggerReport } from '../../domain/triggers/index.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { analysisOptionsSchema } from '../../shared/api.ts';
import type { DiaryService } from './diary.service.ts';

/** The clinical engines run on the stored diary (same code as the file-based CLI commands). */
export class AnalysisService {
  private readonly diary: DiaryService;
  private readonly clock: Clock;

  constructor(diary: DiaryService, clock: Clock) {
    this.diary = diary;
    this.clock = clock;
  }

  async run(actor: Actor, engine: EngineName, query: unknown): Promise<unknown> {
    assertCan(actor, 'read', actor.ownerId);
    const options = parseOrThrow(analysisOptionsSchema, query);
    const diary = await this.diary.export(actor);
    return ENGINES[engine](diary, options, isoSeconds(this.clock.nowMs()));
  }

  /** The trigger report of the stored diary (same code as `stillpoint triggers`). */
  async triggers(actor: Actor): Promise<TriggerReport> {
    assertCan(actor, 'read', actor.ownerId);
    const diary = await this.diary.export(actor);
    return triggerReport(diary, isoSeconds(this.clock.nowMs()));
  }
}
