import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

interface Job {
  fn: (trx: Kysely<DB>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Most jobs one commit carries, so a burst cannot stretch one batch's latency without bound. */
const MAX_BATCH = 256;

/**
 * Group commit for the embedded SQLite database.
 *
 * With `synchronous = FULL` every commit waits for the disk (≈0.3–4 ms here), which caps a
 * one-transaction-per-request design at a few hundred writes per second. This queue runs all
 * write jobs that arrive while the disk is busy inside ONE transaction, each job in its own
 * savepoint, and commits once: a failing job rolls back only its savepoint, and no job is
 * acknowledged (its promise resolved) before the shared commit is on disk. Jobs still run one
 * at a time, in arrival order, so each sees the effects of the jobs before it.
 */
export class GroupCommit {
  private readonly db: Kysely<DB>;
  private queue: Job[] = [];
  private flushing = false;

  constructor(db: Kysely<DB>) {
    this.db = db;
  }

  run<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      const outcomes: { ok: boolean; value: unknown }[] = [];
      try {
        const trx = await this.db.startTransaction().execute();
        try {
          for (const [i, job] of batch.entries()) {
            const name = `job${i}`;
            const sp = await trx.savepoint(name).execute();
            try {
              outcomes.push({ ok: true, value: await job.fn(sp) });
              await sp.releaseSavepoint(name).execute();
            } catch (error) {
              outcomes.push({ ok: false, value: error });
              await sp.rollbackToSavepoint(name).execute();
              await sp.releaseSavepoint(name).execute();
            }
          }
          await trx.commit().execute();
        } catch (error) {
          await trx
            .rollback()
            .execute()
            .catch(() => {});
          throw error;
        }
      } catch (error) {
        for (const job of batch) job.reject(error);
        continue;
      }
      batch.forEach((job, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) job.resolve(outcome.value);
        else job.reject(outcome?.value);
      });
    }
    this.flushing = false;
  }
}
