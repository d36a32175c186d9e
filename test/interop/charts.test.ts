/** The shared Plot spec renders on the server (linkedom) as the PDF uses it. */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../src/server/export/pdf/chart.ts';
import { blockDaysChartSpec, PRINT_STYLE } from '../../src/shared/charts.ts';

describe('migraine and headache days chart', () => {
  it('renders bars, labels, the therapy start and session marks to SVG without a browser', () => {
    const spec = blockDaysChartSpec(
      {
        blocks: [
          {
            start: '2026-01-01',
            end: '2026-01-28',
            headacheDays: 9,
            migraineDays: 6,
            valid: true,
            inProgress: false,
          },
          {
            start: '2026-01-29',
            end: '2026-02-25',
            headacheDays: 4,
            migraineDays: 2,
            valid: false,
            inProgress: false,
          },
        ],
        sessions: ['2026-02-05', '2026-02-12'],
        therapies: [{ name: 'Craniosacral therapy', start: '2026-02-05' }],
      },
      { ...PRINT_STYLE, width: 500, height: 160, font: 'DejaVu Sans' },
    );
    const svg = chartSvg(spec);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const text of [
      '6 / 9',
      '2 / 4',
      'incomplete',
      'Craniosacral therapy →',
      '1 Jan',
      'days per 28',
    ]) {
      expect(svg).toContain(text);
    }
    expect((svg.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });
});
