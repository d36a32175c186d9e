import type { Kysely, Migration } from 'kysely';
import { sql } from 'kysely';

/**
 * The first schema. Every person-owned table carries `owner_id`, its primary key is
 * `(owner_id, <key>)` and every foreign key includes `owner_id`, so the data can be distributed
 * by person (Citus) and guarded by row-level security later without a rewrite. Instants are ISO
 * UTC text and days are `YYYY-MM-DD` text on both dialects: portable, sortable and lossless.
 * Arrays and nested objects are JSON text.
 */
export const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('owners')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('persons')
      .addColumn('owner_id', 'text', (c) =>
        c.primaryKey().references('owners.id').onDelete('cascade'),
      )
      .addColumn('time_zone', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text')
      .addColumn('prior_migraine_attacks', 'integer')
      .addColumn('factors', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();

    await ownedTable(db, 'attacks', 'id')
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text')
      .addColumn('time_zone', 'text')
      .addColumn('peak_pain', 'integer')
      .addColumn('side', 'text')
      .addColumn('regions', 'text', (c) => c.notNull())
      .addColumn('quality', 'text', (c) => c.notNull())
      .addColumn('worse_with_activity', 'integer')
      .addColumn('nausea', 'integer')
      .addColumn('vomiting', 'integer')
      .addColumn('photophobia', 'integer')
      .addColumn('phonophobia', 'integer')
      .addColumn('autonomic', 'text', (c) => c.notNull())
      .addColumn('restless', 'integer')
      .addColumn('aura', 'text', (c) => c.notNull())
      .addColumn('aura_to_headache_minutes', 'integer')
      .addColumn('disability', 'integer')
      .addColumn('triggers', 'text', (c) => c.notNull())
      .addColumn('relief_measures', 'text', (c) => c.notNull())
      .addColumn('red_flags', 'text', (c) => c.notNull())
      .addColumn('readings', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .execute();

    await ownedTable(db, 'medications', 'id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('class', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .execute();

    await ownedTable(db, 'intakes', 'id')
      .addColumn('medication_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('dose', 'text')
      .addColumn('attack_id', 'text')
      .addColumn('relief', 'text')
      .addColumn('notes', 'text')
      .addForeignKeyConstraint(
        'intakes_medication_fk',
        ['owner_id', 'medication_id'],
        'medications',
        ['owner_id', 'id'],
      )
      .addForeignKeyConstraint('intakes_attack_fk', ['owner_id', 'attack_id'], 'attacks', [
        'owner_id',
        'id',
      ])
      .execute();

    await ownedTable(db, 'days', 'date')
      .addColumn('sleep_hours', 'double precision')
      .addColumn('sleep_quality', 'integer')
      .addColumn('stress', 'integer')
      .addColumn('water_liters', 'double precision')
      .addColumn('screen_hours', 'double precision')
      .addColumn('caffeine_mg', 'double precision')
      .addColumn('alcohol_units', 'double precision')
      .addColumn('meals_skipped', 'integer')
      .addColumn('menstruation', 'integer')
      .addColumn('neck_tension', 'integer')
      .addColumn('jaw_tension', 'integer')
      .addColumn('early_warning', 'integer')
      .addColumn('control', 'integer')
      .addColumn('notes', 'text')
      .execute();

    await ownedTable(db, 'therapies', 'id')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('run_in_days', 'integer')
      .addColumn('notes', 'text')
      .execute();

    await ownedTable(db, 'sessions', 'id')
      .addColumn('therapy_id', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer')
      .addColumn('hand_positions', 'text', (c) => c.notNull())
      .addColumn('techniques', 'text', (c) => c.notNull())
      .addColumn('pain_before', 'integer')
      .addColumn('pain_after', 'integer')
      .addColumn('sensations', 'text', (c) => c.notNull())
      .addColumn('practitioner', 'text')
      .addColumn('notes', 'text')
      .addForeignKeyConstraint('sessions_therapy_fk', ['owner_id', 'therapy_id'], 'therapies', [
        'owner_id',
        'id',
      ])
      .execute();

    await ownedTable(db, 'questionnaires', 'id')
      .addColumn('instrument', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .execute();

    for (const [table, column] of [
      ['attacks', 'start_at'],
      ['intakes', 'at'],
      ['sessions', 'at'],
      ['questionnaires', 'date'],
      ['therapies', 'start_date'],
    ] as const) {
      await db.schema
        .createIndex(`${table}_${column}_idx`)
        .on(table)
        .columns(['owner_id', column])
        .execute();
    }
    await db.schema
      .createIndex('intakes_medication_idx')
      .on('intakes')
      .columns(['owner_id', 'medication_id'])
      .execute();
    await db.schema
      .createIndex('intakes_attack_idx')
      .on('intakes')
      .columns(['owner_id', 'attack_id'])
      .execute();
    await db.schema
      .createIndex('sessions_therapy_idx')
      .on('sessions')
      .columns(['owner_id', 'therapy_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const t of [
      'questionnaires',
      'sessions',
      'therapies',
      'days',
      'intakes',
      'medications',
      'attacks',
      'persons',
      'owners',
    ]) {
      await sql`drop table if exists ${sql.table(t)}`.execute(db);
    }
  },
};

/** A person-owned table: `owner_id` + its key, primary key `(owner_id, key)`, FK to owners. */
function ownedTable(db: Kysely<unknown>, name: string, key: string) {
  return db.schema
    .createTable(name)
    .addColumn('owner_id', 'text', (c) => c.notNull().references('owners.id').onDelete('cascade'))
    .addColumn(key, 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['owner_id', key]);
}
