import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../src/server/db/database.ts';
import { allColumns, type TableSpec } from '../../src/server/db/tables.ts';

/** A table as a database catalog describes it, in the terms of `TableSpec`. */
export interface CatalogTable {
  name: string;
  columns: { name: string; type: string; notNull: boolean }[];
  primaryKey: string[];
  foreignKeys: { columns: string[]; table: string; references: string[]; onDelete: string }[];
  indexes: string[][];
}

/** Tables the migrator keeps for itself. */
const MIGRATOR = /^stillpoint_migrations/;

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : 1;
const fkKey = (fk: CatalogTable['foreignKeys'][number]) => `${fk.columns}>${fk.table}`;

/** The tables a derivation says the migrations must have made. */
export function expectedTables(specs: readonly TableSpec[]): CatalogTable[] {
  return specs
    .map((t) => ({
      name: t.name,
      columns: allColumns(t).map((c) => ({ name: c.column, type: c.sqlType, notNull: c.notNull })),
      primaryKey: t.primaryKey,
      foreignKeys: [...t.foreignKeys].sort(byKey(fkKey)),
      indexes: t.indexes.map((i) => [...i]).sort(byKey(String)),
    }))
    .sort(byKey((t) => t.name));
}

type AnyDb = Kysely<any>;

async function rows<T>(db: AnyDb, query: ReturnType<typeof sql>): Promise<T[]> {
  return (await query.execute(db)).rows as T[];
}

async function sqliteCatalog(db: AnyDb): Promise<CatalogTable[]> {
  const tables = await rows<{ name: string }>(
    db,
    sql`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
  );
  const out: CatalogTable[] = [];
  for (const { name } of tables.filter((t) => !MIGRATOR.test(t.name))) {
    const info = await rows<{ name: string; type: string; notnull: number; pk: number }>(
      db,
      sql`select * from pragma_table_info(${name})`,
    );
    const fks = await rows<{
      id: number;
      table: string;
      from: string;
      to: string;
      on_delete: string;
    }>(db, sql`select * from pragma_foreign_key_list(${name}) order by id, seq`);
    const indexList = await rows<{ name: string; origin: string }>(
      db,
      sql`select * from pragma_index_list(${name})`,
    );
    const indexes: string[][] = [];
    for (const index of indexList.filter((i) => i.origin === 'c')) {
      const cols = await rows<{ name: string }>(
        db,
        sql`select name from pragma_index_info(${index.name}) order by seqno`,
      );
      indexes.push(cols.map((c) => c.name));
    }
    const grouped = new Map<number, CatalogTable['foreignKeys'][number]>();
    for (const fk of fks) {
      const entry = grouped.get(fk.id) ?? {
        columns: [],
        table: fk.table,
        references: [],
        onDelete: fk.on_delete.toLowerCase(),
      };
      entry.columns.push(fk.from);
      entry.references.push(fk.to);
      grouped.set(fk.id, entry);
    }
    out.push({
      name,
      // SQLite lets a non-integer primary key column hold NULL unless declared NOT NULL; Stillpoint
      // never writes one, and PostgreSQL forbids it, so a key column counts as NOT NULL here.
      columns: info.map((c) => ({
        name: c.name,
        type: c.type.toLowerCase(),
        notNull: c.notnull === 1 || c.pk > 0,
      })),
      primaryKey: info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: [...grouped.values()].sort(byKey(fkKey)),
      indexes: indexes.sort(byKey(String)),
    });
  }
  return out;
}

async function postgresCatalog(db: AnyDb): Promise<CatalogTable[]> {
  const columns = await rows<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
  }>(
    db,
    sql`select table_name, column_name, data_type, is_nullable from information_schema.columns
        where table_schema = current_schema() order by table_name, ordinal_position`,
  );
  const keys = await rows<{ table_name: string; column_name: string }>(
    db,
    sql`select k.table_name, k.column_name from information_schema.table_constraints c
        join information_schema.key_column_usage k
          on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
        where c.table_schema = current_schema() and c.constraint_type = 'PRIMARY KEY'
        order by k.table_name, k.ordinal_position`,
  );
  const fks = await rows<{
    table_name: string;
    columns: string[];
    target: string;
    references: string[];
    on_delete: string;
  }>(
    db,
    sql`select c.conrelid::regclass::text as table_name, c.confrelid::regclass::text as target,
          array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
          array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as references,
          case c.confdeltype when 'c' then 'cascade' when 'a' then 'no action' else c.confdeltype::text end as on_delete
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where c.contype = 'f' and n.nspname = current_schema()`,
  );
  const indexes = await rows<{ table_name: string; columns: string[] }>(
    db,
    sql`select t.relname as table_name,
          array(select a.attname::text from unnest(i.indkey) with ordinality k(n, o)
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n order by k.o) as columns
        from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = current_schema() and not i.indisprimary and not i.indisunique`,
  );
  const names = [...new Set(columns.map((c) => c.table_name))].filter((n) => !MIGRATOR.test(n));
  return names.sort().map((name) => ({
    name,
    columns: columns
      .filter((c) => c.table_name === name)
      .map((c) => ({ name: c.column_name, type: c.data_type, notNull: c.is_nullable === 'NO' })),
    primaryKey: keys.filter((k) => k.table_name === name).map((k) => k.column_name),
    foreignKeys: fks
      .filter((f) => f.table_name === name)
      .map((f) => ({
        columns: f.columns,
        table: f.target,
        references: f.references,
        onDelete: f.on_delete,
      }))
      .sort(byKey(fkKey)),
    indexes: indexes
      .filter((i) => i.table_name === name)
      .map((i) => i.columns)
      .sort(byKey(String)),
  }));
}

/** The tables of the connected database, read from its catalog. */
export function readCatalog(db: AnyDb, dialect: Dialect): Promise<CatalogTable[]> {
  return dialect === 'sqlite' ? sqliteCatalog(db) : postgresCatalog(db);
}

/** Every difference between what is expected and what the catalog holds, one line each. */
export function schemaDrift(expected: CatalogTable[], actual: CatalogTable[]): string[] {
  const out: string[] = [];
  const show = (v: unknown) => JSON.stringify(v);
  for (const want of expected) {
    const have = actual.find((t) => t.name === want.name);
    if (!have) {
      out.push(`${want.name}: table missing from the database`);
      continue;
    }
    for (const col of want.columns) {
      const got = have.columns.find((c) => c.name === col.name);
      if (!got) out.push(`${want.name}.${col.name}: column missing from the database`);
      else if (got.type !== col.type || got.notNull !== col.notNull) {
        out.push(`${want.name}.${col.name}: derived ${show(col)}, stored ${show(got)}`);
      }
    }
    for (const col of have.columns) {
      if (!want.columns.some((c) => c.name === col.name)) {
        out.push(`${want.name}.${col.name}: column in the database but not in the domain schema`);
      }
    }
    for (const key of ['primaryKey', 'foreignKeys', 'indexes'] as const) {
      if (show(have[key]) !== show(want[key])) {
        out.push(`${want.name} ${key}: derived ${show(want[key])}, stored ${show(have[key])}`);
      }
    }
  }
  for (const have of actual) {
    if (!expected.some((t) => t.name === have.name)) {
      out.push(`${have.name}: table in the database but not derived from the domain schema`);
    }
  }
  return out;
}
