/**
 * `GET /api/analysis/triggers` through the real app on SQLite and PostgreSQL: the same report
 * as `stillpoint triggers` on the exported diary, in the documented shape, listed in the
 * OpenAPI document (`docs/trigger-analysis.md` §4).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { triggerReportSchema } from '../../src/domain/triggers/index.ts';
import { stillpoint, tempDir } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const diary = demoDiary({ until: '2026-02-28', seed: 3 });

describeEachDatabase('trigger report through the API on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
    await h.request('POST', '/api/diary/import', diary);
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves the same report as the CLI on the exported diary', async () => {
    const res = await h.request('GET', '/api/analysis/triggers');
    expect(res.status).toBe(200);
    expect(triggerReportSchema.safeParse(res.body).success).toBe(true);
    const exported = await h.request('GET', '/api/diary');
    const file = join(tempDir(), 'diary.json');
    writeFileSync(file, JSON.stringify(exported.body));
    const cli = stillpoint(['triggers', file, '--json', '--now', '2026-03-01T12:00:00Z']);
    expect(cli.status).toBe(0);
    const { file: _file, ...fromCli } = JSON.parse(cli.stdout);
    expect(res.body).toEqual(fromCli);
    expect(res.body.factors.map((f: { factor: string }) => f.factor)).toEqual(
      expect.arrayContaining([
        'sleepHours',
        'stress',
        'alcoholUnits',
        'neckTension',
        'menstruation',
      ]),
    );
  });

  it('accepts no query parameters and is documented in the OpenAPI document', async () => {
    const bad = await h.request('GET', '/api/analysis/triggers?factor=stress');
    expect(bad.status).toBe(400);
    const doc = await h.request('GET', '/api/openapi.json');
    const op = doc.body.paths['/api/analysis/triggers']?.get;
    expect(op?.tags).toEqual(['analysis']);
    const schema = op?.responses?.['200']?.content?.['application/json']?.schema;
    expect(schema?.properties?.factors?.items?.properties?.verdict?.enum).toContain(
      'early_warning_or_trigger',
    );
  });
});
