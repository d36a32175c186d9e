import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedLoop, openLoop } from '../../bench/lib/load.ts';

/** The benchmark's load generator parses responses itself, so its framing is tested here. */
describe('benchmark load generator', () => {
  let server: Server;
  let base: string;
  const bodies: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        bodies.push(body);
        if (req.url === '/chunked') {
          // No content-length: Node frames this as chunked, in two chunks.
          res.writeHead(201, { 'content-type': 'application/json' });
          res.write('{"a":');
          setImmediate(() => res.end('1}'));
        } else if (req.url === '/fail') {
          res.writeHead(500, { 'content-length': '2' });
          res.end('no');
        } else if (req.url === '/close') {
          res.writeHead(200, { 'content-length': '2', connection: 'close' });
          res.end('ok');
        } else {
          res.writeHead(200, { 'content-length': '5' });
          res.end('hello');
        }
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  const request = (path: string) => ({ method: 'POST', path, body: () => '{"x":"é"}' });

  it('runs a closed loop on keep-alive connections and sends the body intact', async () => {
    bodies.length = 0;
    const r = await closedLoop(base, request('/ok'), 4, 0.3);
    expect(r.requests).toBeGreaterThan(20);
    expect(r.errors).toBe(0);
    expect(r.latenciesMs).toHaveLength(r.requests);
    expect(new Set(bodies)).toEqual(new Set(['{"x":"é"}']));
  });

  it('reads chunked responses to their end', async () => {
    const r = await closedLoop(base, request('/chunked'), 2, 0.2);
    expect(r.requests).toBeGreaterThan(5);
    expect(r.errors).toBe(0);
  });

  it('counts error statuses and closed connections as errors, without hanging', async () => {
    const failed = await closedLoop(base, request('/fail'), 2, 0.2);
    expect(failed.errors).toBe(failed.requests);
    expect(failed.failures).toEqual({ 500: failed.requests });
    const closing = await closedLoop(base, request('/close'), 2, 0.2);
    expect(closing.requests).toBeGreaterThan(2);
  });

  it('sends an open loop on schedule and measures from the scheduled time', async () => {
    const r = await openLoop(base, request('/ok'), 200, 0.5);
    expect(r.requests).toBe(100);
    expect(r.latenciesMs).toHaveLength(100);
    expect(r.errors).toBe(0);
    expect(Math.min(...r.latenciesMs)).toBeGreaterThanOrEqual(0);
    expect(r.seconds).toBeGreaterThan(0.45);
  });
});
