import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { localActor } from '../../src/domain/access.ts';
import { fixedClock } from '../../src/domain/clock.ts';
import { type Database, migrate } from '../../src/server/db/database.ts';
import type { DB } from '../../src/server/db/schema.ts';
import { openSqliteFile } from '../../src/server/db/sqlite-driver.ts';
import { createServices, type Services } from '../../src/server/services/index.ts';

/**
 * The SQLite file database syncs its WAL itself, off the event loop (see `WalSync`): these tests
 * replace that sync with one they control and check that nothing is acknowledged, nor read,
 * before the sync that covers it has finished.
 */
class ControlledSync {
  calls = 0;
  private waiting: { resolve(): void; reject(error: unknown): void }[] = [];
  hold = false;
  failWith: unknown;

  readonly sync = (_fd: number): Promise<void> => {
    this.calls++;
    if (this.failWith !== undefined) return Promise.reject(this.failWith);
    if (!this.hold) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  };

  get pending(): number {
    return this.waiting.length;
  }

  release(): void {
    for (const w of this.waiting.splice(0)) w.resolve();
  }
}

const dirs: string[] = [];
const opened: Database[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(sync: ControlledSync): Promise<{ database: Database; services: Services }> {
  const dir = mkdtempSync(join(tmpdir(), 'stillpoint-durable-'));
  dirs.push(dir);
  const { dialect, durable } = await openSqliteFile(join(dir, 'diary.db'), {
    syncFile: sync.sync,
  });
  const db = new Kysely<DB>({ dialect });
  const database: Database = {
    db,
    dialect: 'sqlite',
    location: dir,
    durable,
    close: () => db.destroy(),
  };
  opened.push(database);
  await migrate(db);
  const services = createServices(database, {
    clock: fixedClock('2026-03-01T12:00:00Z'),
    defaultTimeZone: 'UTC',
  });
  await services.person.ensureOwner(localActor(), '2026-03-01T12:00:00Z');
  return { database, services };
}

/** Settles `promise` into a flag, to check whether it has settled yet. */
function watch<T>(promise: Promise<T>) {
  const state = { settled: false, value: undefined as T | undefined, error: undefined as unknown };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

const tick = () => new Promise((r) => setTimeout(r, 20));
const attack = (id: string) => ({ id, start: '2026-02-01T06:00:00Z', peakPain: 6 });

describe('durable commits on a SQLite file (WAL synced off the event loop)', () => {
  it('runs with synchronous = NORMAL because it syncs the WAL itself after every commit', async () => {
    const sync = new ControlledSync();
    const { database } = await open(sync);
    const mode = await sql<{ synchronous: number }>`pragma synchronous`.execute(database.db);
    expect(mode.rows[0]?.synchronous).toBe(1);
    expect(sync.calls).toBeGreaterThan(0); // the migrations and the owner were synced
  });

  it('acknowledges a write only after the sync that covers it', async () => {
    const sync = new ControlledSync();
    const { services } = await open(sync);
    sync.hold = true;
    const write = watch(services.entities.attack.create(localActor(), attack('a1')));
    await tick();
    expect(sync.pending).toBe(1);
    expect(write.settled).toBe(false);
    sync.release();
    await tick();
    expect(write.error).toBeUndefined();
    expect(write.value?.created).toBe(true);
  });

  it('lets writes that arrive during a sync commit meanwhile, and acknowledges them after the next', async () => {
    const sync = new ControlledSync();
    const { services } = await open(sync);
    sync.hold = true;
    const first = watch(services.entities.attack.create(localActor(), attack('b1')));
    await tick();
    const more = ['b2', 'b3', 'b4'].map((id) =>
      watch(services.entities.attack.create(localActor(), attack(id))),
    );
    await tick();
    // The first sync is still running; the later writes are committed but wait for a new one.
    expect(sync.pending).toBe(1);
    expect([first, ...more].some((w) => w.settled)).toBe(false);
    sync.release();
    await tick();
    expect(first.settled).toBe(true);
    expect(more.some((w) => w.settled)).toBe(false);
    expect(sync.pending).toBe(1);
    sync.release();
    await tick();
    expect(more.every((w) => w.settled && w.error === undefined)).toBe(true);
  });

  it('does not let a read see a commit before it is on disk', async () => {
    const sync = new ControlledSync();
    const { services } = await open(sync);
    sync.hold = true;
    const write = watch(services.entities.attack.create(localActor(), attack('c1')));
    await tick();
    const read = watch(services.entities.attack.get(localActor(), 'c1'));
    await tick();
    expect(write.settled).toBe(false);
    expect(read.settled).toBe(false);
    sync.release();
    await tick();
    expect(read.value).toMatchObject({ id: 'c1' });
  });

  it('also waits for the sync on writes outside group commit (plain autocommit statements)', async () => {
    const sync = new ControlledSync();
    const { database } = await open(sync);
    sync.hold = true;
    const write = watch(
      sql`update persons set time_zone = 'Europe/Berlin' where owner_id = 'local'`.execute(
        database.db,
      ),
    );
    await tick();
    expect(write.settled).toBe(false);
    sync.release();
    await tick();
    expect(write.settled).toBe(true);
  });

  it('fails the write, and every later one, when a sync fails: nothing unsynced is acknowledged', async () => {
    const sync = new ControlledSync();
    const { services } = await open(sync);
    sync.failWith = Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' });
    await expect(services.entities.attack.create(localActor(), attack('d1'))).rejects.toThrow(
      'EIO',
    );
    sync.failWith = undefined; // even if the disk recovers, pages may have been dropped
    await expect(services.entities.attack.create(localActor(), attack('d2'))).rejects.toThrow(
      'EIO',
    );
    await expect(services.entities.attack.list(localActor())).rejects.toThrow('EIO');
  });

  it('checkpoints on a worker thread while writes go on, and closes cleanly', async () => {
    const sync = new ControlledSync();
    const { database, services } = await open(sync);
    const file = database.location;
    const size = () => statSync(join(file, 'diary.db')).size;
    const before = size();
    for (let i = 0; i < 200; i++) {
      await services.entities.attack.create(localActor(), attack(`f${i}`));
    }
    // The worker copies the WAL into the database file; nothing else writes to it here.
    const until = Date.now() + 10_000;
    while (size() === before && Date.now() < until) await tick();
    expect(size()).toBeGreaterThan(before);
    await database.close();
    opened.splice(opened.indexOf(database), 1);
    const reopened = await openSqliteFile(join(file, 'diary.db'));
    const db = new Kysely<DB>({ dialect: reopened.dialect });
    try {
      const rows = await sql<{ n: number }>`select count(*) as n from attacks`.execute(db);
      expect(rows.rows[0]?.n).toBe(200);
    } finally {
      await db.destroy();
    }
  });

  it('keeps the error of a failing job when it is alone in its batch, and commits nothing of it', async () => {
    const sync = new ControlledSync();
    const { services } = await open(sync);
    const { store } = services;
    const failing = store.write(async (repos) => {
      await repos.entity('attack').upsert('local', { ...attack('e1'), regions: [] });
      throw new Error('fails after its first statement');
    });
    await expect(failing).rejects.toThrow('fails after its first statement');
    await expect(services.entities.attack.get(localActor(), 'e1')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
