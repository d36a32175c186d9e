import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * The SQLite engine under Kysely. Node 20 has no built-in SQLite, so it uses better-sqlite3 12;
 * Node ≥ 22 uses the built-in `node:sqlite`. better-sqlite3 12 compiled against Node ≥ 24.19
 * headers aborts the process when V8 collects one of its statements (`ObjectWrap` cleanup-hook
 * assertion, closed upstream as not planned; 13.x does not run on Node 20), so the built-in
 * engine is the safe one there. `STILLPOINT_SQLITE=better-sqlite3|node` forces a choice.
 */
export type SqliteEngine = 'better-sqlite3' | 'node';

/** The settings the diary relies on, applied on open (see `openSqliteFile`). */
const PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

/** Prepared statements kept per SQL text; beyond this the least recently used is dropped. */
const STATEMENT_CACHE_SIZE = 256;

interface RawDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): unknown;
  close(): void;
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
  return new BetterSqlite3(file);
}

/** `node:sqlite` behind the statement interface Kysely's SQLite dialect expects. */
async function openNodeSqlite(file: string): Promise<RawDatabase> {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(file);
  return {
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    prepare(sql) {
      const stmt = db.prepare(sql);
      type Params = Parameters<typeof stmt.all>;
      const args = (p: ReadonlyArray<unknown>) => p as unknown as Params;
      return {
        reader: stmt.columns().length > 0,
        all: (p) => stmt.all(...args(p)),
        run: (p) => stmt.run(...args(p)),
        iterate: (p) => stmt.iterate(...args(p)) as IterableIterator<unknown>,
      };
    },
  };
}

/**
 * Kysely prepares every query anew, which costs more than running it for the small statements
 * of a diary. Statements are reusable, so keep the recent ones per SQL text (Kysely never
 * streams here, so a cached statement is never busy when reused).
 */
function withStatementCache(db: RawDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
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
 * Opens (creating folders as needed) a SQLite file or `:memory:` with WAL, `synchronous = FULL`
 * (a commit is on disk before it is acknowledged: no acknowledged write is lost, even on power
 * failure), foreign keys on, and a busy timeout so a second process (the CLI while the server
 * runs) waits instead of failing.
 */
export async function openSqliteFile(
  file: string,
): Promise<{ database: SqliteDatabase; engine: SqliteEngine }> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const engine = await chooseEngine();
  const raw = engine === 'node' ? await openNodeSqlite(file) : await openBetterSqlite(file);
  for (const pragma of PRAGMAS) raw.exec(`pragma ${pragma}`);
  return { database: withStatementCache(raw), engine };
}
