import type { Hono } from 'hono';
import { fixedClock } from '../../src/domain/clock.ts';
import { createApp } from '../../src/server/http/app.ts';
import { openRuntime, type Runtime } from '../../src/server/runtime.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

export interface Harness {
  runtime: Runtime;
  app: Hono;
  clock: ReturnType<typeof fixedClock>;
  /** JSON request through the real Hono app (no network). */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The real app on a fresh database of `dialect`, with a fixed clock. */
export async function createHarness(dialect: 'sqlite' | 'postgres'): Promise<Harness> {
  const testDb: TestDatabase = await createTestDatabase(dialect);
  const clock = fixedClock('2026-03-01T12:00:00Z');
  const runtime = await openRuntime({ databaseUrl: testDb.url, clock });
  const app = createApp(runtime.services, { version: 'test' });
  return {
    runtime,
    app,
    clock,
    async request(method, path, body) {
      const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
      if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
      const res = await app.request(path, init);
      const text = await res.text();
      return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
    },
    async close() {
      await runtime.close();
      await testDb.drop();
    },
  };
}
