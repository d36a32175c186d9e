/**
 * Acute-medication days by class for the doctor report, with the overuse status of each class:
 * days in the period, the most days in one calendar month of the period (overuse thresholds are
 * per calendar month, ICHD-3 8.2), the class threshold and the clinical engine's finding.
 */
import type { DayRow } from '../../clinical/days/day-rows.ts';
import { classThreshold, type MohFinding } from '../../clinical/moh/overuse.ts';
import type { ClinicalOptions } from '../../clinical/options.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';

/** Class names as a clinician reads them. */
export const CLASS_LABELS: Readonly<Record<MedicationClass, string>> = {
  triptan: 'Triptans',
  ergot: 'Ergots',
  opioid: 'Opioids',
  combination_analgesic: 'Combination analgesics',
  nonopioid_analgesic: 'Non-opioid analgesics',
  gepant: 'Gepants',
  ditan: 'Ditans',
  antiemetic: 'Antiemetics',
  preventive: 'Preventives',
  other: 'Other acute medication',
  non_acute: 'Not taken for headache',
  unknown: 'Class not set',
};

export interface MedicationClassRow {
  class: MedicationClass;
  /** Class label with the medications taken: "Triptans (Sumatriptan)". */
  label: string;
  /** Days with an intake of this class in the period. */
  days: number;
  /** Most intake days in one calendar month of the period. */
  maxMonthDays: number;
  /** Intake days per calendar month that count as overuse. */
  threshold: number;
  /** Plain status: the engine's finding, or "below threshold". */
  status: string;
  /** True for an overuse warning, early warning or frequent use, or a month at the threshold. */
  alert: boolean;
}

const LEVEL_TEXT: Readonly<Record<MohFinding['level'], string>> = {
  warning: 'MOH warning',
  early_warning: 'early warning',
  approaching: 'approaching threshold',
  frequent_use: 'frequent use (headache < 15 days/month)',
};

/** One row per acute class used in the period, most days first. */
export function medicationRows(
  rows: readonly DayRow[],
  findings: readonly MohFinding[],
  opts: ClinicalOptions,
  names: ReadonlyMap<MedicationClass, readonly string[]> = new Map(),
): MedicationClassRow[] {
  const perMonth = new Map<MedicationClass, Map<string, number>>();
  for (const row of rows) {
    for (const cls of row.acuteMedicationClasses) {
      const months = perMonth.get(cls) ?? new Map<string, number>();
      const month = row.date.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + 1);
      perMonth.set(cls, months);
    }
  }
  return [...perMonth]
    .map(([cls, months]) => {
      const finding = findings.find((f) => f.class === cls && !f.agent);
      return {
        class: cls,
        label: `${CLASS_LABELS[cls]}${names.get(cls)?.length ? ` (${names.get(cls)?.join(', ')})` : ''}`,
        days: [...months.values()].reduce((a, b) => a + b, 0),
        maxMonthDays: Math.max(...months.values()),
        threshold: classThreshold(cls, opts),
        status: finding ? `${LEVEL_TEXT[finding.level]} (${finding.code})` : 'below threshold',
        alert:
          finding?.level === 'warning' ||
          finding?.level === 'early_warning' ||
          finding?.level === 'frequent_use' ||
          Math.max(...months.values()) >= classThreshold(cls, opts),
      };
    })
    .sort((a, b) => b.days - a.days);
}
