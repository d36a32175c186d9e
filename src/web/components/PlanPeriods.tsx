/**
 * The periods of an ABAB plan in order: with or without the therapy, their dates, the day the
 * analysed days (after the washout), and once a period has ended its sessions and rate.
 */
import type { AbabPeriodResult, TherapyPlanView } from '../api/types.ts';
import { formatDayRange } from '../lib/dates.ts';

function outcomeText(r: AbabPeriodResult | undefined, what: string): string {
  if (!r || r.pending) return '';
  const sessions = `${r.sessions} session${r.sessions === 1 ? '' : 's'}`;
  const rate = r.per28 === null ? 'no recorded days' : `${r.per28.toFixed(1)} ${what} per 28`;
  return ` · ${sessions} · ${rate}`;
}

export function PlanPeriods({ view }: { view: TherapyPlanView }) {
  const { plan, result, current } = view;
  const what = result.outcome === 'headache_days' ? 'headache days' : 'migraine days';
  return (
    <ol className="plan-periods" aria-label="Periods of the plan">
      {plan.periods.map((p, i) => {
        const now = current?.pair === p.pair && current.condition === p.condition;
        const r = result.periods.find((x) => x.pair === p.pair && x.condition === p.condition);
        return (
          <li
            key={p.start}
            className={now ? 'plan-period current' : 'plan-period'}
            aria-current={now || undefined}
          >
            <span className="period-number">{i + 1}</span>
            <span>
              <span className="period-line">
                <span className={`condition condition-${p.condition}`}>
                  {p.condition === 'B' ? 'B · with therapy' : 'A · without'}
                </span>
                <span>{formatDayRange(p.start, p.end)}</span>
              </span>
              <span className="fact-detail">
                {now ? 'now · ' : ''}counted {formatDayRange(p.analysedFrom, p.end)}
                {outcomeText(r, what)}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
