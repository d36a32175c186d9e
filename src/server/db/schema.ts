/**
 * Kysely's view of the database. Tables are driven by the entity table specs
 * (`server/repos/entity-specs.ts`), so rows are typed as plain column maps here; the specs
 * convert them to and from diary records.
 */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface DB {
  [table: string]: Row;
}
