/**
 * "What really goes with my attacks": the trigger report of the diary (`GET
 * /api/analysis/triggers`, the same report as `stillpoint triggers` and the doctor PDF), grouped
 * by verdict, each factor with the suspicion marks, the estimate in plain words and what more
 * data would settle. The statistics stay on the server; this page only lays the answer out.
 */

import { suspicionWords, VERDICT_LABELS, VERDICTS } from '../../domain/triggers/labels.ts';
import type { FactorResult, TriggerReport } from '../../domain/triggers/report.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { QueryResult } from '../components/QueryResult.tsx';
import { useQuery } from '../data/use-query.ts';
import { Link } from '../lib/router.tsx';
import '../styles/triggers.css';

function FactorCard({ f }: { f: FactorResult }) {
  const suspected = f.suspected.profile || f.suspected.attacksTagged > 0;
  return (
    <li className={`card trigger trigger-${f.verdict}`} data-factor={f.factor}>
      <h3>
        {f.source === 'attack_tag' ? `“${f.label}”` : f.label}
        {f.premonitory && <span className="trigger-tag">also an early-warning sign</span>}
      </h3>
      <p className={suspected ? 'trigger-suspected' : 'muted'}>
        {suspected ? '● ' : '○ '}
        {suspicionWords(f.suspected)}
      </p>
      {f.summary && <p className="trigger-summary">{f.summary}</p>}
      <p>{f.explanation}</p>
      {f.offerCheckIn && (
        <p>
          <Link className="button secondary" href="/check-in">
            Open today’s check-in
          </Link>
        </p>
      )}
      {f.source === 'check_in' && f.data.tested && (
        <p className="muted small">
          Compared: {f.timing}. {f.data.days} days, {f.data.onsets} attacks
          {f.data.lowCompleteness ? ', few check-ins' : ''}.
        </p>
      )}
    </li>
  );
}

function Report({ r }: { r: TriggerReport }) {
  if (!r.period) {
    return (
      <div className="card">
        <p>No diary days yet. The trigger report needs daily check-ins and the attacks you log.</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted">
        {r.atRiskDays} days at risk from {r.period.from} to {r.period.to}, {r.onsets} attacks began
        on them; {r.factorsTested} factors had enough data to test. {r.method.adjustment}.
      </p>
      {VERDICTS.map((verdict) => {
        const group = r.factors.filter((f) => f.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <section key={verdict} aria-labelledby={`group-${verdict}`}>
            <h2 id={`group-${verdict}`}>
              {VERDICT_LABELS[verdict]} <span className="unit">({group.length})</span>
            </h2>
            <ul className="trigger-list">
              {group.map((f) => (
                <FactorCard key={`${f.source}:${f.factor}`} f={f} />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="muted">{r.caveat}</p>
    </>
  );
}

export default function TriggersPage() {
  const query = useQuery<TriggerReport>('/api/analysis/triggers', ['all']);
  return (
    <>
      <PageTitle title="Triggers">Triggers</PageTitle>
      <p>
        Which of your suspected triggers does your diary support? Each factor from your daily
        check-in is compared on the days an attack could have started: attack days and the day after
        do not count, and the time since your last attack is taken into account.
      </p>
      <QueryResult query={query} what="the trigger report">
        {(r) => <Report r={r} />}
      </QueryResult>
    </>
  );
}
