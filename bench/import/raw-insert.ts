// Child process, the baseline: the same rows written with raw better-sqlite3 statements in one
// transaction, into the same schema with the same durability (WAL, synchronous = FULL), and with
// the same batching as Stillpoint's import: the diary service hands the repository 5000 records
// at a time, and the repository writes them as multi-row upserts of ⌊30000 / columns⌋ rows
// (src/server/repos/entity.repo.ts), each statement prepared once per row count. Rows are
// converted to the statements' parameter arrays before timing starts, so only the statements
// are measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../src/server/db/database.ts';
import { toRow } from '../../src/server/repos/entity-spec.ts';
import { ENTITY_SPECS } from '../../src/server/repos/entity-specs.ts';

/** The diary service's slice and the repository's bound-parameter budget per statement. */
const SERVICE_SLICE = 5000;
const MAX_PARAMS = 30000;

const [file, data] = process.argv.slice(2) as [string, string];
const path = join(data, 'raw.db');
await (await openDatabase(`sqlite:${path}`)).close(); // create the schema
const document = JSON.parse(readFileSync(file, 'utf8'));

/** Row counts of the statements Stillpoint writes for `n` records of a table `width` wide. */
function batches(n: number, width: number): number[] {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / width));
  const out: number[] = [];
  for (let i = 0; i < n; i += SERVICE_SLICE) {
    const slice = Math.min(SERVICE_SLICE, n - i);
    for (let j = 0; j < slice; j += perStatement) out.push(Math.min(perStatement, slice - j));
  }
  return out;
}

const tables = ENTITY_SPECS.map((spec) => {
  const columns = ['owner_id', ...Object.values(spec.columns).map((c) => c.column)];
  const updatable = columns.filter((c) => c !== 'owner_id' && c !== spec.keyColumn);
  const rows = (document[spec.plural] as Record<string, unknown>[]).map((r) => [
    'local',
    ...Object.values(toRow(spec, r)),
  ]);
  const sql = (count: number) => {
    const tuple = `(${columns.map(() => '?').join(',')})`;
    return `insert into "${spec.table}" (${columns.map((c) => `"${c}"`).join(',')}) values ${Array(count).fill(tuple).join(',')} on conflict ("owner_id", "${spec.keyColumn}") do update set ${updatable.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`;
  };
  let at = 0;
  const params = batches(rows.length, columns.length).map((count) => {
    at += count;
    return rows.slice(at - count, at).flat();
  });
  return { rows: rows.length, sql, params, width: columns.length };
});

const db = new BetterSqlite3(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.prepare('insert into owners (id, created_at) values (?, ?)').run(
  'local',
  '2026-01-01T00:00:00Z',
);
let statements = 0;
const t0 = performance.now();
db.transaction(() => {
  for (const table of tables) {
    const prepared = new Map<number, BetterSqlite3.Statement>();
    for (const values of table.params) {
      const count = values.length / table.width;
      let stmt = prepared.get(count);
      if (!stmt) {
        stmt = db.prepare(table.sql(count));
        prepared.set(count, stmt);
      }
      stmt.run(values);
      statements += 1;
    }
  }
})();
const t1 = performance.now();
db.close();
const rows = tables.reduce((s, t) => s + t.rows, 0);
console.log(
  JSON.stringify({
    rows,
    statements,
    insertMs: t1 - t0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
