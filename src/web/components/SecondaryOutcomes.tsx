/**
 * The verdict's secondary measures as one compact table: before and during the course, and for
 * day counts the rate ratio with its 95 % interval. Descriptive only — no verdict is drawn.
 */
import type { SecondaryOutcome } from '../api/types.ts';
import { label } from '../lib/labels.ts';

/** Name and unit of each measure. */
const NAMES: Record<string, [string, string]> = {
  migraine_days: ['Migraine days', 'per 28 days'],
  headache_days: ['Headache days', 'per 28 days'],
  moderate_severe_days: ['Moderate or severe days', 'per 28 days'],
  acute_medication_days: ['Days with acute medication', 'per 28 days'],
  days_lost: ['Days lost to headache', 'per 28 days'],
  peak_pain: ['Peak pain', 'average, 0–10'],
  duration_hours: ['Headache duration', 'average hours'],
  stress: ['Stress', 'average, 0–10'],
};

const nameOf = (o: SecondaryOutcome): [string, string] =>
  NAMES[o.outcome] ?? [label(o.outcome), o.kind === 'days_per_28' ? 'per 28 days' : 'average'];

const one = (v: number | null) => (v === null ? '—' : (Math.round(v * 10) / 10).toFixed(1));
const two = (v: number) => v.toFixed(2);

export function SecondaryOutcomes({ outcomes }: { outcomes: SecondaryOutcome[] }) {
  if (outcomes.length === 0) return null;
  return (
    <div className="secondary">
      <h3 id="secondary-title">Other measures</h3>
      <table aria-labelledby="secondary-title" aria-describedby="secondary-note">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="num">
              Before
            </th>
            <th scope="col" className="num">
              During
            </th>
            <th scope="col" className="num">
              Ratio <span className="fact-detail">95 % interval</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => (
            <tr key={o.outcome}>
              <th scope="row">
                {nameOf(o)[0]}
                <span className="fact-detail">{nameOf(o)[1]}</span>
              </th>
              <td className="num">{one(o.baseline)}</td>
              <td className="num">{one(o.treatment)}</td>
              <td className="num">
                {o.rateRatio ? (
                  <>
                    {two(o.rateRatio.median)}
                    <span className="fact-detail">
                      {two(o.rateRatio.ci95[0])}–{two(o.rateRatio.ci95[1])}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint" id="secondary-note">
        Descriptive only: no verdict is drawn from these, and with several measures some will differ
        by chance. A ratio below 1 means fewer days during the course than before it.
      </p>
    </div>
  );
}
