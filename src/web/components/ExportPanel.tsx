/**
 * Exports for other people and tools: the doctor report (PDF), spreadsheets (CSV), a FHIR R4
 * bundle for a clinic and planned sessions for a calendar. Each is a plain download link to the
 * server's export endpoint, for an optional period.
 */
import { useState } from 'react';

const FORMATS = [
  { format: 'pdf', label: 'Doctor report (PDF)', hint: 'One or two pages for your neurologist' },
  { format: 'csv', label: 'Spreadsheet tables (CSV, zip)', hint: 'One table per record type' },
  { format: 'fhir', label: 'FHIR R4 bundle (JSON)', hint: 'For a clinic or another health app' },
  { format: 'ics', label: 'Planned sessions (iCalendar)', hint: 'Add them to your calendar' },
] as const;

export function ExportPanel() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const query = new URLSearchParams();
  if (from) query.set('from', from);
  if (to) query.set('to', to);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return (
    <>
      <p>Leave the period empty for the last six months (the report) or everything (the rest).</p>
      <div className="field">
        <label htmlFor="export-from">Period from</label>
        <input
          id="export-from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="export-to">Period to</label>
        <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <ul className="export-list">
        {FORMATS.map(({ format, label, hint }) => (
          <li key={format}>
            <a className="button" href={`/api/export/${format}${suffix}`} download>
              {label}
            </a>{' '}
            <span className="hint">{hint}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
