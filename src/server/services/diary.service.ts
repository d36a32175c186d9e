import { z } from 'zod';
import { type Actor, assertCan } from '../../domain/access.ts';
import {
  DIARY_FORMAT,
  DIARY_VERSION,
  type Diary,
  diarySchema,
} from '../../domain/diary/diary.schema.ts';
import { parseOrThrow } from '../../domain/validation.ts';
import { ENTITY_SPECS } from '../repos/entity-specs.ts';
import type { PersonService } from './person.service.ts';
import type { Repos, Store } from './store.ts';

export const importOptionsSchema = z.strictObject({
  /** `merge` upserts by key and keeps other records; `replace` makes the diary equal the file. */
  mode: z.enum(['merge', 'replace']).default('merge'),
  /** Validate and count only; write nothing. */
  dryRun: z.boolean().default(false),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

export interface CollectionCount {
  inFile: number;
  /** Records that did not exist before (by key). */
  added: number;
  /** Records in the diary after the import. */
  total: number;
}

export interface ImportReport {
  mode: 'merge' | 'replace';
  dryRun: boolean;
  counts: Record<(typeof ENTITY_SPECS)[number]['plural'], CollectionCount>;
}

/** Reports progress of long operations (records done out of total). */
export type Progress = (done: number, total: number) => void;

/**
 * The whole diary as one document: export for backup and sharing, import for restore and
 * moving between machines. An import is validated completely before anything is written and
 * then applied in one transaction, so a bad file changes nothing.
 */
export class DiaryService {
  private readonly store: Store;
  private readonly person: PersonService;

  constructor(store: Store, person: PersonService) {
    this.store = store;
    this.person = person;
  }

  async export(actor: Actor, progress?: Progress): Promise<Diary> {
    assertCan(actor, 'read', actor.ownerId);
    const person = await this.person.get(actor);
    return this.store.read(async (repos) => {
      const diary: Record<string, unknown> = {
        format: DIARY_FORMAT,
        version: DIARY_VERSION,
        person,
      };
      for (const [i, spec] of ENTITY_SPECS.entries()) {
        diary[spec.plural] = await repos.entity(spec.name).list(actor.ownerId);
        progress?.(i + 1, ENTITY_SPECS.length);
      }
      return diary as Diary;
    });
  }

  /** Validates a diary document (every bad field by JSON path) without touching storage. */
  validate(input: unknown): Diary {
    return parseOrThrow(diarySchema, input);
  }

  async import(
    actor: Actor,
    input: unknown,
    options: ImportOptions = {},
    progress?: Progress,
  ): Promise<ImportReport> {
    assertCan(actor, 'write', actor.ownerId);
    const opts = parseOrThrow(importOptionsSchema, options);
    const diary = this.validate(input);
    const apply = async (repos: Repos) => {
      const before = await this.counts(repos, actor.ownerId);
      if (opts.mode === 'replace') {
        for (const spec of [...ENTITY_SPECS].reverse()) {
          await repos.entity(spec.name).deleteAll(actor.ownerId);
        }
      }
      await repos.person.put(actor.ownerId, diary.person);
      const total = ENTITY_SPECS.reduce((n, s) => n + diary[s.plural].length, 0);
      progress?.(0, total); // the write phase begins (validation is done)
      let done = 0;
      for (const spec of ENTITY_SPECS) {
        const records = diary[spec.plural] as Record<string, unknown>[];
        for (let i = 0; i < records.length; i += 5000) {
          await repos.entity(spec.name).upsertMany(actor.ownerId, records.slice(i, i + 5000));
          done += Math.min(5000, records.length - i);
          progress?.(done, total);
        }
      }
      const after = await this.counts(repos, actor.ownerId);
      const counts = {} as ImportReport['counts'];
      for (const spec of ENTITY_SPECS) {
        const kept = opts.mode === 'replace' ? 0 : (before[spec.plural] ?? 0);
        counts[spec.plural] = {
          inFile: diary[spec.plural].length,
          added: (after[spec.plural] ?? 0) - kept,
          total: after[spec.plural] ?? 0,
        };
      }
      return { mode: opts.mode, dryRun: opts.dryRun, counts };
    };
    if (!opts.dryRun) return this.store.write(apply);
    return this.store
      .write(async (repos) => {
        const report = await apply(repos);
        throw new DryRunDone(report);
      })
      .catch((e: unknown) => {
        if (e instanceof DryRunDone) return e.report;
        throw e;
      });
  }

  private async counts(repos: Repos, ownerId: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const spec of ENTITY_SPECS) {
      out[spec.plural] = await repos.entity(spec.name).count(ownerId);
    }
    return out;
  }
}

/** Thrown inside a dry-run transaction to roll it back while keeping the report. */
class DryRunDone extends Error {
  readonly report: ImportReport;
  constructor(report: ImportReport) {
    super('dry run');
    this.report = report;
  }
}
