/**
 * Chart specifications of Stillpoint's trends, as pure functions from plain data to Observable
 * Plot options: the web app renders them in the browser, and the doctor PDF can render the same
 * specs on the server (pass `document` from linkedom to `Plot.plot`). No DOM access here.
 */
import * as Plot from '@observablehq/plot';

/** One 28-day block of the metrics engine, reduced to what the charts show. */
export interface BlockPoint {
  start: string;
  end: string;
  valid: boolean;
  inProgress: boolean;
  migraineDays: number;
  headacheDays: number;
  meanPeakPain: number | null;
  medianDurationHours: number | null;
  acuteMedicationDays: number;
  daysLost: number;
}

export type TrendMetric = Exclude<keyof BlockPoint, 'start' | 'end' | 'valid' | 'inProgress'>;

export interface TrendDefinition {
  metric: TrendMetric;
  title: string;
  unit: string;
  /** Upper end of the y axis when the data stay below it. */
  max: number;
}

/** The six trend charts, in reading order. */
export const TRENDS: readonly TrendDefinition[] = [
  { metric: 'migraineDays', title: 'Migraine days', unit: 'days per 28', max: 8 },
  { metric: 'headacheDays', title: 'Headache days', unit: 'days per 28', max: 8 },
  { metric: 'meanPeakPain', title: 'Peak pain', unit: 'average, 0–10', max: 10 },
  { metric: 'medianDurationHours', title: 'Attack duration', unit: 'median hours', max: 12 },
  { metric: 'acuteMedicationDays', title: 'Acute medication', unit: 'days per 28', max: 8 },
  { metric: 'daysLost', title: 'Days lost', unit: 'days per 28', max: 4 },
];

export interface ChartTheme {
  bar: string;
  barIncomplete: string;
  accent: string;
  text: string;
  font: string;
}

export const DEFAULT_THEME: ChartTheme = {
  bar: '#2f4b5a',
  barIncomplete: '#9fb1b9',
  accent: '#6f2f4d',
  text: '#1f2a30',
  font: 'system-ui, sans-serif',
};

export interface TherapyMark {
  name: string;
  start: string;
}

export interface TrendData {
  blocks: readonly BlockPoint[];
  /** Local days of therapy sessions. */
  sessions: readonly string[];
  therapies: readonly TherapyMark[];
}

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const dayAfter = (d: string) => new Date(day(d).getTime() + 86_400_000);

/**
 * Bars per 28-day block (incomplete blocks lighter), therapy starts as dashed rules with their
 * name, and each session as a diamond on the time axis.
 */
export function trendChartSpec(
  definition: TrendDefinition,
  data: TrendData,
  options: { width: number; height?: number; theme?: ChartTheme },
): Plot.PlotOptions {
  const theme = options.theme ?? DEFAULT_THEME;
  const points = data.blocks.filter((b) => b[definition.metric] !== null);
  const top = Math.max(definition.max, ...points.map((b) => Number(b[definition.metric])));
  const first = data.blocks[0]?.start;
  const last = data.blocks.at(-1)?.end;
  const inRange = (d: string) =>
    first !== undefined && last !== undefined && d >= first && d <= last;
  const starts = data.therapies.filter((t) => inRange(t.start));
  return {
    width: options.width,
    height: options.height ?? 170,
    marginLeft: 36,
    marginTop: 18,
    marginBottom: 30,
    style: {
      fontFamily: theme.font,
      fontSize: '12px',
      color: theme.text,
      background: 'transparent',
    },
    x: {
      type: 'utc',
      label: null,
      domain: first && last ? [day(first), dayAfter(last)] : undefined,
    },
    y: { label: null, domain: [0, top], grid: true, nice: true, ticks: 4 },
    marks: [
      Plot.rectY(points, {
        x1: (b: BlockPoint) => day(b.start),
        x2: (b: BlockPoint) => dayAfter(b.end),
        y: (b: BlockPoint) => b[definition.metric],
        fill: (b: BlockPoint) => (b.valid && !b.inProgress ? theme.bar : theme.barIncomplete),
        inset: 1.5,
      }),
      Plot.ruleY([0], { stroke: theme.text, strokeOpacity: 0.4 }),
      Plot.ruleX(starts, {
        x: (t: TherapyMark) => day(t.start),
        stroke: theme.accent,
        strokeWidth: 1.5,
        strokeDasharray: '4,3',
      }),
      Plot.text(starts, {
        x: (t: TherapyMark) => day(t.start),
        text: (t: TherapyMark) => `${t.name} →`,
        frameAnchor: 'top',
        textAnchor: 'start',
        dx: 4,
        dy: -12,
        fill: theme.accent,
        fontWeight: 600,
      }),
      Plot.dot(data.sessions.filter(inRange), {
        x: (s: string) => new Date(day(s).getTime() + 43_200_000),
        y: 0,
        symbol: 'diamond',
        r: 3.5,
        fill: theme.accent,
        stroke: 'white',
        strokeWidth: 0.75,
      }),
    ],
  };
}
