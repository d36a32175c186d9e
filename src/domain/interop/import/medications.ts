/**
 * Medication names in other apps' exports → diary medications. A name matches a stored
 * medication case-insensitively; a new one is created once per import with the class of
 * Stillpoint's medication table (`domain/medications/catalog.ts`, with the substance's ATC code
 * in the record's source). A name the table does not know is created as `unknown`, which never
 * counts toward medication overuse, with a warning asking the person to set its class.
 */
import type { Medication } from '../../diary/diary.schema.ts';
import { lookUpMedication } from '../../medications/catalog.ts';
import type { ImportDraft, Origin } from './types.ts';

/** Splits "Sumatriptan 50mg" into a name and a dose ("50 mg"). */
export function splitDose(text: string): { name: string; dose?: string } {
  const m = /^(.*?)[\s,]+(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|ug|ml)\b\.?$/i.exec(text.trim());
  if (!m) return { name: text.trim() };
  return { name: (m[1] ?? '').trim(), dose: `${m[2]} ${(m[3] ?? '').toLowerCase()}` };
}

/**
 * A dose split across two columns, as Bearable writes it: `600` in the amount column and
 * `Ibuprofen (mg)` in the detail column → name Ibuprofen, dose "600 mg". Falls back to
 * `splitDose` of the detail ("Sumatriptan 50mg") when the detail names no unit.
 */
export function doseFromColumns(amount: string, detail: string): { name: string; dose?: string } {
  const m = /^(.*?)\s*\(\s*(mg|g|mcg|µg|ug|ml|iu|units?|tablets?|puffs?|drops?)\s*\)\s*$/i.exec(
    detail.trim(),
  );
  if (!m) return splitDose(detail);
  const name = (m[1] ?? '').trim();
  const unit = (m[2] ?? '').toLowerCase();
  return /^\d+(?:[.,]\d+)?$/.test(amount.trim())
    ? { name, dose: `${amount.trim()} ${unit}` }
    : { name };
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'unnamed';

/** Resolves names to medication ids, adding new medications to the draft. */
export class MedicationBook {
  private readonly byName = new Map<string, string>();
  private readonly draft: ImportDraft;
  private readonly app: string;

  constructor(stored: readonly Medication[], draft: ImportDraft, app = draft.format) {
    this.draft = draft;
    this.app = app;
    for (const m of stored) this.byName.set(m.name.trim().toLowerCase(), m.id);
  }

  /** The id of the medication called `name`, creating it at `origin` when new. */
  idOf(name: string, origin: Origin): string {
    const key = name.trim().toLowerCase();
    const known = this.byName.get(key);
    if (known) return known;
    const id = `imp-m-${slug(name)}`;
    const entry = lookUpMedication(name);
    const cls = entry?.class ?? 'unknown';
    const reason = entry
      ? `${entry.substance}, ATC ${entry.atc} (Stillpoint's medication table)`
      : "not in Stillpoint's medication table: set its class so overuse is counted right";
    this.draft.records.medications.push({
      record: {
        id,
        name: name.trim(),
        class: cls,
        source: {
          app: this.app,
          file: origin.file,
          line: origin.line,
          notRecorded: [],
          assumed: [{ field: 'class', value: cls, reason }],
        },
      },
      origin,
    });
    if (!entry) {
      this.draft.warnings.push({
        ...origin,
        message: `medication "${name.trim()}" is not in Stillpoint's medication table: imported with class "unknown", which never counts toward medication overuse; set its class after the import`,
      });
    }
    this.byName.set(key, id);
    return id;
  }
}
