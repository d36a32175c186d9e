import { CompiledQuery, type Kysely } from 'kysely';
import type { Collection } from '../../domain/diary/collections.ts';
import type { Cell, DB, Row } from '../db/schema.ts';
import { appendCells, type EntitySpec, fieldCell, fromRow, toRow } from './entity-spec.ts';

/** A list window: local days [fromDate, toDate] and the same window as UTC instants. */
export interface Window {
  fromDate?: string;
  toDate?: string;
  /** First instant of `fromDate` in the person's zone. */
  fromUtc?: string;
  /** First instant after `toDate` in the person's zone (exclusive bound). */
  toUtcExclusive?: string;
}

/**
 * SQL of the per-record statements, compiled once per dialect and table: building and
 * compiling a Kysely query costs more than running it on SQLite. Keyed by the dialect adapter
 * so SQLite (`?`) and PostgreSQL (`$1`) never share text.
 */
const templates = new WeakMap<object, Map<string, string>>();

/**
 * The diary tables as the generic repository sees them: owned rows of cells, addressed by the
 * column names of a spec. Those names and the row types of `DB` are derived from the same zod
 * shapes (`db/tables.ts`, `db/schema.ts`), so the two cannot disagree.
 */
type SpecTables = Record<Collection, { owner_id: string } & Row>;

/** Rows per multi-row INSERT; keeps each statement under SQLite's bound-parameter limit. */
const MAX_PARAMS = 30000;

/**
 * Storage of one diary entity. Every method takes the owner first and every statement filters
 * on `owner_id`: there is no way to read or change another person's records through it.
 */
export class EntityRepo {
  readonly spec: EntitySpec;
  private readonly db: Kysely<SpecTables>;

  constructor(db: Kysely<DB>, spec: EntitySpec) {
    this.db = db as unknown as Kysely<SpecTables>;
    this.spec = spec;
  }

  private scoped(ownerId: string) {
    return this.db.selectFrom(this.spec.table).selectAll().where('owner_id', '=', ownerId);
  }

  /** Records in the window (all when the window is empty), ordered by time then key. */
  async list(ownerId: string, window: Window = {}): Promise<Record<string, unknown>[]> {
    let q = this.scoped(ownerId);
    const r = this.spec.range;
    const { fromDate, toDate, fromUtc, toUtcExclusive } = window;
    if (r.kind === 'date') {
      if (fromDate) q = q.where(r.field, '>=', fromDate);
      if (toDate) q = q.where(r.field, '<=', toDate);
    } else if (r.kind === 'instant') {
      if (fromUtc) q = q.where(r.field, '>=', fromUtc);
      if (toUtcExclusive) q = q.where(r.field, '<', toUtcExclusive);
    } else if (r.kind === 'instant-interval') {
      if (toUtcExclusive) q = q.where(r.start, '<', toUtcExclusive);
      if (fromUtc) q = q.where((eb) => eb.or([eb(r.end, 'is', null), eb(r.end, '>=', fromUtc)]));
    } else if (r.kind === 'date-interval') {
      if (toDate) q = q.where(r.start, '<=', toDate);
      if (fromDate) q = q.where((eb) => eb.or([eb(r.end, 'is', null), eb(r.end, '>=', fromDate)]));
    }
    const rows = await q.orderBy(this.spec.orderBy).orderBy(this.spec.keyColumn).execute();
    return rows.map((row) => fromRow(this.spec, row));
  }

  async get(ownerId: string, key: string): Promise<Record<string, unknown> | undefined> {
    const row = await this.scoped(ownerId).where(this.spec.keyColumn, '=', key).executeTakeFirst();
    return row ? fromRow(this.spec, row) : undefined;
  }

  /** Keys of this entity's records among `keys` that exist for the owner. */
  async existingKeys(ownerId: string, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.db
      .selectFrom(this.spec.table)
      .select(this.spec.keyColumn)
      .where('owner_id', '=', ownerId)
      .where(this.spec.keyColumn, 'in', keys)
      .execute();
    return new Set(rows.map((r) => String(r[this.spec.keyColumn])));
  }

  /** Number of the owner's records, or of those whose `column` equals `value`. */
  async count(ownerId: string, column?: string, value?: string): Promise<number> {
    let q = this.db
      .selectFrom(this.spec.table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('owner_id', '=', ownerId);
    if (column !== undefined) q = q.where(column, '=', value ?? null);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private row(ownerId: string, record: Record<string, unknown>): { owner_id: string } & Row {
    return { owner_id: ownerId, ...toRow(this.spec, record) };
  }

  /** Inserts unless the key exists; returns whether a row was inserted. */
  async insertIfAbsent(ownerId: string, record: Record<string, unknown>): Promise<boolean> {
    const sql = this.template('insertIfAbsent', 1, () =>
      this.db
        .insertInto(this.spec.table)
        .values(this.row(ownerId, record))
        .onConflict((oc) => oc.columns(['owner_id', this.spec.keyColumn]).doNothing())
        .compile(),
    );
    const params: Cell[] = [];
    appendCells(this.spec, ownerId, record, params);
    const result = await this.db.executeQuery(CompiledQuery.raw(sql, params));
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /**
   * The SQL text of a statement whose parameters are exactly the values of `rows` rows in
   * column order; compiled on first use for this dialect, table and row count.
   */
  private template(name: string, rows: number, compile: () => CompiledQuery): string {
    const adapter = this.db.getExecutor().adapter;
    let perDialect = templates.get(adapter);
    if (!perDialect) {
      perDialect = new Map();
      templates.set(adapter, perDialect);
    }
    const key = `${this.spec.table}:${name}`;
    let sql = perDialect.get(key);
    if (sql === undefined) {
      const compiled = compile();
      if (compiled.parameters.length !== rows * (Object.keys(this.spec.columns).length + 1)) {
        throw new Error(`${key}: unexpected parameter count ${compiled.parameters.length}`);
      }
      sql = compiled.sql;
      perDialect.set(key, sql);
    }
    return sql;
  }

  /**
   * Inserts or replaces records by key, in multi-row statements whose SQL is compiled once per
   * batch size (the import of a million rows spends its time in SQLite, not in query building).
   */
  async upsertMany(ownerId: string, records: Record<string, unknown>[]): Promise<void> {
    if (records.length === 0) return;
    const width = Object.keys(this.spec.columns).length + 1;
    const chunk = Math.max(1, Math.floor(MAX_PARAMS / width));
    const updatable = Object.values(this.spec.columns)
      .map((c) => c.column)
      .filter((c) => c !== this.spec.keyColumn);
    for (let i = 0; i < records.length; i += chunk) {
      const batch = records.slice(i, i + chunk);
      const sql = this.template(`upsert${batch.length}`, batch.length, () =>
        this.db
          .insertInto(this.spec.table)
          .values(batch.map((r) => this.row(ownerId, r)))
          .onConflict((oc) =>
            oc
              .columns(['owner_id', this.spec.keyColumn])
              .doUpdateSet((eb) =>
                Object.fromEntries(updatable.map((c) => [c, eb.ref(`excluded.${c}`)])),
              ),
          )
          .compile(),
      );
      const params: Cell[] = [];
      for (const record of batch) appendCells(this.spec, ownerId, record, params);
      await this.db.executeQuery(CompiledQuery.raw(sql, params));
    }
  }

  async upsert(ownerId: string, record: Record<string, unknown>): Promise<void> {
    await this.upsertMany(ownerId, [record]);
  }

  /** Replaces an existing record; returns false when the key does not exist. */
  async update(ownerId: string, record: Record<string, unknown>): Promise<boolean> {
    const { owner_id: _owner, ...values } = this.row(ownerId, record);
    const result = await this.db
      .updateTable(this.spec.table)
      .set(values)
      .where('owner_id', '=', ownerId)
      .where(this.spec.keyColumn, '=', String(record[this.spec.key]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Sets one field only while it is still empty (NULL), as a single conditional UPDATE, so two
   * concurrent writers cannot both succeed on either dialect. Returns false when the record is
   * missing or the field is already set.
   */
  async setIfEmpty(ownerId: string, key: string, field: string, value: unknown): Promise<boolean> {
    const column = this.spec.columns[field]?.column ?? field;
    const result = await this.db
      .updateTable(this.spec.table)
      .set({ [column]: fieldCell(this.spec, field, value) })
      .where('owner_id', '=', ownerId)
      .where(this.spec.keyColumn, '=', key)
      .where(column, 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Sets `column` to null on the owner's rows where it equals `value` (detaching children). */
  async clearWhere(ownerId: string, column: string, value: string): Promise<void> {
    await this.db
      .updateTable(this.spec.table)
      .set({ [column]: null })
      .where('owner_id', '=', ownerId)
      .where(column, '=', value)
      .execute();
  }

  async delete(ownerId: string, key: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom(this.spec.table)
      .where('owner_id', '=', ownerId)
      .where(this.spec.keyColumn, '=', key)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteAll(ownerId: string): Promise<void> {
    await this.db.deleteFrom(this.spec.table).where('owner_id', '=', ownerId).execute();
  }
}
