import { closeSync, fdatasync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

/**
 * The SQLite engine under Kysely. Node 20 has no built-in SQLite, so it uses better-sqlite3 12;
 * Node ≥ 22 uses the built-in `node:sqlite`. better-sqlite3 12 compiled against Node ≥ 24.19
 * headers aborts the process when V8 collects one of its statements (`ObjectWrap` cleanup-hook
 * assertion, closed upstream as not planned; 13.x does not run on Node 20), so the built-in
 * engine is the safe one there. `STILLPOINT_SQLITE=better-sqlite3|node` forces a choice.
 */
export type SqliteEngine = 'better-sqlite3' | 'node';

/** The settings the diary relies on, applied on open (see `openSqliteFile`). */
const PRAGMAS = ['foreign_keys = ON', 'busy_timeout = 5000'];

/** Prepared statements kept per SQL text; beyond this the least recently used is dropped. */
const STATEMENT_CACHE_SIZE = 256;

const fdatasyncAsync = promisify(fdatasync);

/** One prepared statement, engine-neutral. */
interface RawStatement {
  /** Returns rows (`all`), rather than only running (`run`). */
  readonly reader: boolean;
  /** Cannot change the database (transaction control statements count as read-only). */
  readonly readonly: boolean;
  all(parameters: ReadonlyArray<unknown>): unknown[];
  run(parameters: ReadonlyArray<unknown>): {
    changes: number | bigint;
    lastInsertRowid: number | bigint;
  };
  iterate(parameters: ReadonlyArray<unknown>): IterableIterator<unknown>;
}

/** One open SQLite connection, engine-neutral. */
interface RawDatabase {
  prepare(sql: string): RawStatement;
  exec(sql: string): void;
  close(): void;
  /** Whether a transaction is open; undefined when the engine cannot tell. */
  inTransaction(): boolean | undefined;
}

/** Picks the engine: the override, else `node:sqlite` when the runtime has it. */
async function chooseEngine(): Promise<SqliteEngine> {
  const forced = process.env.STILLPOINT_SQLITE;
  if (forced === 'better-sqlite3' || forced === 'node') return forced;
  try {
    await import('node:sqlite');
    return 'node';
  } catch {
    return 'better-sqlite3';
  }
}

async function openBetterSqlite(file: string): Promise<RawDatabase> {
  const { default: BetterSqlite3 } = await import('better-sqlite3');
  const db = new BetterSqlite3(file);
  return {
    exec: (sql) => void db.exec(sql),
    close: () => db.close(),
    inTransaction: () => db.inTransaction,
    prepare(sql) {
      const stmt = db.prepare(sql);
      return {
        reader: stmt.reader,
        readonly: stmt.readonly,
        all: (p) => stmt.all(...p),
        run: (p) => stmt.run(...p),
        iterate: (p) => stmt.iterate(...p),
      };
    },
  };
}

/** A statement that cannot write: a plain SELECT (anything else is treated as a write). */
const SELECT = /^\s*select\b/i;

/** `node:sqlite` behind the same interface. */
async function openNodeSqlite(file: string): Promise<RawDatabase> {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(file);
  return {
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    inTransaction: () => (typeof db.isTransaction === 'boolean' ? db.isTransaction : undefined),
    prepare(sql) {
      const stmt = db.prepare(sql);
      type Params = Parameters<typeof stmt.all>;
      const args = (p: ReadonlyArray<unknown>) => p as unknown as Params;
      return {
        reader: stmt.columns().length > 0,
        // node:sqlite does not expose sqlite3_stmt_readonly; SELECT is the only statement we
        // can be sure of (a transaction control statement counted as a write is harmless).
        readonly: SELECT.test(sql) && !/\breturning\b/i.test(sql),
        all: (p) => stmt.all(...args(p)),
        run: (p) => stmt.run(...args(p)),
        iterate: (p) => stmt.iterate(...args(p)) as IterableIterator<unknown>,
      };
    },
  };
}

/**
 * Kysely prepares every query anew, which costs more than running it for the small statements
 * of a diary. Statements are reusable, so keep the recent ones per SQL text (a cached statement
 * is never busy when reused: iteration only happens in `streamQuery`, which runs to the end or
 * is abandoned before the connection is released).
 */
function withStatementCache(db: RawDatabase): RawDatabase {
  const cache = new Map<string, RawStatement>();
  return {
    ...db,
    prepare(source) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source);
      } else {
        statement = db.prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(source, statement);
      return statement;
    },
  };
}

/**
 * Makes committed transactions durable without blocking the event loop.
 *
 * In WAL mode, `synchronous = FULL` is `synchronous = NORMAL` plus one sync of the WAL file
 * after each commit (sqlite.org/pragma.html#pragma_synchronous); NORMAL still syncs around every
 * checkpoint and when the WAL is reused. SQLite does that sync inside `COMMIT`, on the thread that
 * runs JavaScript, so the whole server stops for the disk (0.3–4 ms) on every commit. Here the
 * connection runs with NORMAL and this class does the same sync of the same file on the libuv
 * thread pool, so other requests keep being parsed and validated meanwhile. One sync covers every
 * commit made before it started, so commits that arrive during a sync share the next one.
 *
 * A failed sync is never retried: the kernel may already have dropped the unsaved pages, so every
 * later wait fails too and nothing more is acknowledged until the process is restarted.
 */
class WalSync {
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
const FALLBACK_AUTOCHECKPOINT_PAGES = 8000;

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
class Checkpointer {
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

const BEGIN = CompiledQuery.raw('begin');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

/**
 * A COMMIT that returns as soon as the transaction is committed in memory, before it is on disk.
 * Only for a caller that waits for `SqliteHandle.durable()` itself before acknowledging anything
 * (group commit, which meanwhile runs the next batch on the connection).
 */
export const COMMIT_BEFORE_SYNC = CompiledQuery.raw('commit /* before sync */');

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The one connection Kysely sees. A statement that ends outside a transaction (an autocommit
 * statement, COMMIT or ROLLBACK) returns only once every commit so far is on disk, its own
 * included: whatever a caller has written or read is durable by the time it gets the result,
 * as with `synchronous = FULL`. Statements inside a transaction return at once; the transaction
 * waits at its end.
 */
class SqliteConnection implements DatabaseConnection {
  private readonly db: RawDatabase;
  private readonly wal: WalSync | undefined;
  private readonly checkpointer: Checkpointer | undefined;
  /** Something was written since the last commit. */
  private dirty = false;

  constructor(db: RawDatabase, wal?: WalSync, checkpointer?: Checkpointer) {
    this.db = db;
    this.wal = wal;
    this.checkpointer = checkpointer;
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.db.prepare(compiledQuery.sql);
    let result: QueryResult<R>;
    if (stmt.reader) {
      result = { rows: stmt.all(compiledQuery.parameters) as R[] };
    } else {
      const { changes, lastInsertRowid } = stmt.run(compiledQuery.parameters);
      result = {
        numAffectedRows: BigInt(changes),
        insertId: BigInt(lastInsertRowid),
        rows: [],
      };
    }
    const wal = this.wal;
    if (wal) {
      if (!stmt.readonly) this.dirty = true;
      if (!this.db.inTransaction()) {
        if (this.dirty) {
          this.dirty = false;
          wal.markCommitted();
          this.checkpointer?.committed();
        }
        if (wal.pending && compiledQuery.sql !== COMMIT_BEFORE_SYNC.sql) {
          return wal.durable().then(() => result);
        }
      }
    }
    return Promise.resolve(result);
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const { sql, parameters, query } = compiledQuery;
    if (!SelectQueryNode.is(query)) {
      throw new Error('Sqlite driver only supports streaming of select queries');
    }
    // Rows come out before the statement ends: wait first, so none of them is undurable.
    if (this.wal?.pending && !this.db.inTransaction()) await this.wal.durable();
    for (const row of this.db.prepare(sql).iterate(parameters)) yield { rows: [row as R] };
  }
}

/** SQLite has one connection: a queue hands it to one user (query or transaction) at a time. */
class SqliteDriver implements Driver {
  private readonly connection: SqliteConnection;
  private readonly db: RawDatabase;
  private readonly wal: WalSync | undefined;
  private readonly checkpointer: Checkpointer | undefined;
  private locked: Promise<void> | undefined;
  private unlock: (() => void) | undefined;

  constructor(db: RawDatabase, wal?: WalSync, checkpointer?: Checkpointer) {
    this.db = db;
    this.wal = wal;
    this.checkpointer = checkpointer;
    this.connection = new SqliteConnection(db, wal, checkpointer);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.locked) await this.locked;
    this.locked = new Promise((resolve) => {
      this.unlock = resolve;
    });
    return this.connection;
  }

  async releaseConnection(): Promise<void> {
    const unlock = this.unlock;
    this.locked = undefined;
    this.unlock = undefined;
    unlock?.();
  }

  /** Runs `fn` while holding the connection: no statement runs on it meanwhile. */
  async hold(fn: () => Promise<void>): Promise<void> {
    await this.acquireConnection();
    try {
      await fn();
    } finally {
      await this.releaseConnection();
    }
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(BEGIN);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(COMMIT);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(ROLLBACK);
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteIdentifier(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteIdentifier(name)}`));
  }

  async destroy(): Promise<void> {
    await this.checkpointer?.close();
    this.db.close();
    this.wal?.close();
  }
}

/** Kysely's SQLite dialect (compiler, adapter, introspector) over the driver above. */
class StillpointSqliteDialect implements Dialect {
  private readonly driver: SqliteDriver;

  constructor(driver: SqliteDriver) {
    this.driver = driver;
  }

  createDriver(): Driver {
    return this.driver;
  }

  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new SqliteAdapter();
  }

  // biome-ignore lint/suspicious/noExplicitAny: Kysely's introspector takes any database
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new SqliteIntrospector(db);
  }
}

export interface SqliteOptions {
  /** How the WAL file is synced (default `fdatasync` on the thread pool); tests replace it. */
  syncFile?: (fd: number) => Promise<void>;
}

export interface SqliteHandle {
  dialect: Dialect;
  engine: SqliteEngine;
  /** Resolves once every commit made so far is on disk (see `COMMIT_BEFORE_SYNC`). */
  durable(): Promise<void>;
}

/**
 * Opens (creating folders as needed) a SQLite file or `:memory:` with WAL, foreign keys on, a
 * busy timeout so a second process (the CLI while the server runs) waits instead of failing,
 * and full durability: a commit is on disk before it is reported, so no acknowledged write is
 * lost, even on power failure. For a file in WAL mode on an engine that reports whether a
 * transaction is open, that is `synchronous = NORMAL` plus `WalSync` after every commit (the
 * definition of FULL, without stopping the event loop); otherwise plain `synchronous = FULL`.
 */
export async function openSqliteFile(
  file: string,
  options: SqliteOptions = {},
): Promise<SqliteHandle> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const engine = await chooseEngine();
  const raw = engine === 'node' ? await openNodeSqlite(file) : await openBetterSqlite(file);
  const [mode] = raw.prepare('pragma journal_mode = WAL').all([]) as { journal_mode?: string }[];
  const walSync =
    file !== ':memory:' && mode?.journal_mode === 'wal' && raw.inTransaction() !== undefined;
  raw.exec(`pragma synchronous = ${walSync ? 'NORMAL' : 'FULL'}`);
  for (const pragma of PRAGMAS) raw.exec(`pragma ${pragma}`);
  let wal: WalSync | undefined;
  let checkpointer: Checkpointer | undefined;
  if (walSync) {
    wal = new WalSync(file, options.syncFile ?? fdatasyncAsync);
    raw.exec(`pragma wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
    checkpointer = new Checkpointer({
      file,
      engine,
      onFailure: () => raw.exec('pragma wal_autocheckpoint = 1000'),
      holdWriter: (fn) => driver.hold(fn),
    });
  }
  const driver = new SqliteDriver(withStatementCache(raw), wal, checkpointer);
  return {
    dialect: new StillpointSqliteDialect(driver),
    engine,
    durable: () => (wal ? wal.durable() : Promise.resolve()),
  };
}
