import { closeSync, fsyncSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes committed transactions durable without blocking the event loop.
 *
 * In WAL mode, `synchronous = FULL` is `synchronous = NORMAL` plus one sync of the WAL file
 * after each commit (sqlite.org/pragma.html#pragma_synchronous); NORMAL still syncs around every
 * checkpoint and when the WAL is reused. SQLite does that sync inside `COMMIT`, on the thread that
 * runs JavaScript, so the whole server stops for the disk on every commit. Here the
 * connection runs with NORMAL and this class does the same sync of the same file on the libuv
 * thread pool, so other requests keep being parsed and validated meanwhile. One sync covers every
 * commit made before it started, so commits that arrive during a sync share the next one.
 *
 * A failed sync is never retried: the kernel may already have dropped the unsaved pages, so every
 * later wait fails too and nothing more is acknowledged until the process is restarted.
 */
export class WalSync {
  private readonly walFile: string;
  private fd: number | undefined;
  private failure: unknown;
  /** Commits made so far, and how many of them are known to be on disk. */
  private committed = 0;
  private synced = 0;
  private running: Promise<void> | undefined;
  private readonly syncFile: (fd: number) => Promise<void>;

  constructor(databaseFile: string, syncFile: (fd: number) => Promise<void>) {
    this.walFile = `${resolve(databaseFile)}-wal`;
    this.syncFile = syncFile;
  }

  /** Records that a write transaction has just committed (in memory, not yet on disk). */
  markCommitted(): void {
    this.committed++;
  }

  /** Some commit is not yet known to be on disk (or a sync failed). */
  get pending(): boolean {
    return this.synced < this.committed || this.failure !== undefined;
  }

  /** Resolves once every commit made so far is on disk; rejects if that cannot be ensured. */
  async durable(): Promise<void> {
    const target = this.committed;
    while (this.synced < target) {
      if (this.failure !== undefined) throw this.failure;
      if (!this.running) {
        const upTo = this.committed;
        this.running = this.syncOnce().then(
          () => {
            this.synced = Math.max(this.synced, upTo);
            this.running = undefined;
          },
          (error: unknown) => {
            this.failure = error;
            this.running = undefined;
          },
        );
      }
      await this.running;
    }
  }

  private async syncOnce(): Promise<void> {
    if (this.fd === undefined) {
      // As SQLite does on the first sync of a new WAL file: make its directory entry durable.
      const dir = openSync(dirname(this.walFile), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
      this.fd = openSync(this.walFile, 'r');
    }
    await this.syncFile(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
