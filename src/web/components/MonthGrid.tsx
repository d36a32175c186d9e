/**
 * A month of days, Monday first. Each day shows its kind by colour, a pattern and a short word
 * (colour is never the only signal), with markers for acute medication (▲) and therapy
 * sessions (◆). Days are buttons; the chosen one is pressed.
 */
import type { DayRow } from '../api/types.ts';
import { formatDay, monthWeeks } from '../lib/dates.ts';
import { dayKind, kindInfo } from '../lib/day-status.ts';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function MonthGrid(props: {
  month: string;
  rows: ReadonlyMap<string, DayRow>;
  sessionDays: ReadonlySet<string>;
  today: string;
  selected: string | undefined;
  onSelect: (day: string) => void;
}) {
  return (
    <table className="month" aria-label="Days of the month">
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(props.month).map((week) => (
          <tr key={week.find(Boolean) ?? 'empty'}>
            {week.map((day, i) => {
              // biome-ignore lint/suspicious/noArrayIndexKey: blank cells are positional
              if (!day) return <td key={`blank-${i}`} />;
              const future = day > props.today;
              const row = props.rows.get(day);
              const kind = future ? 'future' : dayKind(row);
              const info = future ? undefined : kindInfo(dayKind(row));
              const med = row?.acuteMedication ?? false;
              const session = props.sessionDays.has(day);
              const spoken = [
                formatDay(day),
                info?.label,
                med && 'acute medication',
                session && 'therapy session',
              ].filter(Boolean);
              return (
                <td key={day}>
                  <button
                    type="button"
                    className={`day d-${kind}`}
                    aria-pressed={props.selected === day}
                    aria-current={day === props.today ? 'date' : undefined}
                    onClick={() => props.onSelect(day)}
                  >
                    <span className="visually-hidden">{spoken.join(', ')}</span>
                    <span className="day-number" aria-hidden="true">
                      {Number(day.slice(8))}
                    </span>
                    <span className="day-word" aria-hidden="true">
                      {info?.short}
                    </span>
                    <span className="day-marks" aria-hidden="true">
                      {med && <span className="mark-med">▲</span>}
                      {session && <span className="mark-session">◆</span>}
                    </span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CalendarLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {(['migraine', 'headache', 'none', 'unrecorded'] as const).map((k) => (
        <li key={k}>
          <span className={`swatch d-${k}`} aria-hidden="true">
            {kindInfo(k).short}
          </span>
          {kindInfo(k).label}
        </li>
      ))}
      <li>
        <span className="swatch plain" aria-hidden="true">
          ▲
        </span>
        Acute medication
      </li>
      <li>
        <span className="swatch plain" aria-hidden="true">
          ◆
        </span>
        Therapy session
      </li>
    </ul>
  );
}
