import { fdatasync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
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
import { Checkpointer, FALLBACK_AUTOCHECKPOINT_PAGES } from './checkpointer.ts';
import { WalSync } from './wal-sync.ts';

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
