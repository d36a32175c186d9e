import { CompiledQuery, type DatabaseConnection, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { COMMIT_BEFORE_SYNC } from '../db/sqlite-driver.ts';

interface Job {
  fn: (trx: Kysely<DB>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Most jobs one commit carries, so a burst cannot stretch one batch's latency without bound. */
const MAX_BATCH = 256;

const BEGIN = CompiledQuery.raw('begin');
const ROLLBACK = CompiledQuery.raw('rollback');

/** The statements of the savepoint of the i-th job of a batch, built once. */
const savepoints: { open: CompiledQuery; undo: CompiledQuery; release: CompiledQuery }[] = [];
function savepoint(i: number) {
  let sp = savepoints[i];
  if (!sp) {
    sp = {
      open: CompiledQuery.raw(`savepoint job${i}`),
      undo: CompiledQuery.raw(`rollback to job${i}`),
      release: CompiledQuery.raw(`release job${i}`),
    };
    savepoints[i] = sp;
  }
  return sp;
}

/**
 * Group commit for the embedded SQLite database.
 *
 * Every commit has to reach the disk before it is acknowledged, which caps a one-transaction-
 * per-request design at the disk's sync rate (docs/architecture.md §4). This queue runs all
 * write jobs that arrive meanwhile inside ONE transaction, each job in its own savepoint (a
 * batch of one needs none: the transaction is its savepoint), and commits once: a failing job
 * rolls back only its own changes. Jobs run one at a time, in arrival order, so each sees the
 * effects of the jobs before it.
 *
 * The commit does not wait for the disk (`COMMIT_BEFORE_SYNC`): the next batch runs while the
 * previous one is being synced, and one sync covers every batch committed before it started. No
 * job is acknowledged (its promise settled) before `durable()` reports its batch on disk; a
 * failed job waits too, because its outcome may depend on the batches before it.
 */
export class GroupCommit {
  private readonly db: Kysely<DB>;
  private readonly durable: () => Promise<void>;
  private queue: Job[] = [];
  private flushing = false;

  constructor(db: Kysely<DB>, durable: () => Promise<void>) {
    this.db = db;
    this.durable = durable;
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
      let outcomes: Outcome[];
      try {
        outcomes = await this.db.connection().execute((conn) => runBatch(conn, batch));
      } catch (error) {
        for (const job of batch) job.reject(error);
        continue;
      }
      this.durable().then(
        () => {
          batch.forEach((job, i) => {
            const outcome = outcomes[i];
            if (outcome?.ok) job.resolve(outcome.value);
            else job.reject(outcome?.error);
          });
        },
        (error: unknown) => {
          for (const job of batch) job.reject(error);
        },
      );
    }
    this.flushing = false;
  }
}

/**
 * Runs a batch in one transaction on `conn`; throws (after rolling back) if it cannot commit.
 * Its own statements go straight to the connection, past Kysely's per-query machinery.
 */
async function runBatch(conn: Kysely<DB>, batch: Job[]): Promise<Outcome[]> {
  const raw = await conn
    .getExecutor()
    .provideConnection(async (connection: DatabaseConnection) => connection);
  await raw.executeQuery(BEGIN);
  try {
    const [only] = batch;
    if (only && batch.length === 1) {
      let value: unknown;
      try {
        value = await only.fn(conn);
      } catch (error) {
        await raw.executeQuery(ROLLBACK).catch(() => {});
        return [{ ok: false, error }];
      }
      await raw.executeQuery(COMMIT_BEFORE_SYNC);
      return [{ ok: true, value }];
    }
    const outcomes: Outcome[] = [];
    for (const [i, job] of batch.entries()) {
      const sp = savepoint(i);
      await raw.executeQuery(sp.open);
      try {
        outcomes.push({ ok: true, value: await job.fn(conn) });
      } catch (error) {
        outcomes.push({ ok: false, error });
        await raw.executeQuery(sp.undo);
      }
      await raw.executeQuery(sp.release);
    }
    await raw.executeQuery(COMMIT_BEFORE_SYNC);
    return outcomes;
  } catch (error) {
    await raw.executeQuery(ROLLBACK).catch(() => {});
    throw error;
  }
}
