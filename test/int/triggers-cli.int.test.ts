/**
 * `stillpoint triggers FILE… [--json] [--now]` through the compiled CLI: one JSON line per file
 * with the factors and their verdicts, a readable report otherwise, and a refused file named
 * without stopping the others (`docs/trigger-analysis.md` §4).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { VERDICTS } from '../../src/domain/triggers/index.ts';
import { stillpoint, tempDir } from '../support/cli.ts';

const dir = tempDir();
const good = join(dir, 'demo.json');
writeFileSync(good, JSON.stringify(demoDiary({ until: '2026-03-01' })));
const bad = join(dir, 'bad.json');
writeFileSync(bad, JSON.stringify({ format: 'stillpoint.diary', version: 1, person: {} }));
const NOW = '2026-03-02T10:00:00Z';

describe('stillpoint triggers', () => {
  it('prints one JSON line per file with every factor and a known verdict', () => {
    const r = stillpoint(['triggers', good, good, '--json', '--now', NOW]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const out = JSON.parse(lines[0] ?? '');
    expect(out.file).toBe(good);
    const names = out.factors.map((f: { factor: string }) => f.factor);
    for (const f of ['sleepHours', 'stress', 'alcoholUnits', 'neckTension', 'menstruation']) {
      expect(names).toContain(f);
    }
    for (const f of out.factors) expect(VERDICTS).toContain(f.verdict);
    // The demo's early-warning sign comes before its attacks: never a trigger.
    const ew = out.factors.find((f: { factor: string }) => f.factor === 'earlyWarning');
    expect(ew.verdict).toBe('early_warning_or_trigger');
    // "weather" is tagged on attacks only.
    const weather = out.factors.find((f: { factor: string }) => f.factor === 'weather');
    expect(weather).toMatchObject({ controlDays: 0, offerCheckIn: true });
    expect(JSON.parse(lines[1] ?? '')).toEqual(out);
  });

  it('prints a readable report and names a refused file without stopping', () => {
    const r = stillpoint(['triggers', bad, good, '--now', NOW]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.json');
    expect(r.stdout).toContain('NOT ENOUGH DATA YET');
    expect(r.stdout).toMatch(
      /On days after a day with more stress than usual \(above \d+ of 10\), an attack started/,
    );
    expect(r.stdout).toContain('add it to your daily check-in');
  });

  it('refuses a --now that is not an instant', () => {
    const r = stillpoint(['triggers', good, '--now', 'yesterday']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--now');
  });
});
