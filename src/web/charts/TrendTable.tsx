/** The numbers behind one trend chart, per 28-day block (the accessible form of the chart). */
import { formatShortDay } from '../lib/dates.ts';
import type { BlockPoint, TrendDefinition } from './specs.ts';

const show = (v: number | null) => (v === null ? '—' : String(Math.round(v * 10) / 10));

export function TrendTable({
  definition,
  blocks,
}: {
  definition: TrendDefinition;
  blocks: readonly BlockPoint[];
}) {
  return (
    <details>
      <summary>Show as a table</summary>
      <table>
        <caption className="visually-hidden">
          {definition.title} ({definition.unit}) per 28-day block
        </caption>
        <thead>
          <tr>
            <th scope="col">Block from</th>
            <th scope="col">{definition.title}</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {blocks.map((b) => (
            <tr key={b.start}>
              <td>{formatShortDay(b.start)}</td>
              <td>{show(b[definition.metric])}</td>
              <td>{b.inProgress ? 'in progress' : b.valid ? '' : 'incomplete diary'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
