/**
 * Observable Plot chart specifications built from plain data, shared by the doctor report
 * (rendered on the server with linkedom's `document` and embedded in the PDF) and the web app.
 * Nothing here touches a DOM: callers pass `document` to `Plot.plot` themselves.
 */
import * as Plot from '@observablehq/plot';

/** One 28-day block: headache and migraine days with the block's completeness. */
export interface BlockDays {
  start: string;
  end: string;
  headacheDays: number;
  migraineDays: number;
  /** Enough recorded days (≥ 23 of 28) to compare with other blocks. */
  valid: boolean;
  /** The block has not ended yet. */
  inProgress: boolean;
}

export interface DaysChartData {
  blocks: readonly BlockDays[];
  /** Local days of therapy sessions. */
  sessions: readonly string[];
  /** Therapy course starts, drawn as dashed rules with the course name. */
  therapies: readonly { name: string; start: string }[];
}

export interface DaysChartStyle {
  width: number;
  height: number;
  font: string;
  fontSize: number;
  headache: string;
  migraine: string;
  accent: string;
  text: string;
}

export const PRINT_STYLE: Omit<DaysChartStyle, 'width' | 'height' | 'font'> = {
  fontSize: 9,
  headache: '#b9c9d0',
  migraine: '#2f4b5a',
  accent: '#8a3b5c',
  text: '#1f2a30',
};

/** Legend entries of the days chart (renderers draw them next to the chart). */
export function daysChartLegend(style: Pick<DaysChartStyle, 'headache' | 'migraine' | 'accent'>) {
  return [
    { label: 'headache days', color: style.headache, shape: 'square' as const },
    { label: 'migraine days', color: style.migraine, shape: 'square' as const },
    { label: 'therapy session', color: style.accent, shape: 'diamond' as const },
  ];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const dayAfter = (d: string) => new Date(day(d).getTime() + 86_400_000);
const noon = (d: string) => new Date(day(d).getTime() + 43_200_000);
/** The middle of a block (its start plus half of its days), for labels. */
const mid = (b: BlockDays) => new Date((day(b.start).getTime() + dayAfter(b.end).getTime()) / 2);
const label = (b: BlockDays) => (b.inProgress ? 'in progress' : b.valid ? '' : 'incomplete');

/**
 * Migraine and headache days per 28-day block: a light bar for headache days with a narrower
 * dark bar for migraine days inside it, both numbered; blocks that are incomplete or still in
 * progress are faded and labelled; therapy starts are dashed rules, sessions diamonds under the
 * axis.
 */
export function blockDaysChartSpec(data: DaysChartData, style: DaysChartStyle): Plot.PlotOptions {
  const blocks = data.blocks;
  const top = Math.max(8, ...blocks.map((b) => b.headacheDays)) * 1.15;
  const first = blocks[0]?.start;
  const last = blocks.at(-1)?.end;
  const inRange = (d: string) =>
    first !== undefined && last !== undefined && d >= first && d <= last;
  const starts = data.therapies.filter((t) => inRange(t.start));
  const opacity = (b: BlockDays) => (b.valid && !b.inProgress ? 1 : 0.45);
  const below = -top * 0.07;
  return {
    width: style.width,
    height: style.height,
    marginLeft: 34,
    marginRight: 8,
    marginTop: 22,
    marginBottom: 26,
    style: {
      fontFamily: style.font,
      fontSize: `${style.fontSize}px`,
      color: style.text,
      background: 'white',
    },
    x: {
      type: 'utc',
      label: null,
      domain: first && last ? [day(first), dayAfter(last)] : undefined,
      ticks: blocks.map((b) => day(b.start)),
      tickFormat: (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
    },
    y: {
      label: 'days per 28',
      domain: [below * 1.6, top],
      ticks: [0, 4, 8, 12, 16, 20, 24, 28].filter((t) => t <= top),
      grid: true,
    },
    marks: [
      Plot.rectY(blocks, {
        x1: (b: BlockDays) => day(b.start),
        x2: (b: BlockDays) => dayAfter(b.end),
        y1: 0,
        y2: (b: BlockDays) => b.headacheDays,
        fill: style.headache,
        fillOpacity: opacity,
        inset: 3,
      }),
      Plot.rectY(blocks, {
        x1: (b: BlockDays) => day(b.start),
        x2: (b: BlockDays) => dayAfter(b.end),
        y1: 0,
        y2: (b: BlockDays) => b.migraineDays,
        fill: style.migraine,
        fillOpacity: opacity,
        insetLeft: 10,
        insetRight: 10,
      }),
      Plot.text(blocks, {
        x: mid,
        y: (b: BlockDays) => b.headacheDays,
        text: (b: BlockDays) => `${b.migraineDays} / ${b.headacheDays}`,
        dy: -6,
        fill: style.text,
      }),
      Plot.text(
        blocks.filter((b) => label(b) !== ''),
        {
          x: mid,
          y: (b: BlockDays) => b.headacheDays,
          text: label,
          dy: -16,
          fill: style.text,
          fillOpacity: 0.7,
          fontStyle: 'italic',
        },
      ),
      Plot.ruleY([0], { stroke: style.text, strokeOpacity: 0.6 }),
      Plot.ruleX(starts, {
        x: (t: { start: string }) => day(t.start),
        stroke: style.accent,
        strokeWidth: 1.2,
        strokeDasharray: '4,3',
      }),
      Plot.text(starts, {
        x: (t: { start: string }) => day(t.start),
        text: (t: { name: string }) => `${t.name} →`,
        frameAnchor: 'top',
        textAnchor: 'start',
        dx: 3,
        dy: -14,
        fill: style.accent,
        fontWeight: 'bold',
      }),
      Plot.dot(data.sessions.filter(inRange), {
        x: (s: string) => noon(s),
        y: below,
        symbol: 'diamond',
        r: 2.6,
        fill: style.accent,
      }),
    ],
  };
}
