import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** A database for one test file: a fresh SQLite memory DB or a fresh PostgreSQL database. */
export interface TestDatabase {
  dialect: 'sqlite' | 'postgres';
  url: string;
  drop(): Promise<void>;
}

/** The dialects the integration suites run on: SQLite always, PostgreSQL when TEST_PG_URL is set. */
export const DIALECTS: ('sqlite' | 'postgres')[] = process.env.TEST_PG_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** Creates an empty database of the given dialect. */
export async function createTestDatabase(dialect: 'sqlite' | 'postgres'): Promise<TestDatabase> {
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
