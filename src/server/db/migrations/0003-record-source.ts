import type { Kysely, Migration } from 'kysely';

/** Tables whose records may come from another app (diary format version 2, `source`). */
const SOURCED = ['attacks', 'days', 'intakes', 'medications'] as const;

/**
 * Where an imported record came from, what its source does not record and what was assumed
 * (JSON text of `source`, NULL for records typed into Stillpoint).
 */
export const recordSource: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of SOURCED)
      await db.schema.alterTable(table).addColumn('source', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of SOURCED) await db.schema.alterTable(table).dropColumn('source').execute();
  },
};
