/**
 * Medication-overuse status from the metrics engine: warnings in plain words (never a
 * diagnosis), and this month's days with acute medication by class.
 */
import { analysisPath } from '../api/client.ts';
import type { MetricsResult } from '../api/types.ts';
import { useQuery } from '../data/use-query.ts';
import { CLASS_PLURAL } from '../lib/labels.ts';

const LEVEL: Record<string, string> = {
  warning: 'Medication-overuse warning',
  early_warning: 'Early warning',
  approaching: 'Getting close',
  frequent_use: 'Frequent use',
};

export function OveruseStatus() {
  const metrics = useQuery<MetricsResult>(analysisPath('metrics'), ['all']);
  if (!metrics.data)
    return <p className="loading">{metrics.error ? metrics.error.message : 'Loading…'}</p>;
  const findings = metrics.data.medicationOveruse;
  const month = metrics.data.months.at(-1);
  const byClass = Object.entries(month?.acuteMedicationDaysByClass ?? {});
  return (
    <>
      {findings.length === 0 ? (
        <p className="notice">No medication-overuse warnings.</p>
      ) : (
        <ul className="warnings">
          {findings.map((f) => (
            <li key={`${f.code}-${f.class}`} className="urgent">
              <strong>{LEVEL[f.level] ?? f.level}:</strong> {f.message}
            </li>
          ))}
        </ul>
      )}
      {month && (
        <p>
          {month.inProgress ? 'This month so far' : 'Last month'}:{' '}
          {byClass.length === 0
            ? 'no days with acute medication.'
            : byClass
                .map(([c, n]) => `${CLASS_PLURAL[c] ?? c} on ${n} day${n === 1 ? '' : 's'}`)
                .join(', ')}
        </p>
      )}
      <p className="hint">
        Overuse is counted in days per month: triptans, ergots, opioids or combination painkillers
        on 10 or more days, simple painkillers on 15 or more, for more than 3 months.
      </p>
    </>
  );
}
