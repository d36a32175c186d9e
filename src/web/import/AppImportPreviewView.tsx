/**
 * The preview of an import from another app: counts, sample records with their times in the
 * person's zone, rows that cannot be read (line, column, reason) with the choice "import the
 * rest / import nothing", the recorded-days rules to choose from, warnings and what is not
 * imported.
 */
import type { AppImportChoices, AppImportPreview } from './app-import-api.ts';

const where = (i: { line?: number; column?: string }) =>
  `line ${i.line ?? '?'}${i.column ? `, ${i.column}` : ''}`;

export function AppImportPreviewView(props: {
  preview: AppImportPreview;
  choices: AppImportChoices;
  onChoose: (c: AppImportChoices) => void;
}) {
  const { preview: p, choices, onChoose } = props;
  const counts = Object.entries(p.counts).filter(([, c]) => c.inFile > 0);
  return (
    <section className="import-preview" aria-label="Import preview">
      <h3>{p.source}</h3>
      <p>Times are shown in {p.timeZone}.</p>
      <ul>
        {counts.map(([name, c]) => (
          <li key={name}>
            {name}: {c.inFile} in the file, {c.new} new, {c.changed} changed, {c.unchanged}{' '}
            unchanged
          </li>
        ))}
      </ul>
      {p.samples.length > 0 && (
        <ul className="samples">
          {p.samples.map((s) => (
            <li key={`${s.collection}-${s.source}-${s.text}`}>{s.text}</li>
          ))}
        </ul>
      )}
      {p.rejected.length > 0 && (
        <fieldset>
          <legend>{p.rejected.length} row(s) cannot be read</legend>
          <ul className="rejected">
            {p.rejected.slice(0, 50).map((r) => (
              <li key={`${r.line}-${r.column}`}>
                {where(r)}: {r.message}
              </li>
            ))}
          </ul>
          <label className="check">
            <input
              type="radio"
              name="unreadable"
              checked={choices.unreadable === 'rest'}
              onChange={() => onChoose({ unreadable: 'rest' })}
            />
            Import the rest ({p.rejected.length} row(s) left out)
          </label>
          <label className="check">
            <input
              type="radio"
              name="unreadable"
              checked={choices.unreadable === 'nothing'}
              onChange={() => onChoose({ unreadable: 'nothing' })}
            />
            Import nothing
          </label>
        </fieldset>
      )}
      {p.recordedDays && (
        <fieldset>
          <legend>Which days count as days you kept the diary?</legend>
          {p.recordedDays.options.map((o) => (
            <label className="check" key={o.rule}>
              <input
                type="radio"
                name="recordedDays"
                checked={choices.recordedDays === o.rule}
                onChange={() => onChoose({ recordedDays: o.rule })}
              />
              {o.days} days{o.first ? ` (${o.first} – ${o.last})` : ''}: {o.meaning}
            </label>
          ))}
        </fieldset>
      )}
      {p.warnings.length > 0 && (
        <details>
          <summary>{p.warnings.length} warning(s)</summary>
          <ul>
            {p.warnings.slice(0, 50).map((w) => (
              <li key={`${w.line}-${w.message}`}>
                {w.line ? `${where(w)}: ` : ''}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {p.unmapped.length > 0 && (
        <details>
          <summary>Not imported ({p.unmapped.length})</summary>
          <ul>
            {p.unmapped.map((u) => (
              <li key={`${u.kind}-${u.name}`}>
                {u.kind} “{u.name}”: {u.rows} row(s)
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
