import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SqliteEngine } from './sqlite-driver.ts';

/**
 * Checkpoints on the worker run alongside the writer, at most every so often and after some
 * commits: each costs two syncs, which compete with the WAL syncs that acknowledgements wait for.
 */
const CHECKPOINT_INTERVAL_MS = 200;
const CHECKPOINT_MIN_COMMITS = 16;
/**
 * WAL frames (pages) from which a checkpoint also makes the WAL start over: SQLite reuses the
 * file from its beginning only when a write finds every frame copied into the database, which
 * never happens while commits keep arriving, so the last few frames are copied with the writer
 * held back for a moment (`Checkpointer.cycle`).
 */
const RESTART_WAL_FRAMES = 2000;
/** Longest the writer is held back for that; past it the WAL simply starts over another time. */
const RESTART_HOLD_MS = 50;
/**
 * WAL pages at which the connection itself checkpoints, on its own thread, as SQLite does by
 * default at 1000: only a fallback for when the worker cannot keep up.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 8000;

/** The checkpoint worker: its own connection, a PASSIVE checkpoint per request. */
const CHECKPOINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { engine, file, betterSqlite3 } = workerData;
let db;
if (engine === 'node') {
  const { DatabaseSync } = require('node:sqlite');
  db = new DatabaseSync(file);
} else {
  db = new (require(betterSqlite3))(file);
}
// A checkpoint syncs the WAL before copying it into the database and the database afterwards.
db.exec('pragma synchronous = FULL');
const checkpoint = db.prepare('pragma wal_checkpoint(PASSIVE)');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [row] = checkpoint.all();
    parentPort.postMessage({ ok: true, log: Number(row.log), checkpointed: Number(row.checkpointed) });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error) });
  }
});
`;

type CheckpointReply =
  | { ok: true; log: number; checkpointed: number }
  | { ok: false; error: string };

/**
 * Checkpoints (copying the WAL back into the database file, with two syncs) on a worker thread.
 * SQLite normally runs them inside the COMMIT that crosses 1000 WAL pages, which stops the event
 * loop for the copy and both syncs every few hundred writes. A checkpoint changes no data and
 * may run on any connection (sqlite.org/wal.html#checkpointing); this one is PASSIVE, so it never
 * waits for or blocks the writer. The connection's own automatic checkpoint stays on at a higher
 * threshold in case the worker falls behind, and back at SQLite's default if the worker fails.
 */
export class Checkpointer {
  private readonly file: string;
  private readonly engine: SqliteEngine;
  private readonly onFailure: () => void;
  /** Runs `fn` while holding the connection, so that nothing is written meanwhile. */
  private readonly holdWriter: (fn: () => Promise<void>) => Promise<void>;
  private worker: Worker | undefined;
  private reply: ((reply: CheckpointReply) => void) | undefined;
  private busy = false;
  private failed = false;
  private commits = 0;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(options: {
    file: string;
    engine: SqliteEngine;
    onFailure: () => void;
    holdWriter: (fn: () => Promise<void>) => Promise<void>;
  }) {
    this.file = resolve(options.file);
    this.engine = options.engine;
    this.onFailure = options.onFailure;
    this.holdWriter = options.holdWriter;
  }

  private fail(): void {
    if (this.failed) return;
    this.failed = true;
    try {
      this.onFailure();
    } catch {
      // The connection is closing: nothing to fall back to.
    }
  }

  /** Called after every commit; starts a checkpoint now and then. */
  committed(): void {
    if (++this.commits < CHECKPOINT_MIN_COMMITS || this.busy || this.failed) return;
    const now = performance.now();
    if (now - this.lastStart < CHECKPOINT_INTERVAL_MS) return;
    this.lastStart = now;
    this.commits = 0;
    this.busy = true;
    void this.cycle().finally(() => {
      this.busy = false;
    });
  }

  /** One checkpoint alongside the writer; then, if the WAL is long, the rest with it held. */
  private async cycle(): Promise<void> {
    try {
      const { log } = await this.checkpoint();
      if (log < RESTART_WAL_FRAMES || this.failed) return;
      let last: Promise<unknown> = Promise.resolve();
      await this.holdWriter(async () => {
        last = this.checkpoint();
        await Promise.race([last, new Promise((done) => setTimeout(done, RESTART_HOLD_MS))]);
      });
      await last;
    } catch {
      this.fail();
    }
  }

  private checkpoint(): Promise<{ log: number; checkpointed: number }> {
    return new Promise((resolve, reject) => {
      this.reply = (reply) => {
        this.reply = undefined;
        if (reply.ok) resolve(reply);
        else reject(new Error(reply.error));
      };
      this.worker ??= this.start();
      this.worker.postMessage('checkpoint');
    });
  }

  private start(): Worker {
    const betterSqlite3 =
      this.engine === 'better-sqlite3'
        ? createRequire(import.meta.url).resolve('better-sqlite3')
        : undefined;
    const worker = new Worker(CHECKPOINT_WORKER, {
      eval: true,
      workerData: { engine: this.engine, file: this.file, betterSqlite3 },
    });
    worker.unref();
    worker.on('message', (message: CheckpointReply) => this.reply?.(message));
    const stopped = (error: string) => {
      this.worker = undefined;
      this.reply?.({ ok: false, error });
      this.fail();
    };
    worker.on('error', (error) => stopped(String(error)));
    worker.on('exit', () => stopped('the checkpoint worker stopped'));
    return worker;
  }

  /** Stops the worker (after its current checkpoint), closing its connection. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.failed = true; // no more requests, and no fallback needed: the connection closes too
    if (!worker) return;
    const exited = new Promise((done) => worker.once('exit', done));
    worker.postMessage('close');
    const timer = setTimeout(() => void worker.terminate(), 5000);
    await exited;
    clearTimeout(timer);
  }
}
