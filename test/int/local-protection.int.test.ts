/**
 * The attacks on the local server of docs/clinic-security.md §1.1, §1.2, §1.3, §3.1, §3.2, one
 * test each: every one is refused, and the diary is exactly what it was before (read back whole
 * through the API).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/http/app.ts';
import { medplumValidator } from '../interop/support/fhir-validators.ts';
import { startServe, tempDir } from '../support/cli.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';

const SEED = {
  format: 'stillpoint.diary',
  version: 1,
  person: { timeZone: 'Europe/Berlin' },
  attacks: [{ id: 'a1', start: '2026-02-10T06:30:00Z', end: '2026-02-10T18:00:00Z', peakPain: 7 }],
  days: [{ date: '2026-02-10', stress: 6 }],
  therapies: [{ id: 't1', name: 'CST', kind: 'craniosacral', start: '2026-02-01' }],
  sessions: [{ id: 's1', therapyId: 't1', at: '2026-02-01T16:00:00Z', practitioner: 'Anna' }],
};

const EMPTY_DIARY = JSON.stringify({
  format: 'stillpoint.diary',
  version: 1,
  person: { timeZone: 'Europe/Berlin' },
});

const ATTACK = JSON.stringify({ id: 'evil', start: '2026-02-12T08:00:00Z', peakPain: 3 });
const EVIL = 'http://evil.example';

describeEachDatabase('local-mode protection on %s', (dialect) => {
  let h: Harness;
  let before: unknown;
  const diary = async () => (await h.request('GET', '/api/diary')).body;
  const send = (path: string, init: RequestInit) => h.app.request(path, init);

  beforeAll(async () => {
    h = await createHarness(dialect);
  });
  beforeEach(async () => {
    expect((await h.request('POST', '/api/diary/import?mode=replace', SEED)).status).toBe(200);
    before = await diary();
  });
  afterAll(async () => {
    await h.close();
  });

  /** The request was refused with `status` and an error body, and the diary is unchanged. */
  async function refused(res: Response, status: number) {
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message.length).toBeGreaterThan(10);
    expect(await diary()).toEqual(before);
  }

  describe('cross-site writes (CSRF)', () => {
    it('refuses a text/plain POST to /api/attacks from another origin', async () => {
      const res = await send('/api/attacks', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: EVIL },
        body: ATTACK,
      });
      await refused(res, 403);
    });

    it('refuses text/plain even without Origin: a body a page can send unasked is never read', async () => {
      const res = await send('/api/attacks', {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: ATTACK,
      });
      await refused(res, 415);
    });

    it('refuses a text/plain POST of an empty diary to /api/diary/import?mode=replace', async () => {
      const res = await send('/api/diary/import?mode=replace', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: EVIL, 'sec-fetch-site': 'cross-site' },
        body: EMPTY_DIARY,
      });
      await refused(res, 403);
      const noOrigin = await send('/api/diary/import?mode=replace', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: EMPTY_DIARY,
      });
      await refused(noOrigin, 415);
    });

    it('refuses what an HTML form with enctype="text/plain" sends', async () => {
      // <form method="post" enctype="text/plain" action="http://127.0.0.1:4870/api/diary/import?mode=replace">
      // <input name='{"format":"stillpoint.diary","version":1,"person":{"timeZone":"UTC"},"x":"' value='"}'>
      const formBody = `${EMPTY_DIARY.slice(0, -1)},"x":"="}\r\n`;
      const forms: Record<string, string>[] = [
        {
          'content-type': 'text/plain',
          origin: EVIL,
          'sec-fetch-site': 'cross-site',
          'sec-fetch-mode': 'navigate',
          'sec-fetch-dest': 'document',
        },
        { 'content-type': 'text/plain', origin: 'null' }, // from a sandboxed frame
        { 'content-type': 'application/x-www-form-urlencoded' }, // an old browser, no Origin
        { 'content-type': 'multipart/form-data; boundary=x' },
      ];
      for (const headers of forms) {
        const res = await send('/api/diary/import?mode=replace', {
          method: 'POST',
          headers,
          body: formBody,
        });
        await refused(res, headers.origin ? 403 : 415);
      }
    });

    it('refuses CSV sent as text/plain to /api/import, and a same-site page on another port', async () => {
      const csv = 'start,end,pain\n2026-02-20 08:00,2026-02-20 12:00,6\n';
      await refused(
        await send('/api/import?format=generic&mode=replace', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: csv,
        }),
        415,
      );
      await refused(
        await send('/api/import?format=generic', {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            origin: 'http://localhost:3000',
            'sec-fetch-site': 'same-site',
          },
          body: csv,
        }),
        403,
      );
    });

    it('refuses PUT, PATCH and DELETE from another origin', async () => {
      for (const [method, path, body] of [
        ['PUT', '/api/days/2026-02-10', '{"date":"2026-02-10","stress":1}'],
        ['PATCH', '/api/attacks/a1', '{"peakPain":1}'],
        ['DELETE', '/api/sessions/s1', undefined],
      ] as const) {
        const init: RequestInit = {
          method,
          headers: { 'content-type': 'application/json', origin: EVIL },
        };
        if (body) init.body = body;
        await refused(await send(path, init), 403);
      }
    });

    it('still takes the app’s own JSON writes, with and without Origin', async () => {
      const own = await send('/api/attacks', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: 'http://localhost',
          'sec-fetch-site': 'same-origin',
        },
        body: ATTACK,
      });
      expect(own.status).toBe(201);
      const cli = await send('/api/attacks', {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ id: 'cli', start: '2026-02-13T08:00:00Z', peakPain: 2 }),
      });
      expect(cli.status).toBe(201);
      const csv = await send('/api/import?format=generic&dryRun=true', {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'start,end,pain\n2026-02-20 08:00,2026-02-20 12:00,6\n',
      });
      expect(csv.status).toBe(200);
    });
  });

  describe('DNS rebinding', () => {
    it('refuses to read the diary for a page on another host name', async () => {
      const res = await send(`${EVIL}/api/diary`, {});
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(text).not.toContain('a1');
      expect(text).toContain('evil.example');
    });

    it('refuses writes for another host name, even same-origin JSON', async () => {
      const res = await send(`${EVIL}/api/attacks`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: EVIL,
          'sec-fetch-site': 'same-origin',
        },
        body: ATTACK,
      });
      await refused(res, 403);
    });

    it('refuses the app itself for another host name', async () => {
      expect((await send(`${EVIL}/`, {})).status).toBe(403);
      expect((await send('http://localhost.evil.example/api/health', {})).status).toBe(403);
      expect((await send('http://127.0.0.1/api/health', {})).status).toBe(200);
      expect((await send('http://[::1]/api/health', {})).status).toBe(200);
    });

    it('refuses a cross-site read a browser marks as such', async () => {
      const res = await send('/api/diary', { headers: { 'sec-fetch-site': 'cross-site' } });
      expect(res.status).toBe(403);
    });
  });

  describe('framing and headers', () => {
    let webRoot: string;
    beforeAll(() => {
      webRoot = mkdtempSync(join(tmpdir(), 'stillpoint-web-'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Stillpoint</title>');
    });

    it('sends CSP with frame-ancestors none, X-Frame-Options, nosniff and Referrer-Policy on every response', async () => {
      const app = createApp(h.runtime.services, { version: 'test', webRoot });
      const responses = [
        await app.request('/'),
        await app.request('/calendar'),
        await app.request('/index.html'),
        await app.request('/api/diary'),
        await app.request('/api/attacks/missing'),
        await app.request('/api/attacks', {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: ATTACK,
        }),
        await app.request(`${EVIL}/`),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 404, 415, 403]);
      for (const res of responses) {
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
      }
      expect(responses[3]?.headers.get('cache-control')).toBe('no-store');
      expect(await diary()).toEqual(before);
    });
  });

  describe('far-dated records', () => {
    it('refuses a day on 9999-12-31, and every analysis keeps answering', async () => {
      const res = await send('/api/days/9999-12-31', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: '{"stress":3}',
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error.message).toContain('1900-01-01 and 2099-12-31');
      expect(await diary()).toEqual(before);
      for (const path of [
        '/api/analysis/metrics',
        '/api/analysis/classification',
        '/api/analysis/days',
        '/api/export/fhir',
      ]) {
        expect((await send(path, {})).status, path).toBe(200);
      }
    });

    it('refuses records and imports on 0001-01-01 and 9426-07-12, and such query bounds', async () => {
      const writes: [string, string, unknown][] = [
        ['PUT', '/api/days/0001-01-01', { stress: 3 }],
        ['POST', '/api/attacks', { id: 'old', start: '0001-01-01T08:00:00Z', peakPain: 3 }],
        ['POST', '/api/attacks', { id: 'far', start: '9426-07-12T08:00:00Z', peakPain: 3 }],
        ['PUT', '/api/person', { timeZone: 'Europe/Berlin', birthDate: '1899-12-31' }],
        [
          'POST',
          '/api/diary/import',
          { ...JSON.parse(EMPTY_DIARY), days: [{ date: '9426-07-12' }, { date: '0001-01-01' }] },
        ],
      ];
      for (const [method, path, body] of writes) {
        const res = await h.request(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.body.error.message).toContain('must lie between');
      }
      expect((await h.request('GET', '/api/days?from=0001-01-01')).status).toBe(400);
      expect(await diary()).toEqual(before);
    });

    it('keeps the whole plausible range usable: a diary from 1900-01-01 to 2099-12-31 still analyses', async () => {
      expect((await h.request('PUT', '/api/days/1900-01-01', { stress: 1 })).status).toBe(201);
      expect((await h.request('PUT', '/api/days/2099-12-31', { stress: 1 })).status).toBe(201);
      const started = performance.now();
      expect((await h.request('GET', '/api/analysis/metrics')).status).toBe(200);
      // Not a timing test (bench/ measures speed): a generous ceiling that catches centuries.
      expect(performance.now() - started).toBeLessThan(20_000);
    });
  });

  describe('control characters', () => {
    it('refuses U+0000–U+001F in names, tags and notes, naming the field', async () => {
      const cases: [string, string, unknown, string][] = [
        [
          'POST',
          '/api/attacks',
          { id: 'c1', start: '2026-02-12T08:00:00Z', notes: 'a\u0000b' },
          'notes',
        ],
        [
          'POST',
          '/api/attacks',
          { id: 'c2', start: '2026-02-12T08:00:00Z', triggers: ['x\ty'] },
          'triggers[0]',
        ],
        ['PATCH', '/api/therapies/t1', { name: 'CST\u001b[31m' }, 'name'],
        ['PATCH', '/api/sessions/s1', { practitioner: 'Anna\r\nX-Evil: 1' }, 'practitioner'],
        ['PUT', '/api/days/2026-02-11', { notes: 'bell \u0007' }, 'notes'],
        [
          'POST',
          '/api/medications',
          { id: 'm9', name: 'Ibu\u000bprofen', class: 'nonopioid_analgesic' },
          'name',
        ],
      ];
      for (const [method, path, body, field] of cases) {
        const res = await h.request(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(400);
        expect(res.body.error.field).toBe(field);
        expect(res.body.error.message).toContain('control characters');
      }
      expect(await diary()).toEqual(before);
    });

    it('keeps tab and line breaks in notes, and the FHIR and .ics exports stay valid', async () => {
      const notes = 'Left temple.\n\tThrobbing,\r\nthen better.';
      const res = await h.request('PATCH', '/api/attacks/a1', { notes });
      expect(res.status).toBe(200);
      expect((await h.request('GET', '/api/attacks/a1')).body.notes).toBe(notes);
      const fhir = (await (await send('/api/export/fhir', {})).json()) as Bundle;
      expect(medplumValidator()(fhir)).toEqual([]);
      expect(JSON.stringify(fhir)).toContain('Left temple.\\n\\tThrobbing');
      const ics = await (await send('/api/export/ics', {})).text();
      // RFC 5545 §3.1: content lines end in CRLF; no other control character but HTAB.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
      expect(ics.split('\r\n').every((l) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(l))).toBe(
        true,
      );
    });
  });
});

describe('the real server, over a socket', () => {
  let server: Awaited<ReturnType<typeof startServe>>;
  beforeAll(async () => {
    server = await startServe(['--data', tempDir()]);
  });
  afterAll(() => {
    server.child.kill();
  });

  const get = (headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
      const url = new URL('/api/diary', server.url);
      const req = httpRequest(url, { headers }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      req.on('error', reject);
      req.end();
    });

  it('answers its own host and refuses Host: evil.example (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    expect((await get({ host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await get({ host: `localhost:${port}` })).status).toBe(200);
    const rebound = await get({ host: `evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
