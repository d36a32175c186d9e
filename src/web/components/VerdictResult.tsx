/**
 * One verdict in words and numbers: the label and summary, what is missing when there is no
 * verdict yet, the rate ratio with its interval, both periods per 28 days with their dates, the
 * chances behind the label, every warning, and the placebo context line (always shown).
 */
import type { PhaseSummary, TherapyVerdictResult, VerdictWarning } from '../api/types.ts';
import { formatDayRange } from '../lib/dates.ts';
import { label } from '../lib/labels.ts';
import { IntervalChart } from './IntervalChart.tsx';

/** Warnings that keep a verdict from being given (validity gates). */
const GATES = new Set([
  'baseline_short',
  'baseline_incomplete',
  'evaluation_short',
  'evaluation_incomplete',
  'preventive_change',
]);

const pct = (p: number | null) => (p === null ? '—' : `${Math.round(p * 100)} %`);
const one = (v: number) => (Math.round(v * 10) / 10).toFixed(1);

function Phase({ title, phase }: { title: string; phase: PhaseSummary }) {
  return (
    <div>
      <dt>
        {title}
        <span className="fact-detail">
          {phase.from && phase.to
            ? `${formatDayRange(phase.from, phase.to)} · ${phase.recordedDays} of ${phase.days} days recorded`
            : 'no days yet'}
        </span>
      </dt>
      <dd>
        {phase.per28 === null ? '—' : one(phase.per28)}
        <span className="fact-detail">per 28 days</span>
      </dd>
    </div>
  );
}

function WarningList({ title, warnings }: { title: string; warnings: VerdictWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="warnings">
        {warnings.map((w) => (
          <li key={w.code}>{w.message}</li>
        ))}
      </ul>
    </>
  );
}

export function VerdictResult({ v }: { v: TherapyVerdictResult }) {
  const what = v.outcome === 'headache_days' ? 'headache days' : 'migraine days';
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const decided = v.verdict !== 'insufficient_data';
  const placebo = v.warnings.find((w) => w.code === 'placebo_context');
  const rest = v.warnings.filter((w) => w.code !== 'placebo_context');
  const missing = decided ? [] : rest.filter((w) => GATES.has(w.code));
  return (
    <div className="verdict-result" data-outcome={v.outcome}>
      <p className={`verdict-label verdict-${v.verdict}`}>{label(v.verdict)}</p>
      <p>{v.summary}</p>
      <WarningList title="What is missing for a verdict" warnings={missing} />
      {decided && v.rateRatio && (
        <IntervalChart
          median={v.rateRatio.median}
          low={v.rateRatio.ci95[0]}
          high={v.rateRatio.ci95[1]}
          what={what}
        />
      )}
      <dl className="facts">
        <Phase title={`${What} before the course`} phase={v.baseline} />
        <Phase title={`${What} during the course`} phase={v.treatment} />
        {decided && (
          <>
            <div>
              <dt>Chance of fewer {what} than before</dt>
              <dd>{pct(v.pImproved)}</dd>
            </div>
            <div>
              <dt>Chance of a drop larger than placebo typically brings</dt>
              <dd>{pct(v.pBeyondPlacebo)}</dd>
            </div>
          </>
        )}
      </dl>
      {v.beyondTypicalPlacebo && (
        <p>The drop is likely larger than the typical placebo response.</p>
      )}
      <WarningList title="Keep in mind" warnings={rest.filter((w) => !missing.includes(w))} />
      {placebo && <p className="placebo-line">{placebo.message}</p>}
    </div>
  );
}
