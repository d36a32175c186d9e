// Child process, the baseline: the same rows inserted with raw better-sqlite3 prepared
// statements in one transaction, into the same schema with the same pragmas. Rows are
// converted to column arrays before timing starts, so only the insert loop is measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../src/server/db/database.ts';
import { toRow } from '../../src/server/repos/entity-spec.ts';
import { ENTITY_SPECS } from '../../src/server/repos/entity-specs.ts';

const [file, data] = process.argv.slice(2) as [string, string];
const path = join(data, 'raw.db');
await (await openDatabase(`sqlite:${path}`)).close(); // create the schema
const document = JSON.parse(readFileSync(file, 'utf8'));
const prepared = ENTITY_SPECS.map((spec) => {
  const rows = (document[spec.plural] as Record<string, unknown>[]).map((r) => [
    'local',
    ...Object.values(toRow(spec, r)),
  ]);
  const columns = ['owner_id', ...Object.values(spec.columns).map((c) => c.column)];
  return {
    sql: `insert into "${spec.table}" (${columns.map((c) => `"${c}"`).join(',')}) values (${columns.map(() => '?').join(',')})`,
    rows,
  };
});
const db = new BetterSqlite3(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.prepare('insert into owners (id, created_at) values (?, ?)').run(
  'local',
  '2026-01-01T00:00:00Z',
);
const t0 = performance.now();
db.transaction(() => {
  for (const { sql, rows } of prepared) {
    const stmt = db.prepare(sql);
    for (const row of rows) stmt.run(row);
  }
})();
const t1 = performance.now();
db.close();
const rows = prepared.reduce((s, p) => s + p.rows.length, 0);
console.log(
  JSON.stringify({ rows, insertMs: t1 - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
