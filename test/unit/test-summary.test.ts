/**
 * The summary line CI reads (scripts/test-summary.mjs): skipped tests (the PostgreSQL suites
 * when no PostgreSQL is available) show as skipped, never as passed, and fail the run in CI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'stillpoint-summary-'));
const vitestReport = join(dir, 'vitest.json');
writeFileSync(
  vitestReport,
  JSON.stringify({
    success: true,
    numTotalTests: 5,
    numPassedTests: 3,
    numFailedTests: 0,
    numPendingTests: 2,
    numTodoTests: 0,
  }),
);
const playwrightReport = join(dir, 'playwright.json');
writeFileSync(
  playwrightReport,
  JSON.stringify({ stats: { expected: 4, unexpected: 0, flaky: 1, skipped: 0 } }),
);

function summary(env: Record<string, string | undefined>, ...files: string[]) {
  const r = spawnSync(process.execPath, ['scripts/test-summary.mjs', ...files], {
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, ...env },
  });
  return { status: r.status, line: r.stdout.trim().split('\n').pop() };
}

describe('the summary line', () => {
  it('counts skipped tests as skipped outside CI', () => {
    expect(summary({}, vitestReport, playwrightReport)).toEqual({
      status: 0,
      line: '8 passed, 0 failed, 2 skipped',
    });
  });

  it('fails in CI when anything was skipped', () => {
    expect(summary({ CI: 'true' }, vitestReport)).toEqual({
      status: 1,
      line: '3 passed, 2 failed, 2 skipped',
    });
  });

  it('prints the plain line when nothing was skipped', () => {
    expect(summary({ CI: 'true' }, playwrightReport)).toEqual({
      status: 0,
      line: '5 passed, 0 failed',
    });
  });
});
