import type { Migration } from 'kysely';
import { init } from './0001-init.ts';
import { therapyPlan } from './0002-therapy-plan.ts';
import { recordSource } from './0003-record-source.ts';

/**
 * Every migration, statically imported (never folder scanning) so they run the same under tsx,
 * compiled output and bundles. Names sort in the order they apply.
 *
 * A released migration never changes: stored databases have already applied it. The tables they
 * make together must equal the tables derived from the domain schema (`../tables.ts`), which
 * `storage-schema.int.test.ts` checks on SQLite and PostgreSQL: a field added to a record's zod
 * shape needs a new migration that adds its column (nullable unless it has a default), and a
 * new table is declared in `tables.ts` before a migration creates it.
 */
export const migrations: Record<string, Migration> = {
  '0001-init': init,
  '0002-therapy-plan': therapyPlan,
  '0003-record-source': recordSource,
};
