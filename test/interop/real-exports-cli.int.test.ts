/**
 * The real Bearable export through the compiled CLI (SQLite): nothing is written until the
 * person decides which days count as recorded, the zone is set from the import, a closed pipe
 * never crashes the command, and a second import changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, stillpoint, tempDir } from '../support/cli.ts';

const BEARABLE = 'test/fixtures/real/bearable/Bearable_Export_20210728.csv';

describe('stillpoint import of a real Bearable export', () => {
  it('asks first, then imports in the chosen zone; a closed pipe changes nothing about the write', () => {
    const data = ['--data', tempDir()];
    const asked = stillpoint(['import', BEARABLE, ...data]);
    expect(asked.status).toBe(2);
    expect(asked.stdout).toContain('recorded days (not confirmed yet):');
    expect(asked.stdout).toMatch(/\? entries\s+71 days \(2020-09-22 – 2021-07-28\)/);
    expect(asked.stderr).toMatch(/nothing was written: .*confirm which days count as recorded/);
    expect(JSON.parse(stillpoint(['export', ...data]).stdout).attacks).toEqual([]);

    const piped = spawnSync(
      'bash',
      [
        '-c',
        `node ${CLI} import ${BEARABLE} --recorded-days entries --time-zone America/New_York --set-zone ${data.join(' ')} | head -2; echo "status:\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', env: { ...process.env, STILLPOINT_TIME_ZONE: 'Europe/Berlin' } },
    );
    expect(piped.stderr).not.toMatch(/EPIPE|Unhandled|Error/);
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual([
      `import preview: Bearable export ${BEARABLE} (format bearable, mode merge)`,
      '  times shown in America/New_York',
    ]);
    expect(piped.stdout).toContain('status:0');
    const diary = JSON.parse(stillpoint(['export', ...data]).stdout);
    expect(diary.version).toBe(2);
    expect(diary.attacks).toHaveLength(12);
    expect(diary.intakes).toHaveLength(99);
    expect(diary.person.timeZone).toBe('America/New_York');
    expect(stillpoint(['zone', ...data]).stdout.trim()).toBe('America/New_York');

    const again = stillpoint(['import', BEARABLE, '--recorded-days', 'entries', ...data]);
    expect(again.status).toBe(0);
    expect(again.stdout).not.toMatch(/ [1-9]\d* new/);
    expect(stillpoint(['zone', 'Europe/Paris', ...data]).stdout).toContain(
      'time zone set to Europe/Paris',
    );
    expect(stillpoint(['zone', 'Mars/Olympus', ...data]).status).toBe(2);
  });
});
