/**
 * iHeadache's text report (docs/interop.md §5): a report period (`Start Date` and `Stop Date`,
 * US dates MM/DD/YYYY) and the list of headache dates in it. Each listed date becomes a headache
 * on that day; the report records no time, duration, pain or features, so all of them are "not
 * recorded" (the start is placed at local noon, marked assumed). Every line that is neither the
 * period nor a headache date is reported as not read. Which days count as recorded (`span`:
 * every day of the period; `headache-days`) is the person's choice.
 */
import type { RecordableField } from '../../diary/provenance.ts';
import { type DayEntry, proposeRecordedDays } from './recorded-days.ts';
import { ATTACK_FEATURES, sourceAt } from './sourced.ts';
import { emptyDraft, type ImportDraft, UnmappedLog } from './types.ts';
import { NOON, parseIsoDate, placeLocal } from './when.ts';

const APP = 'iheadache';
const US_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const START = /^\s*(report\s+)?start\s*date\s*:?/i;
const STOP = /^\s*(report\s+)?(stop|end)\s*date\s*:?/i;

/** True for text that looks like an iHeadache report: a start and a stop date line. */
export function isIHeadacheReport(text: string): boolean {
  const lines = text.slice(0, 20000).split(/\r?\n/);
  return (
    lines.some((l) => START.test(l) && US_DATE.test(l)) &&
    lines.some((l) => STOP.test(l) && US_DATE.test(l))
  );
}

const usDate = (text: string): string | undefined => {
  const m = US_DATE.exec(text);
  return m
    ? parseIsoDate(`${m[3]}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`)
    : undefined;
};

/** Reads an iHeadache text report into a draft. */
export function importIHeadache(
  file: string,
  text: string,
  ctx: { timeZone: string },
): ImportDraft {
  const draft = emptyDraft('iheadache', `iHeadache report ${file}`);
  const unmapped = new UnmappedLog();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let first: string | undefined;
  let last: string | undefined;
  let periodLine = 1;
  const listed: { date: string; line: number; raw: string }[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const t = raw.trim();
    if (t === '') return;
    if (START.test(t) || STOP.test(t)) {
      const d = usDate(t);
      if (!d) {
        draft.errors.push({ file, line, message: `"${t}" has no date like 01/31/2021` });
        return;
      }
      if (START.test(t)) {
        first = d;
        periodLine = line;
      } else last = d;
      return;
    }
    if (US_DATE.test(t)) {
      const d = usDate(t);
      if (!d)
        draft.rejected.push({
          file,
          line,
          column: 'date',
          message: `"${t}" is not a date MM/DD/YYYY`,
        });
      else listed.push({ date: d, line, raw: t });
      return;
    }
    unmapped.add('line', t.slice(0, 80), line);
  });
  if (!first || !last) {
    draft.errors.push({ file, message: 'has no Start Date and Stop Date lines' });
    return draft;
  }
  if (last < first) {
    draft.errors.push({ file, message: `Stop Date ${last} is before Start Date ${first}` });
    return draft;
  }
  const entries = new Map<string, DayEntry>();
  const notRecorded: RecordableField[] = ['time', 'duration', ...ATTACK_FEATURES];
  for (const { date, line, raw } of listed) {
    const origin = { file, line };
    if (date < first || date > last) {
      draft.rejected.push({
        ...origin,
        column: 'date',
        message: `${raw} lies outside the report period ${first} – ${last}`,
      });
      continue;
    }
    if (entries.has(date)) {
      draft.warnings.push({ ...origin, message: `${raw} is listed twice; the repeat is skipped` });
      continue;
    }
    entries.set(date, { date, origin, fields: {}, headache: true });
    const start = placeLocal(date, NOON, ctx.timeZone);
    draft.records.attacks.push({
      record: {
        id: `imp-iheadache-a-${date}`,
        start,
        end: start,
        timeZone: ctx.timeZone,
        source: sourceAt(APP, origin, raw, notRecorded, [
          {
            field: 'start',
            value: `${date} 12:00 ${ctx.timeZone}`,
            reason: 'the report gives the day only',
          },
        ]),
      },
      origin,
    });
  }
  draft.recordedDays = proposeRecordedDays(draft, APP, entries, ['span', 'headache-days'], {
    first,
    last,
    origin: { file, line: periodLine },
  });
  draft.unmapped = unmapped.list();
  return draft;
}
