import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { columnOf } from '../../src/server/db/columns.ts';
import { type Database, openDatabase } from '../../src/server/db/database.ts';
import type { DB } from '../../src/server/db/schema.ts';
import { TABLES } from '../../src/server/db/tables.ts';
import { expectedTables, readCatalog, schemaDrift } from '../support/catalog.ts';
import {
  createTestDatabase,
  describeEachDatabase,
  type TestDatabase,
} from '../support/databases.ts';

/**
 * The tables the migrations made, read back from each database's own catalog, against the
 * tables derived from the domain schema (`server/db/tables.ts`): a field added to a zod shape
 * without a migration, a migration that adds a column no record has, or a column whose type or
 * NULL rule disagrees with its field fails here, on both databases.
 */
describeEachDatabase('stored tables match the domain schema on %s', (dialect) => {
  let testDb: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    database = await openDatabase(testDb.url);
  });
  afterAll(async () => {
    await database.close();
    await testDb.drop();
  });

  it('has exactly the derived tables, columns, keys, references and indexes', async () => {
    const catalog = await readCatalog(database.db, dialect);
    expect(schemaDrift(expectedTables(TABLES), catalog)).toEqual([]);
    expect(catalog.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.name).sort());
  });

  it('reports every kind of drift', async () => {
    await sql`alter table attacks add column surprise text`.execute(database.db);
    const catalog = await readCatalog(database.db, dialect);
    const drifted = TABLES.map((t) => {
      if (t.name === 'medications')
        return { ...t, fields: t.fields.filter((c) => c.field !== 'notes') };
      if (t.name !== 'days') return t;
      const fields = t.fields.map((c) =>
        c.column === 'stress' ? { ...c, sqlType: 'double precision' as const } : c,
      );
      return { ...t, fields: [...fields, columnOf('napMinutes', z.int().optional())] };
    });
    expect(schemaDrift(expectedTables(drifted), catalog).sort()).toEqual([
      'attacks.surprise: column in the database but not in the domain schema',
      'days.nap_minutes: column missing from the database',
      'days.stress: derived {"name":"stress","type":"double precision","notNull":false}, stored {"name":"stress","type":"integer","notNull":false}',
      'medications.notes: column in the database but not in the domain schema',
    ]);
    await sql`alter table attacks drop column surprise`.execute(database.db);
  });
});

describe('Kysely row types', () => {
  it('are derived from the record shapes (checked by the compiler)', () => {
    expectTypeOf<DB['attacks']['start_at']>().toEqualTypeOf<string>();
    expectTypeOf<DB['attacks']['end_at']>().toEqualTypeOf<string | null>();
    expectTypeOf<DB['attacks']['peak_pain']>().toEqualTypeOf<number | null>();
    expectTypeOf<DB['attacks']['nausea']>().toEqualTypeOf<number | null>();
    expectTypeOf<DB['attacks']['readings']>().toEqualTypeOf<string>();
    expectTypeOf<DB['days']['sleep_hours']>().toEqualTypeOf<number | null>();
    expectTypeOf<DB['therapies']['plan']>().toEqualTypeOf<string | null>();
    expectTypeOf<DB['persons']['time_zone']>().toEqualTypeOf<string>();
    expectTypeOf<keyof DB['medications']>().toEqualTypeOf<
      'owner_id' | 'id' | 'name' | 'class' | 'notes' | 'source'
    >();
    expectTypeOf<keyof DB>().toEqualTypeOf<
      | 'owners'
      | 'persons'
      | 'days'
      | 'attacks'
      | 'medications'
      | 'intakes'
      | 'therapies'
      | 'sessions'
      | 'questionnaires'
    >();
  });
});
