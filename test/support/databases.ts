import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/** A database for one test file: a fresh SQLite memory DB or a fresh PostgreSQL database. */
export interface TestDatabase {
  dialect: Dialect;
  url: string;
  drop(): Promise<void>;
}

export type Dialect = 'sqlite' | 'postgres';

/**
 * The dialects the integration suites run on: SQLite always, PostgreSQL when TEST_PG_URL is set.
 */
export const DIALECTS: Dialect[] = process.env.TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/**
 * One suite per database (`%s` in the title names it). Without TEST_PG_URL the PostgreSQL suite
 * is still declared, as skipped, so the summary line counts its tests as skipped rather than
 * leaving them out (the test command requires PostgreSQL in CI).
 */
export function describeEachDatabase(
  title: string,
  fn: (dialect: Dialect) => void,
  options: { timeout?: number } = {},
): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const declare = DIALECTS.includes(dialect) ? describe : describe.skip;
    declare(title.replace('%s', dialect), options, () => fn(dialect));
  }
}

/** Creates an empty database of the given dialect. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') return { dialect, url: 'sqlite::memory:', drop: async () => {} };
  const admin = process.env.TEST_PG_URL;
  if (!admin) throw new Error('TEST_PG_URL is not set');
  const name = `sp_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
