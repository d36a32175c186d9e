/** Month view of headache, migraine, medication and session days (`/calendar?month=&day=`). */
import { useMemo } from 'react';
import { analysisPath } from '../api/client.ts';
import type { DayRow } from '../api/types.ts';
import { DayDetail } from '../components/DayDetail.tsx';
import { CalendarLegend, MonthGrid } from '../components/MonthGrid.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useCollection, useQuery } from '../data/use-query.ts';
import { addDays, addMonths, formatMonth, localDay } from '../lib/dates.ts';
import { navigate, useLocation } from '../lib/router.tsx';
import '../styles/calendar.css';

export default function CalendarPage() {
  const { query } = useLocation();
  const today = localDay();
  const month = query.get('month') ?? today.slice(0, 7);
  const selected = query.get('day') ?? undefined;
  const days = useQuery<DayRow[]>(analysisPath('days'), ['all']);
  const sessions = useCollection(
    'sessions',
    `${month}-01`,
    addDays(`${addMonths(month, 1)}-01`, -1),
  );
  const rows = useMemo(() => new Map((days.data ?? []).map((r) => [r.date, r])), [days.data]);
  const sessionDays = useMemo(
    () => new Set((sessions.data ?? []).map((s) => localDay(s.at))),
    [sessions.data],
  );
  const go = (m: string, day?: string) =>
    navigate(`/calendar?month=${m}${day ? `&day=${day}` : ''}`, { replace: true });
  return (
    <>
      <PageTitle title="Calendar">Calendar</PageTitle>
      <div className="month-nav">
        <button type="button" className="button quiet" onClick={() => go(addMonths(month, -1))}>
          <span aria-hidden="true">‹</span> Previous<span className="visually-hidden"> month</span>
        </button>
        <h2 aria-live="polite">{formatMonth(month)}</h2>
        <button type="button" className="button quiet" onClick={() => go(addMonths(month, 1))}>
          Next<span className="visually-hidden"> month</span> <span aria-hidden="true">›</span>
        </button>
      </div>
      {days.error && !days.data && (
        <p className="field-error" role="alert">
          Could not load the calendar: {days.error.message}
        </p>
      )}
      <MonthGrid
        month={month}
        rows={rows}
        sessionDays={sessionDays}
        today={today}
        selected={selected}
        onSelect={(day) => go(month, day)}
      />
      <CalendarLegend />
      {selected && <DayDetail day={selected} row={rows.get(selected)} />}
    </>
  );
}
