/**
 * The Content-Security-Policy must let the app's own charts keep their style: Observable Plot
 * inserts one `<style>` element per chart, which `style-src 'self'` blocks unless its hash is
 * listed. The app's trend charts are drawn here (linkedom) and every style element they carry
 * must be allowed by hash, so a Plot upgrade that changes the text fails here, not silently in
 * the browser. The browser test (e2e/security-headers.spec.ts) checks that no violation occurs.
 */
import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  PLOT_STYLE_HASH,
} from '../../src/server/http/security/headers.ts';
import { TRENDS, trendChartSpec } from '../../src/web/charts/specs.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it("allows every <style> the app's trend charts insert, by hash", () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const hashes = new Set<string>();
    for (const definition of TRENDS) {
      const spec = trendChartSpec(
        definition,
        {
          blocks: [
            {
              start: '2026-01-01',
              end: '2026-01-28',
              valid: true,
              inProgress: false,
              migraineDays: 4,
              headacheDays: 6,
              meanPeakPain: 6,
              medianDurationHours: 8,
              acuteMedicationDays: 3,
              daysLost: 1,
            },
          ],
          sessions: ['2026-01-10'],
          therapies: [{ name: 'CST', start: '2026-01-05' }],
        },
        { width: 360 },
      );
      const chart = Plot.plot({ ...spec, document: document as never });
      for (const style of chart.querySelectorAll('style'))
        hashes.add(sha256(style.textContent ?? ''));
    }
    expect([...hashes]).toEqual([PLOT_STYLE_HASH]);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${PLOT_STYLE_HASH}`);
  });

  it('forbids framing, plugins, base rewriting and inline script', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => {
        const [name = '', ...values] = d.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});
