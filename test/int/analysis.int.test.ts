import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { stillpoint, tempDir } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const diary = demoDiary({ until: '2026-02-28', seed: 3 });

describeEachDatabase('clinical engine through the API on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(dialect);
    await h.request('POST', '/api/diary/import', diary);
  });
  afterAll(async () => {
    await h.close();
  });

  it('classifies every attack with the docs/product.md §5.1 shape and a not-a-diagnosis line', async () => {
    const res = await h.request('GET', '/api/analysis/classification');
    expect(res.status).toBe(200);
    expect(res.body.attacks).toHaveLength(diary.attacks.length);
    for (const a of res.body.attacks) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'type', 'aura', 'reasons']));
    }
    expect(res.body.diagnoses.map((d: { code: string }) => d.code)).toContain('1.1');
    expect(res.body.disclaimer).toContain('not a diagnosis');
  });

  it('reports 28-day blocks, chronic pattern, overuse and red flags; rule options change counts', async () => {
    const res = await h.request('GET', '/api/analysis/metrics');
    expect(res.status).toBe(200);
    const block = res.body.blocks[0];
    for (const key of [
      'start',
      'end',
      'recordedDays',
      'valid',
      'headacheDays',
      'migraineDays',
      'moderateSevereDays',
      'acuteMedicationDays',
      'meanPeakPain',
      'medianDurationHours',
      'daysLost',
    ]) {
      expect(block).toHaveProperty(key);
    }
    expect(res.body).toHaveProperty('chronicMigraine');
    expect(Array.isArray(res.body.medicationOveruse)).toBe(true);
    expect(Array.isArray(res.body.redFlags)).toBe(true);
    const legacy = await h.request('GET', '/api/analysis/metrics?migraineDayRule=legacy4h');
    const total = (r: { body: { blocks: { migraineDays: number }[] } }) =>
      r.body.blocks.reduce((s, b) => s + b.migraineDays, 0);
    expect(total(legacy)).toBeLessThanOrEqual(total(res));
    expect(legacy.body.rules.migraineDayRule).toBe('legacy4h');
    const bad = await h.request('GET', '/api/analysis/metrics?migraineDayRule=gut-feeling');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('migraineDayRule');
  });
});

describe('engine commands on files (no database)', () => {
  const dir = tempDir();
  const a = join(dir, 'a.json');
  const b = join(dir, 'b.json');
  const broken = join(dir, 'broken.json');
  writeFileSync(a, JSON.stringify(diary));
  writeFileSync(b, JSON.stringify(demoDiary({ until: '2026-05-31', seed: 9 })));
  writeFileSync(broken, JSON.stringify({ ...diary, attacks: [{ id: 'x' }] }));

  it('streams one JSON line per file and matches the API result', () => {
    const r = stillpoint(['classify', a, b, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    expect(lines[0].attacks).toHaveLength(diary.attacks.length);
  });

  it('keeps going past a bad file, reports it, and exits 2', () => {
    const r = stillpoint(['metrics', broken, a, '--json', '--now', '2026-03-01T00:00:00Z']);
    expect(r.status).toBe(2);
    const [bad, good] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bad.error).toMatchObject({ code: 'invalid', field: 'attacks[0].start' });
    expect(good.blocks.length).toBeGreaterThan(0);
  });

  it('prints a readable summary without --json', () => {
    const r = stillpoint(['metrics', a, '--now', '2026-03-01T00:00:00Z']);
    expect(r.stdout).toContain('chronic migraine');
    const c = stillpoint(['classify', a]);
    expect(c.stdout).toContain('not a diagnosis');
  });
});
