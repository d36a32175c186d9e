/**
 * Exports and imports through the HTTP API on a real database (SQLite, and PostgreSQL when
 * TEST_PG_URL is set): every export format, JSON and CSV round trips into an empty diary, the
 * import preview and dry run, and malformed uploads refused with clear messages and nothing
 * changed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoDiary } from '../../src/domain/demo/demo-diary.ts';
import { unzip } from '../../src/server/export/zip.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createHarness, type Harness } from '../support/harness.ts';
import { BEARABLE_CSV, GENERIC_CSV } from './support/csv-files.ts';

async function raw(h: Harness, method: string, path: string, body?: Uint8Array | string) {
  const headers = { 'content-type': 'text/csv' }; // what an upload declares (text/plain is refused)
  const res = await h.app.request(
    path,
    body === undefined ? { method } : { method, body, headers },
  );
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
}

const diaryOf = async (h: Harness) => (await h.request('GET', '/api/diary')).body;

describeEachDatabase('exports and imports over HTTP on %s', (dialect) => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    [a, b] = await Promise.all([createHarness(dialect), createHarness(dialect)]);
    const res = await a.request(
      'POST',
      '/api/diary/import',
      demoDiary({ until: '2026-02-28', seed: 7 }),
    );
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('exports every format with its media type and a file name', async () => {
    const cases: [string, string, RegExp][] = [
      ['json', 'application/json; charset=utf-8', /^\{\n {2}"format": "stillpoint.diary"/],
      ['fhir', 'application/fhir+json; charset=utf-8', /"resourceType": "Bundle"/],
      ['ics', 'text/calendar; charset=utf-8', /^BEGIN:VCALENDAR\r\n/],
      ['pdf', 'application/pdf', /^%PDF-1\.\d/],
      ['csv', 'application/zip', /^PK/],
    ];
    for (const [format, type, body] of cases) {
      const res = await raw(a, 'GET', `/api/export/${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toBe(type);
      expect(res.headers.get('content-disposition'), format).toMatch(
        /^attachment; filename="stillpoint/,
      );
      expect(res.text, format).toMatch(body);
    }
    const table = await raw(a, 'GET', '/api/export/csv?table=attacks&from=2026-02-01');
    expect(table.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...table.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(table.text.startsWith('id,start_utc,end_utc,tz,')).toBe(true);
    const zip = unzip((await raw(a, 'GET', '/api/export/csv')).bytes, 1e9);
    expect(zip.map((e) => e.name)).toContain('daily.csv');
  });

  it('refuses an unknown format and a reversed period', async () => {
    expect((await a.request('GET', '/api/export/xml')).status).toBe(400);
    const reversed = await a.request('GET', '/api/export/pdf?from=2026-03-01&to=2026-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toContain('from must not be after to');
  });

  it('round-trips CSV and JSON exports into an empty diary: identical', async () => {
    const original = await diaryOf(a);
    const zip = await raw(a, 'GET', '/api/export/csv');
    const imported = await raw(
      b,
      'POST',
      '/api/import?mode=replace&filename=export.zip',
      zip.bytes,
    );
    expect(imported.status, imported.text).toBe(200);
    expect(JSON.parse(imported.text).preview.format).toBe('stillpoint-csv');
    expect(await diaryOf(b)).toEqual(original);
    const json = await raw(a, 'GET', '/api/export/json');
    const again = await raw(b, 'POST', '/api/import?mode=replace', json.bytes);
    expect(again.status).toBe(200);
    const preview = JSON.parse(again.text).preview;
    expect(preview.counts.attacks).toMatchObject({
      new: 0,
      changed: 0,
      unchanged: original.attacks.length,
    });
    expect(await diaryOf(b)).toEqual(original);
  });

  it('previews an import on a dry run and writes nothing', async () => {
    const before = await diaryOf(b);
    const res = await raw(b, 'POST', '/api/import?dryRun=true&filename=bearable.csv', BEARABLE_CSV);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text);
    expect(body.report).toBeNull();
    expect(body.preview).toMatchObject({ format: 'bearable', counts: { attacks: { new: 3 } } });
    expect(body.preview.unmapped.map((u: { name: string }) => u.name)).toContain('Mood');
    expect(await diaryOf(b)).toEqual(before);
    const committed = await raw(b, 'POST', '/api/import?filename=attacks.csv', GENERIC_CSV);
    expect(JSON.parse(committed.text).report.counts.attacks.added).toBe(4);
    expect((await diaryOf(b)).attacks.length).toBe(before.attacks.length + 4);
  });

  it('refuses malformed uploads with clear messages and changes nothing', async () => {
    const before = await diaryOf(a);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('start,end,pain,notes\n2026-01-05 06:30,2026-01-05 18:00,7,M'),
      0xfc,
      0x64,
      0x65,
    ]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(new TextEncoder().encode('start,end,pain\n')).flatMap((c) => [c, 0]),
    ]);
    const cases: [string, Uint8Array | string, number, RegExp][] = [
      [
        'bad dates',
        'start,end,pain\n2026-02-30 06:30,2026-01-05 18:00,7\n',
        400,
        /line 2 \(start\): "2026-02-30 06:30" is not a date-time/,
      ],
      [
        'unknown column',
        'start,end,pain,mood\n2026-01-05 06:30,2026-01-05 18:00,7,ok\n',
        400,
        /unknown column "mood"/,
      ],
      ['UTF-16', utf16, 400, /is UTF-16/],
      ['Latin-1', latin1, 400, /not UTF-8: byte 0xFC on line 2/],
      ['100 MB', new Uint8Array(100 * 1024 * 1024).fill(0x61), 413, /larger than 32 MB/],
    ];
    for (const [name, body, status, message] of cases) {
      const res = await raw(a, 'POST', '/api/import?filename=upload.csv', body);
      expect(res.status, name).toBe(status);
      const error = JSON.parse(res.text).error;
      expect(
        [
          error.message,
          ...(error.issues ?? []).map(
            (i: { field: string; message: string }) => `${i.field}: ${i.message}`,
          ),
        ].join('\n'),
        name,
      ).toMatch(message);
    }
    expect(await diaryOf(a)).toEqual(before);
  });

  it('documents the file routes in the OpenAPI document', async () => {
    const doc = (await a.request('GET', '/api/openapi.json')).body;
    const exportOp = doc.paths['/api/export/{format}'].get;
    expect(Object.keys(exportOp.responses['200'].content)).toContain('application/pdf');
    const importOp = doc.paths['/api/import'].post;
    expect(importOp.requestBody.content['text/csv'].schema).toEqual({
      type: 'string',
      format: 'binary',
    });
    expect(importOp.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['format', 'dryRun', 'mode']),
    );
  });
});
