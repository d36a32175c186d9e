/**
 * Every command in the README works as written on a fresh clone, after the quick start's install:
 * each one runs, in README order, in a copy of the repository (its files as they are on disk, the
 * installed node_modules linked in), so files it writes (diary.json, ./data) land in the copy.
 *
 * - Servers (`npm start`, `stillpoint serve`) must print "serving on URL" and answer
 *   `/api/health`; they run on a free port (STILLPOINT_PORT=0, and `--port N` becomes
 *   `--port 0`) so the test never collides with a server already running on this machine.
 * - `npm install` / `npm ci` are the install itself (the copy uses the installed packages) and
 *   `npm test` is this suite: those steps are left out here, and CI runs them.
 * - Everything else must exit 0.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servingUrl } from '../support/cli.ts';
import { readmeCommands } from '../support/readme-commands.ts';

const ROOT = resolve('.');
const INSTALL_OR_SUITE = /^npm (?:install|ci|test)\b/;
const SERVER = /^(?:npm start\b|npx stillpoint serve\b)/;

const commands = readmeCommands(readFileSync(join(ROOT, 'README.md'), 'utf8'));
let clone: string;

/** A copy of the working tree (tracked and new files), with the installed node_modules. */
function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stillpoint-readme-'));
  const files = execFileSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(dir, file));
    } catch {
      // a file deleted but not yet committed: a fresh clone would not have it either
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const env = { ...process.env, STILLPOINT_PORT: '0', FORCE_COLOR: '0' };

function run(step: string) {
  return spawnSync('bash', ['-c', step], { cwd: clone, env, encoding: 'utf8', timeout: 180_000 });
}

/** Starts a server step, waits for its URL, checks /api/health, stops it. */
async function serve(step: string): Promise<number> {
  const command = `exec ${step.replace(/--port \d+/, '--port 0')}`;
  const child = spawn('bash', ['-c', command], {
    cwd: clone,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    // `npm start` builds first.
    const url = await servingUrl(child, 240_000);
    return (await fetch(`${url}/api/health`)).status;
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)));
  }
}

describe('the README commands, on a copy of the repository', { timeout: 300_000 }, () => {
  beforeAll(() => {
    clone = copyRepository();
  });
  afterAll(() => rmSync(clone, { recursive: true, force: true }));

  it('holds commands to run', () => {
    expect(commands.length).toBeGreaterThan(10);
  });

  it.each(commands.map((c) => [`line ${c.line}: ${c.command}`, c] as const))(
    '%s',
    async (_name, c) => {
      for (const step of c.steps) {
        if (INSTALL_OR_SUITE.test(step)) continue;
        if (SERVER.test(step)) {
          expect(await serve(step), step).toBe(200);
          continue;
        }
        const r = run(step);
        expect(r.status, `${step}\n${r.stdout}\n${r.stderr}`).toBe(0);
      }
    },
  );
});
