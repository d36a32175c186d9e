import type { Kysely, Migration } from 'kysely';

/**
 * A therapy course can carry its randomised ABAB plan (JSON text, NULL when there is none),
 * stored once before data collection starts.
 */
export const therapyPlan: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('therapies').addColumn('plan', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('therapies').dropColumn('plan').execute();
  },
};
