/**
 * How sessions feel, apart from the verdict and labelled uncontrolled: pain before vs after
 * sessions, and pain on the day after a session vs other days, with the caveat always shown.
 */
import type { ImmediateEffects } from '../api/types.ts';

const one = (v: number) => (Math.round(v * 10) / 10).toFixed(1);
const signed = (v: number) => (v > 0 ? `+${one(v)}` : v < 0 ? `−${one(-v)}` : one(0));
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function InSession({ s }: { s: NonNullable<ImmediateEffects['inSession']> }) {
  return (
    <div>
      <dt>
        Pain before → after sessions
        <span className="fact-detail">
          {count(s.n, 'session')} with both ratings
          {s.ci95 && `; change ${signed(s.ci95[0])} to ${signed(s.ci95[1])} (95 % interval)`}
        </span>
      </dt>
      <dd>
        {one(s.meanBefore)} → {one(s.meanAfter)}
        <span className="fact-detail">change {signed(s.mean ?? 0)}</span>
      </dd>
    </div>
  );
}

/** One row: the average pain (0–10) over a set of days, with how many days it rests on. */
function MeanPain({ label, m }: { label: string; m: { n: number; mean: number | null } }) {
  return (
    <div>
      <dt>
        {label}
        <span className="fact-detail">{count(m.n, 'day')}, average 0–10</span>
      </dt>
      <dd>{m.mean === null ? '—' : one(m.mean)}</dd>
    </div>
  );
}

function NextDay({ d }: { d: NonNullable<ImmediateEffects['nextDay']> }) {
  return (
    <>
      <MeanPain label="Pain on the day after a session" m={d.afterSession} />
      <MeanPain label="Pain on other days of the course" m={d.otherDays} />
    </>
  );
}

export function ImmediateEffectsCard({ effects }: { effects: ImmediateEffects }) {
  const { inSession, nextDay } = effects;
  return (
    <section className="card immediate" aria-labelledby="immediate-title">
      <h2 id="immediate-title">Immediate effects (uncontrolled)</h2>
      {inSession || nextDay ? (
        <dl className="facts">
          {inSession && <InSession s={inSession} />}
          {nextDay && <NextDay d={nextDay} />}
        </dl>
      ) : (
        <p>No sessions logged for this course yet.</p>
      )}
      {!inSession && nextDay && (
        <p className="muted">Rate pain before and after a session to see the in-session change.</p>
      )}
      <p className="notice">{effects.caveat}</p>
    </section>
  );
}
