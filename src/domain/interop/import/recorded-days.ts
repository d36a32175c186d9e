/**
 * Which days of a date-only import count as recorded diary days (docs/clinical-rules.md §3: a valid
 * day is one the person filled in, an entry or an explicit "no headache"). A symptom tracker
 * that logs "headache" on some days says nothing certain about the others: the person decides
 * (`RecordedDayRule`), and until they do, nothing is written. Day records a rule does not count
 * keep their data (sleep, menstruation) with `notRecorded: ['attack']`.
 */
import { addDays, daysBetween } from '../../calendar/dates.ts';
import type { Source } from '../../diary/provenance.ts';
import type { ImportDraft, Origin, RecordedDayRule, RecordedDaysProposal } from './types.ts';

/** What a source holds for one local day. */
export interface DayEntry {
  date: string;
  origin: Origin;
  /** Check-in fields read for the day (sleepHours, menstruation, notes …). */
  fields: Record<string, unknown>;
  /** The source logged a headache that day. */
  headache: boolean;
  /**
   * The day has an entry of the kind `entries` counts (default true). Apple Health counts only
   * days with a headache symptom sample (Not Present included), not nights of synced sleep.
   */
  counts?: boolean;
}

const MEANING: Record<RecordedDayRule, string> = {
  entries:
    'every day with an entry in the file is a diary day: a day without a headache entry had no headache',
  span: 'every day of the period the report covers is a diary day: a day not listed had no headache',
  'headache-days':
    'only the days with a headache are diary days: the history gives no headache-free days, so no rates',
};

/** The proposal for a draft's days; `rules` in the order offered (first = suggested). */
export function proposeRecordedDays(
  draft: ImportDraft,
  app: string,
  entries: ReadonlyMap<string, DayEntry>,
  rules: readonly RecordedDayRule[],
  span?: { first: string; last: string; origin: Origin },
): RecordedDaysProposal {
  const dates = [...entries.keys()].sort();
  const headacheDates = dates.filter((d) => entries.get(d)?.headache);
  const count = (rule: RecordedDayRule) => {
    if (rule === 'span' && span) {
      return { days: daysBetween(span.first, span.last) + 1, first: span.first, last: span.last };
    }
    const list =
      rule === 'headache-days'
        ? headacheDates
        : dates.filter((d) => entries.get(d)?.counts !== false);
    return { days: list.length, first: list[0], last: list[list.length - 1] };
  };
  const apply = (rule: RecordedDayRule) => {
    const seen = new Set<string>();
    for (const date of dates) {
      const e = entries.get(date);
      if (!e) continue;
      seen.add(date);
      const counted =
        rule === 'headache-days' ? e.headache : rule === 'entries' ? e.counts !== false : true;
      const source: Source = {
        app,
        file: e.origin.file,
        line: e.origin.line,
        notRecorded: counted ? [] : ['attack'],
        assumed: [
          {
            field: 'recorded',
            value: counted ? 'yes' : 'no',
            reason: `${rule}: ${MEANING[rule]} (confirmed at import)`,
          },
        ],
      };
      draft.records.days.push({ record: { date, ...e.fields, source }, origin: e.origin });
    }
    if (rule === 'span' && span) {
      for (let d = span.first; d <= span.last; d = addDays(d, 1)) {
        if (seen.has(d)) continue;
        draft.records.days.push({
          record: {
            date: d,
            source: {
              app,
              file: span.origin.file,
              line: span.origin.line,
              notRecorded: [],
              assumed: [
                {
                  field: 'recorded',
                  value: 'yes',
                  reason: `span: ${MEANING.span} (confirmed at import)`,
                },
              ],
            },
          },
          origin: span.origin,
        });
      }
    }
  };
  return {
    options: rules.map((rule) => ({ rule, ...count(rule), meaning: MEANING[rule] })),
    apply,
  };
}
