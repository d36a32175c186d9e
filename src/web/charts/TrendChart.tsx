/**
 * One trend chart drawn by Observable Plot from the shared spec, sized to its container and
 * coloured from the current theme (calm, dark or attack mode). The drawing is decorative for
 * assistive technology: the same numbers are in the table next to it.
 */
import * as Plot from '@observablehq/plot';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { type ChartTheme, type TrendData, type TrendDefinition, trendChartSpec } from './specs.ts';

function currentTheme(): ChartTheme {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    bar: v('--accent'),
    barIncomplete: v('--border'),
    accent: v('--migraine'),
    text: v('--text'),
    font: v('--font'),
  };
}

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function TrendChart({ definition, data }: { definition: TrendDefinition; data: TrendData }) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    const chart = Plot.plot(trendChartSpec(definition, data, { width, theme: currentTheme() }));
    chart.setAttribute('aria-hidden', 'true');
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [definition, data, width]);
  return <div ref={box} className="chart" data-testid={`chart-${definition.metric}`} />;
}
