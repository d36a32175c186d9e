import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';
import { openSqliteFile } from './sqlite-driver.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Where the data lives, without credentials (for logs and `/api/health`). */
  location: string;
  /**
   * SQLite only: resolves once every commit so far is on disk. Needed only after
   * `COMMIT_BEFORE_SYNC` (group commit); every other statement waits for it by itself.
   */
  durable?: () => Promise<void>;
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

async function openSqlite(file: string): Promise<Database> {
  const { dialect, engine, durable } = await openSqliteFile(file);
  const db = new Kysely<DB>({ dialect });
  return {
    db,
    dialect: 'sqlite',
    location: `${file} (${engine})`,
    durable,
    close: () => db.destroy(),
  };
}

function openPostgres(url: string): Database {
  installPgParsers();
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (restart, failover, dropped database) must not crash
  // the process: the pool discards it and opens a new one for the next query.
  pool.on('error', (error) => console.error(`PostgreSQL connection closed: ${error.message}`));
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
    ? await openSqlite(url.slice('sqlite:'.length))
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
