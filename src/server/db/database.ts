import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where the data lives, without credentials (for logs and `/api/health`). */
  location: string;
  close(): Promise<void>;
}

let pgParsersInstalled = false;

/** node-postgres returns int8 and numeric as strings; SQLite returns numbers. Align once. */
function installPgParsers(): void {
  if (pgParsersInstalled) return;
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));
  pgParsersInstalled = true;
}

/**
 * Opens a SQLite file with the settings the diary relies on: WAL (readers never block the
 * writer), `synchronous = FULL` (a commit is on disk before it is acknowledged, so no
 * acknowledged write is lost even on power failure), foreign keys on, and a busy timeout so a
 * second process (the CLI while the server runs) waits instead of failing.
 */
function openSqlite(file: string): Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.function('UNICODE_LOWER', { deterministic: true }, (arg: unknown) =>
    typeof arg === 'string' ? arg.toLowerCase() : arg,
  );
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

/** Prepared statements kept per SQL text; beyond this the least recently used is dropped. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew, which costs more than running it for the small statements
 * of a diary. Statements are reusable in better-sqlite3, so keep the recent ones per SQL text
 * (Kysely never streams here, so a cached statement is never busy when reused).
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return Object.assign(Object.create(sqlite) as BetterSqlite3.Database, {
    prepare(source: string) {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source);
      } else {
        statement = prepare(source);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(source, statement);
      return statement;
    },
    close: () => sqlite.close(),
  });
}

function openPostgres(url: string): Database {
  installPgParsers();
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  safe.username = safe.username ? safe.username : '';
  return { db, dialect: 'postgres', location: safe.toString(), close: () => db.destroy() };
}

/**
 * Opens the database named by `url`: `sqlite:<file>` (or `sqlite::memory:`) or
 * `postgres://…` / `postgresql://…`, and brings its schema up to date.
 */
export async function openDatabase(url: string): Promise<Database> {
  const database = url.startsWith('sqlite:')
    ? openSqlite(url.slice('sqlite:'.length))
    : openPostgres(url);
  try {
    await migrate(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Applies every pending migration; throws the first failure. */
export async function migrate(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'stillpoint_migrations',
    migrationLockTableName: 'stillpoint_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
