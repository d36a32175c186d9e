/**
 * "Does this therapy work for me?": the verdict with its interval, the chances behind it and
 * warnings in plain words. Shows "not available yet" until the verdict engine answers.
 */
import type { Therapy, Verdict } from '../api/types.ts';
import { label } from '../lib/labels.ts';
import { IntervalChart } from './IntervalChart.tsx';
import { OptionalResult, useOptional } from './OptionalResult.tsx';

const pct = (p: number | null | undefined) => (p == null ? '—' : `${Math.round(p * 100)} %`);
const per28 = (v: number | null | undefined) =>
  v == null ? '—' : (Math.round(v * 10) / 10).toString();

function VerdictBody({ v }: { v: Verdict }) {
  const what = v.outcome === 'headache_days' ? 'headache days' : 'migraine days';
  return (
    <>
      <p className={`verdict-label verdict-${v.verdict}`}>{label(v.verdict)}</p>
      <p className="muted">Counting {what}.</p>
      {v.summary && <p>{v.summary}</p>}
      {v.rateRatio && (
        <IntervalChart
          median={v.rateRatio.median}
          low={v.rateRatio.ci95[0]}
          high={v.rateRatio.ci95[1]}
          what={what}
        />
      )}
      <dl className="facts">
        <div>
          <dt>
            Before the course{' '}
            <span className="muted">({v.baseline?.recordedDays ?? '—'} days recorded)</span>
          </dt>
          <dd>{per28(v.baseline?.per28)} in 28 days</dd>
        </div>
        <div>
          <dt>
            During the course{' '}
            <span className="muted">({v.treatment?.recordedDays ?? '—'} days recorded)</span>
          </dt>
          <dd>{per28(v.treatment?.per28)} in 28 days</dd>
        </div>
        <div>
          <dt>Chance it improved at all</dt>
          <dd>{pct(v.pImproved)}</dd>
        </div>
        <div>
          <dt>Chance it improved more than placebo typically does</dt>
          <dd>{pct(v.pBeyondPlacebo)}</dd>
        </div>
      </dl>
      {(v.warnings?.length ?? 0) > 0 && (
        <>
          <h3>Keep in mind</h3>
          <ul className="warnings">
            {v.warnings?.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function VerdictCard({ therapy }: { therapy: Therapy }) {
  const state = useOptional<Verdict>(`/api/therapies/${therapy.id}/verdict`);
  return (
    <section className="card verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title">Does it work for me?</h2>
      <OptionalResult
        state={state}
        notYet={
          <p>
            The verdict is not available yet. It will compare your migraine days before and during
            this course, allowing for chance and for the improvement many people see after starting
            anything new.
          </p>
        }
      >
        {(v) => <VerdictBody v={v} />}
      </OptionalResult>
      <p className="hint">Not a diagnosis. Comparing periods cannot prove what caused a change.</p>
    </section>
  );
}
