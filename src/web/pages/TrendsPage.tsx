/**
 * Trends per 28-day block with therapy sessions on the time axis. Observable Plot lives in this
 * page's chunk only, so it never weighs on the first screen.
 */
import { useMemo } from 'react';
import { analysisPath } from '../api/client.ts';
import type { MetricsResult } from '../api/types.ts';
import { type BlockPoint, TRENDS, type TrendData, type TrendMetric } from '../charts/specs.ts';
import { TrendChart } from '../charts/TrendChart.tsx';
import { TrendTable } from '../charts/TrendTable.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useCollection, useQuery } from '../data/use-query.ts';
import { formatShortDay, localDay } from '../lib/dates.ts';
import { Link } from '../lib/router.tsx';

function summary(blocks: readonly BlockPoint[], metric: TrendMetric): string {
  const complete = blocks.filter((b) => b.valid && !b.inProgress && b[metric] !== null);
  const first = complete[0];
  const last = complete.at(-1);
  if (!first || !last) return 'No complete 28-day block yet.';
  const v = (b: BlockPoint) => Math.round(Number(b[metric]) * 10) / 10;
  if (first === last) return `One complete block so far: ${v(last)}.`;
  return `First complete block (from ${formatShortDay(first.start)}): ${v(first)}. Latest (from ${formatShortDay(last.start)}): ${v(last)}.`;
}

export default function TrendsPage() {
  const metrics = useQuery<MetricsResult>(analysisPath('metrics'), ['all']);
  const sessions = useCollection('sessions');
  const therapies = useCollection('therapies');
  const data = useMemo<TrendData | undefined>(() => {
    if (!metrics.data) return undefined;
    return {
      blocks: metrics.data.blocks,
      sessions: (sessions.data ?? []).map((s) => localDay(s.at)),
      therapies: (therapies.data ?? []).map((t) => ({ name: t.name, start: t.start })),
    };
  }, [metrics.data, sessions.data, therapies.data]);
  return (
    <>
      <PageTitle title="Trends">Trends</PageTitle>
      <p className="muted">
        Counted in 28-day blocks from your first diary day. Light bars: the block is still running
        or has too few recorded days to count. ◆ marks a therapy session; a dashed line a therapy
        start. A change over time does not by itself show that a therapy caused it.
      </p>
      {metrics.error && !metrics.data && (
        <p className="field-error" role="alert">
          Could not load the trends: {metrics.error.message}
        </p>
      )}
      {!data && !metrics.error && <p className="loading">Loading…</p>}
      {data && data.blocks.length === 0 && (
        <div className="card">
          <p>No diary days yet. Trends appear once you log attacks or check-ins.</p>
          <Link className="button" href="/">
            Back to Today
          </Link>
        </div>
      )}
      {data &&
        data.blocks.length > 0 &&
        TRENDS.map((t) => (
          <section key={t.metric} className="card trend" aria-labelledby={`trend-${t.metric}`}>
            <h2 id={`trend-${t.metric}`}>
              {t.title} <span className="unit">({t.unit})</span>
            </h2>
            <p className="trend-summary">{summary(data.blocks, t.metric)}</p>
            <TrendChart definition={t} data={data} />
            <TrendTable definition={t} blocks={data.blocks} />
          </section>
        ))}
    </>
  );
}
