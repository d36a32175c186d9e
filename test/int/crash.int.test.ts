import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startServe, tempDir } from '../support/cli.ts';

const ROUNDS = 10;

/** Sends writes from `lanes` concurrent loops until `stop()`; returns the acknowledged ids. */
function streamWrites(url: string, lanes: number) {
  const acknowledged: string[] = [];
  let running = true;
  const lane = async (n: number) => {
    let i = 0;
    while (running) {
      const id = randomUUID();
      const minute = String(i++ % 60).padStart(2, '0');
      try {
        const res = await fetch(`${url}/api/attacks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            id,
            start: `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:${minute}:00Z`,
            peakPain: 5,
          }),
        });
        if (res.status === 201) acknowledged.push(id);
      } catch {
        return; // the server died mid-request: that write was never acknowledged
      }
    }
  };
  const done = Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
  return {
    acknowledged,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

describe('no acknowledged write is lost', () => {
  it(`survives SIGKILL mid-stream ${ROUNDS} times with every acknowledged write on disk`, async () => {
    const data = tempDir();
    const all: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { url, child } = await startServe(['--data', data]);
      const exited = new Promise((r) => child.once('exit', r));
      const stream = streamWrites(url, 8);
      // Kill mid-stream: once writes are flowing, after a different delay each round.
      const flowing = Date.now() + 20_000;
      while (stream.acknowledged.length < 5 && Date.now() < flowing) {
        await new Promise((r) => setTimeout(r, 10));
      }
      await new Promise((r) => setTimeout(r, 50 + ((round * 97) % 400)));
      child.kill('SIGKILL');
      await exited;
      await stream.stop();
      expect(stream.acknowledged.length, `round ${round} acknowledged nothing`).toBeGreaterThan(0);
      all.push(...stream.acknowledged);

      const check = await startServe(['--data', data]);
      try {
        const stored = new Set(
          ((await (await fetch(`${check.url}/api/attacks`)).json()) as { id: string }[]).map(
            (a) => a.id,
          ),
        );
        const lost = all.filter((id) => !stored.has(id));
        expect(lost, `round ${round}: acknowledged writes lost`).toEqual([]);
      } finally {
        const gone = new Promise((r) => check.child.once('exit', r));
        check.child.kill('SIGTERM');
        await gone;
      }
    }
    expect(all.length).toBeGreaterThan(ROUNDS * 10);
  }, 180_000);
});
