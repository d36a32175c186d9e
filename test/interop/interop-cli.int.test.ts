/**
 * `stillpoint export --format …` and `stillpoint import FILE` through the compiled CLI: the
 * doctor PDF (text extracted with poppler's pdftotext, pages rendered with pdftoppm), CSV and
 * JSON round trips into an empty diary, other apps' files with preview and dry run, and
 * malformed files (bad dates, unknown columns, UTF-16, Latin-1, 100 MB) refused with clear
 * messages while the diary stays byte-for-byte the same.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { stillpoint, tempDir } from '../support/cli.ts';
import { createTestDatabase, describeEachDatabase } from '../support/databases.ts';
import { BEARABLE_CSV, DAILY_CSV, GENERIC_CSV } from './support/csv-files.ts';

describeEachDatabase(
  'export and import from the command line on %s',
  (dialect) => {
    const drops: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const drop of drops) await drop();
    });
    const storage = async (): Promise<string[]> => {
      if (dialect === 'sqlite') return ['--data', tempDir()];
      const db = await createTestDatabase('postgres');
      drops.push(db.drop);
      return ['--database', db.url];
    };
    const ok = (args: string[]) => {
      const r = stillpoint(args);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r;
    };

    it('writes a 1–2 page doctor report with extractable text', async () => {
      const a = await storage();
      ok(['demo', '--until', '2026-06-30', ...a]);
      const dir = tempDir();
      const pdf = join(dir, 'report.pdf');
      const out = ok([
        'export',
        '--format',
        'pdf',
        '--from',
        '2026-01-01',
        '--to',
        '2026-06-30',
        '--out',
        pdf,
        ...a,
      ]);
      expect(out.stdout).toContain(`exported pdf to ${pdf}`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const expected of [
        'Headache diary report',
        '2026-01-01 – 2026-06-30 (181 days)',
        'Migraine and headache days per 28 days',
        'Acute medication days by class',
        'Triptans (Sumatriptan)',
        'Therapies',
        'Craniosacral therapy',
        'Questionnaires',
        'HIT-6',
        'MIDAS',
        'Red flags answered "yes"',
        'What goes with attack onsets',
        'associations, not causes',
        'Tagged on attacks only',
        'NOT A DIAGNOSIS',
        'This is not a diagnosis',
        'Attacks (',
        'Sumatriptan 50 mg:',
        'page 2 of 2',
      ]) {
        expect(text, expected).toContain(expected);
      }
      expect(text).toMatch(/ICHD-3 1\.1 Migraine without aura: met \(not a diagnosis\)/);
      expect(text).toMatch(/(insufficient data|no clear change|improved|worsened):/);
      expect(text).toMatch(/about 1 in 4 people\s+halve/);
      const pages = spawnSync('pdftoppm', ['-png', '-r', '40', pdf, join(dir, 'page')]);
      expect(pages.status).toBe(0);
      const pngs = readdirSync(dir).filter((f) => f.endsWith('.png'));
      expect(pngs.length).toBeGreaterThanOrEqual(1);
      expect(pngs.length).toBeLessThanOrEqual(2);
    });

    it('round-trips CSV (folder and ZIP) and a JSON slice into an empty diary', async () => {
      const a = await storage();
      ok(['demo', '--until', '2026-06-30', ...a]);
      const original = ok(['export', ...a]).stdout;
      const dir = tempDir();
      ok(['export', '--format', 'csv', '--out', join(dir, 'tables'), ...a]);
      expect(readdirSync(join(dir, 'tables')).sort()).toContain('attacks.csv');
      const b = await storage();
      const imported = ok(['import', join(dir, 'tables'), ...b]);
      expect(imported.stdout).toMatch(/import preview: Stillpoint CSV/);
      expect(imported.stdout).toMatch(/imported \(merge\):/);
      expect(ok(['export', ...b]).stdout).toBe(original);
      ok(['export', '--format', 'csv', '--out', join(dir, 'all.zip'), ...a]);
      const c = await storage();
      ok(['import', join(dir, 'all.zip'), ...c]);
      expect(ok(['export', ...c]).stdout).toBe(original);
      ok([
        'export',
        '--format',
        'json',
        '--from',
        '2026-03-01',
        '--to',
        '2026-03-31',
        '--out',
        join(dir, 'march.json'),
        ...a,
      ]);
      const d = await storage();
      ok(['import', join(dir, 'march.json'), ...d]);
      const march = JSON.parse(readFileSync(join(dir, 'march.json'), 'utf8'));
      expect(JSON.parse(ok(['export', ...d]).stdout)).toEqual(march);
      expect(march.days.every((x: { date: string }) => x.date.startsWith('2026-03'))).toBe(true);
    });

    it('imports other apps’ files after a preview; a dry run writes nothing', async () => {
      const a = await storage();
      const dir = tempDir();
      const files: [string, string, string][] = [
        ['Bearable App - Data Export. Generated 05-02-2022.csv', BEARABLE_CSV, 'bearable'],
        ['migrainebot.csv', GENERIC_CSV, 'generic'],
        ['daily.csv', DAILY_CSV, 'daily'],
      ];
      for (const [name, text, format] of files) {
        writeFileSync(join(dir, name), text);
        const before = ok(['export', ...a]).stdout;
        const dry = ok(['import', join(dir, name), '--dry-run', ...a]);
        expect(dry.stdout).toContain(`(format ${format}, mode merge)`);
        expect(dry.stdout).toContain('validation: no problems found');
        expect(dry.stdout).toContain('dry run: nothing was written');
        expect(ok(['export', ...a]).stdout).toBe(before);
        const days = format === 'bearable' ? ['--recorded-days', 'entries'] : [];
        const real = ok(['import', join(dir, name), ...days, ...a]);
        expect(real.stdout).toMatch(/attacks\s+\d+ in file,\s+\d+ new/);
      }
      const bearable = ok(['import', join(dir, files[0]![0]), '--recorded-days', 'entries', ...a]);
      expect(bearable.stdout).toContain('not imported (no matching diary field):');
      expect(bearable.stdout).toContain('category "Mood": 1 row (lines 2)');
      expect(bearable.stdout).not.toMatch(/ [1-9]\d* new/);
    });

    it('exports the planned sessions and the FHIR bundle to stdout', async () => {
      const a = await storage();
      ok(['demo', '--until', '2026-06-30', ...a]);
      const ics = ok(['export', '--format', 'ics', '--to', '2026-12-31', ...a]).stdout;
      expect(ics).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=\w\w;UNTIL=2026\d{4}T\d{6}Z/);
      const fhir = JSON.parse(ok(['export', '--format', 'fhir', ...a]).stdout);
      expect(fhir.resourceType).toBe('Bundle');
    });

    it('refuses malformed files with clear messages and changes nothing', async () => {
      const a = await storage();
      ok(['demo', '--until', '2026-06-30', ...a]);
      const before = ok(['export', ...a]).stdout;
      const dir = tempDir();
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GENERIC_CSV, 'utf16le')]);
      const latin1 = Buffer.from(
        `${DAILY_CSV}\n2026-01-06,ja,,,Kopfschmerz nach dem Frühstück\n`,
        'latin1',
      );
      const big = Buffer.alloc(
        100 * 1024 * 1024,
        'start,end,pain\n2026-01-05 06:30,2026-01-05 18:00,7\n',
      );
      const cases: [string, Buffer | string, RegExp][] = [
        [
          'dates.csv',
          'start,end,pain\n2026-01-05 06:30,2026-01-05 18:00,7\n31.01.2026 06:30,2026-01-31 18:00,5\n',
          /dates\.csv line 3 \(start\): "31\.01\.2026 06:30" is not a date-time/,
        ],
        [
          'columns.csv',
          'start,end,pain,mood\n2026-01-05 06:30,2026-01-05 18:00,7,grim\n',
          /closest is a generic attack list \(unknown column "mood"\)/,
        ],
        ['utf16.csv', utf16, /is UTF-16 .* save it as UTF-8/],
        ['latin1.csv', latin1, /is not UTF-8: byte 0xFC on line 7/],
        ['big.csv', big, /100\.0 MB is too large; a CSV import may be at most 64\.0 MB/],
        [
          'range.csv',
          'start,end,pain\n2026-01-05 06:30,2026-01-05 18:00,12\n',
          /range\.csv line 2 \(peakPain\): must be at most 10/,
        ],
      ];
      for (const [name, content, message] of cases) {
        writeFileSync(join(dir, name), content);
        const r = stillpoint(['import', join(dir, name), ...a]);
        expect(r.status, name).toBe(2);
        expect(r.stderr, name).toMatch(message);
        expect(r.stderr, name).not.toMatch(/at .*\.js:\d+/); // a message, not a stack trace
      }
      const unknownFormat = stillpoint(['import', join(dir, 'dates.csv'), '--format', 'xml', ...a]);
      expect(unknownFormat.status).not.toBe(0);
      expect(ok(['export', ...a]).stdout).toBe(before);
    });
  },
  { timeout: 300_000 },
);
