/**
 * A stored ABAB plan: its status and where today falls, the periods, the rules fixed when it
 * was made, the smallest p-value it can give, the expectation caveat, adherence so far and the
 * result messages of the randomisation test.
 */
import type { TherapyPlanView } from '../api/types.ts';
import { formatDay, formatShortDay, localDay } from '../lib/dates.ts';
import { PlanPeriods } from './PlanPeriods.tsx';

const conditionText = (c: 'A' | 'B') => (c === 'B' ? 'with the therapy' : 'without the therapy');

function Status({ view }: { view: TherapyPlanView }) {
  const { plan, current } = view;
  if (view.status === 'not_started') {
    return (
      <p className="plan-status">
        Not started yet: period 1 ({conditionText(plan.periods[0]?.condition ?? 'A')}) begins on{' '}
        {formatDay(plan.periods[0]?.start ?? view.today)}.
      </p>
    );
  }
  if (view.status === 'finished' || !current) {
    return <p className="plan-status">Finished on {formatShortDay(plan.end)}.</p>;
  }
  const index = plan.periods.findIndex(
    (p) => p.pair === current.pair && p.condition === current.condition,
  );
  const period = plan.periods[index];
  return (
    <>
      <p className="plan-status">
        Period {index + 1} of {plan.periods.length}: {conditionText(current.condition)}, day{' '}
        {current.day} of {current.periodDays}
      </p>
      <p>
        {current.condition === 'A'
          ? 'No sessions in this period.'
          : 'Keep your usual session rhythm in this period.'}{' '}
        {current.analysed || !period
          ? 'Today counts in the analysis.'
          : `Washout: days count from ${formatShortDay(period.analysedFrom)}.`}{' '}
        The period ends on {formatShortDay(current.periodEnd)}.
      </p>
    </>
  );
}

function Adherence({ view }: { view: TherapyPlanView }) {
  const a = view.result.adherence;
  const rows: [string, number][] = [
    ['Sessions in periods without the therapy', a.sessionsInA],
    ['Therapy periods without a session', a.bPeriodsWithoutSession],
    ['Periods with too few recorded days', a.incompletePeriods],
    ['Periods still to come', a.pendingPeriods],
  ];
  return (
    <dl className="facts">
      {rows.map(([text, n]) => (
        <div key={text}>
          <dt>{text}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PlanDetails({ view }: { view: TherapyPlanView }) {
  const { plan, result } = view;
  const messages = result.messages.filter((m) => m !== plan.caveat);
  return (
    <div className="plan-details">
      <Status view={view} />
      <p className="muted">
        Made on {formatShortDay(localDay(view.createdAt))}: {plan.pairs} pairs of {plan.periodDays}
        -day periods until {formatShortDay(plan.end)}. The random order is fixed and cannot be
        redrawn.
      </p>
      <PlanPeriods view={view} />
      <h3>Rules, fixed when the plan was made</h3>
      <ul className="plain-list">
        <li>{plan.rules.randomisation}</li>
        <li>{plan.rules.washout}</li>
        <li>{plan.rules.analysis}</li>
        <li>
          The smallest p-value this plan can give is {plan.minimumP.toFixed(3)} (1 in{' '}
          {Math.round(1 / plan.minimumP)}).
        </li>
      </ul>
      {plan.caveat && <p className="notice">{plan.caveat}</p>}
      <h3>So far</h3>
      <Adherence view={view} />
      <ul className="plain-list">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
