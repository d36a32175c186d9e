import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, startServe, stillpoint, tempDir } from '../support/cli.ts';
import {
  createTestDatabase,
  type Dialect,
  describeEachDatabase,
  type TestDatabase,
} from '../support/databases.ts';

const COMMANDS = [
  [],
  ['serve'],
  ['log'],
  ['log', 'attack'],
  ['log', 'end'],
  ['log', 'reading'],
  ['log', 'intake'],
  ['log', 'day'],
  ['log', 'therapy'],
  ['log', 'session'],
  ['export'],
  ['import'],
  ['backup'],
  ['restore'],
  ['demo'],
  ['classify'],
  ['metrics'],
  ['verdict'],
  ['plan'],
  ['next-session'],
  ['triggers'],
];

describe('stillpoint CLI', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(root)', c]))('has --help for %s', (_name, args) => {
    const r = stillpoint([...(args as string[]), '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: stillpoint');
  });
});

/** A fresh diary for one command line: a temp data folder, or a fresh PostgreSQL database. */
async function makeStorage(dialect: Dialect): Promise<{ args: string[]; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { args: ['--data', tempDir()], drop: async () => {} };
  const db: TestDatabase = await createTestDatabase('postgres');
  return { args: ['--database', db.url], drop: db.drop };
}

describeEachDatabase('stillpoint CLI on %s', (dialect) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  const storage = async () => {
    const s = await makeStorage(dialect);
    drops.push(s.drop);
    return s.args;
  };

  it('fills an empty diary with the demo, refuses a second demo, and round-trips export/import', async () => {
    const a = await storage();
    const demo = stillpoint(['demo', '--until', '2026-06-30', ...a]);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/demo diary added: \d+ attacks/);
    expect(demo.stderr).toBe('');
    const again = stillpoint(['demo', ...a]);
    expect(again.status).toBe(4);
    expect(again.stderr).toContain('not empty');

    const dir = tempDir();
    const file = join(dir, 'diary.json');
    expect(stillpoint(['export', '--out', file, ...a]).status).toBe(0);
    const b = await storage();
    const imported = stillpoint(['import', file, ...b]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/attacks\s+\d+ in file,\s+\d+ new/);
    const reimport = stillpoint(['import', file, ...b]);
    expect(reimport.stdout).not.toMatch(/ [1-9]\d* new/);
    const exportedB = stillpoint(['export', ...b]).stdout;
    expect(JSON.parse(exportedB)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('logs attacks, readings, intakes, check-ins, therapies and sessions from the terminal', async () => {
    const a = await storage();
    const attack = stillpoint([
      'log',
      'attack',
      '--id',
      'cli-a',
      '--ago',
      '2h',
      '--pain',
      '6',
      '--side',
      'left',
      '--nausea',
      '--photophobia',
      ...a,
    ]);
    expect(attack.status, attack.stderr).toBe(0);
    expect(JSON.parse(attack.stdout)).toMatchObject({
      id: 'cli-a',
      end: null,
      peakPain: 6,
      nausea: true,
    });
    const reading = stillpoint(['log', 'reading', 'cli-a', '--pain', '8', '--ago', '1h', ...a]);
    expect(JSON.parse(reading.stdout).peakPain).toBe(8);
    const intake = stillpoint([
      'log',
      'intake',
      '--medication',
      'Sumatriptan',
      '--class',
      'triptan',
      '--dose',
      '50 mg',
      '--attack',
      'cli-a',
      '--ago',
      '90m',
      ...a,
    ]);
    expect(intake.status, intake.stderr).toBe(0);
    const second = stillpoint([
      'log',
      'intake',
      '--medication',
      'sumatriptan',
      '--ago',
      '30m',
      ...a,
    ]);
    expect(second.status, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout).medicationId).toBe(JSON.parse(intake.stdout).medicationId);
    const unknown = stillpoint(['log', 'intake', '--medication', 'Mystery', ...a]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--medication');
    const ended = stillpoint(['log', 'end', ...a]);
    expect(JSON.parse(ended.stdout).end).not.toBeNull();
    const day = stillpoint([
      'log',
      'day',
      '--date',
      '2026-06-01',
      '--stress',
      '7',
      '--sleep-hours',
      '6.5',
      '--early-warning',
      ...a,
    ]);
    expect(JSON.parse(day.stdout)).toEqual({
      date: '2026-06-01',
      stress: 7,
      sleepHours: 6.5,
      earlyWarning: true,
    });
    const therapy = stillpoint([
      'log',
      'therapy',
      '--name',
      'Craniosacral therapy',
      '--kind',
      'craniosacral',
      '--start',
      '2026-06-01',
      ...a,
    ]);
    expect(therapy.status, therapy.stderr).toBe(0);
    const session = stillpoint([
      'log',
      'session',
      '--therapy',
      'craniosacral therapy',
      '--hand-positions',
      'skull_base,sacrum',
      '--pain-before',
      '5',
      '--pain-after',
      '2',
      ...a,
    ]);
    expect(JSON.parse(session.stdout)).toMatchObject({
      handPositions: ['skull_base', 'sacrum'],
      painAfter: 2,
    });
    const bad = stillpoint(['log', 'attack', '--pain', '11', '--ago', 'soon', ...a]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--ago');
    const diary = JSON.parse(stillpoint(['export', ...a]).stdout);
    expect(diary.attacks).toHaveLength(1);
    expect(diary.intakes).toHaveLength(2);
  });

  it('refuses bad import files with clear messages and changes nothing', async () => {
    const a = await storage();
    stillpoint(['demo', '--until', '2026-06-30', ...a]);
    const before = stillpoint(['export', ...a]).stdout;
    const dir = tempDir();
    const diary = JSON.parse(before);
    const cases: [string, string, RegExp][] = [
      ['truncated.json', before.slice(0, 1000), /not valid JSON/],
      [
        'types.json',
        JSON.stringify({ ...diary, days: [{ date: '2026-13-01', stress: 'lots' }] }),
        /days\[0\]\.date/,
      ],
      [
        'dangling.json',
        JSON.stringify({ ...diary, sessions: [{ ...diary.sessions[0], therapyId: 'gone' }] }),
        /sessions\[0\]\.therapyId/,
      ],
      [
        'duplicate.json',
        JSON.stringify({ ...diary, medications: [...diary.medications, diary.medications[0]] }),
        /medications\[2\]\.id: duplicate/,
      ],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      const r = stillpoint(['import', join(dir, name), '--mode', 'replace', ...a]);
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
    }
    const big = {
      ...diary,
      attacks: [
        ...diary.attacks,
        ...Array.from({ length: 60_000 }, (_, i) => ({
          ...diary.attacks[0],
          id: `big-${i}`,
          notes: 'n'.repeat(800),
        })),
      ],
    };
    big.attacks.push({ ...diary.attacks[0], id: 'last', peakPain: 42 });
    const bigFile = join(dir, 'big.json');
    writeFileSync(bigFile, JSON.stringify(big));
    expect(readFileSync(bigFile).length).toBeGreaterThan(50 * 1024 * 1024);
    const r = stillpoint(['import', bigFile, ...a]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`attacks[${big.attacks.length - 1}].peakPain`);
    expect(stillpoint(['export', ...a]).stdout).toBe(before);
  }, 180_000);

  it('backs up and restores the whole diary, keeping a safety copy of the current one', async () => {
    const a = await storage();
    stillpoint(['demo', '--until', '2026-06-30', ...a]);
    const original = stillpoint(['export', ...a]).stdout;
    const dir = tempDir();
    const file = join(dir, 'backup.json');
    expect(stillpoint(['backup', '--out', file, ...a]).status).toBe(0);
    stillpoint(['log', 'attack', '--id', 'after-backup', ...a]);
    const restored = stillpoint([
      'restore',
      file,
      ...(a[0] === '--data' ? a : [...a, '--data', dir]),
    ]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('current diary saved to');
    expect(stillpoint(['export', ...a]).stdout).toBe(original);
    const folder = a[0] === '--data' ? a[1]! : dir;
    expect(readdirSync(join(folder, 'backups')).some((f) => f.startsWith('before-restore-'))).toBe(
      true,
    );
  });

  it('serves the API on 127.0.0.1 by default', async () => {
    const a = await storage();
    const { url, child } = await startServe(a);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = (await (await fetch(`${url}/api/health`)).json()) as any;
      expect(health.status).toBe('ok');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('progress output', () => {
  it('shows progress for long operations on a terminal, and none when piped', () => {
    const data = tempDir();
    const dir = tempDir();
    const file = join(dir, 'demo.json');
    stillpoint(['demo', '--out', file, '--until', '2026-06-30']);
    const onTerminal = spawnSync(
      'script',
      ['-qec', `${process.execPath} ${CLI} import ${file} --data ${data}`, '/dev/null'],
      {
        encoding: 'utf8',
        env: { ...process.env, STILLPOINT_TIME_ZONE: 'Europe/Berlin' },
      },
    );
    expect(onTerminal.status).toBe(0);
    expect(onTerminal.stdout).toMatch(/importing: \d+\/\d+ \(100%\)/);
    const piped = stillpoint(['export', '--data', data]);
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout).attacks.length).toBeGreaterThan(0);
  });
});
