/**
 * Medication names in other apps' exports → diary medications. A name matches a stored
 * medication case-insensitively; a new one is created once per import with a class guessed from
 * the name (the classes drive medication-overuse counting, so an unknown drug is created as
 * `other` with a warning asking the person to set its class).
 */
import type { Medication } from '../../diary/diary.schema.ts';
import type { MedicationClass } from '../../diary/vocabulary.ts';
import { CODES } from '../codes.ts';
import { atcOf } from '../fhir/medication.ts';
import type { ImportDraft, Origin } from './types.ts';

const ATC_CLASS: Readonly<Record<string, MedicationClass>> = {
  N02CC: 'triptan',
  N02BE: 'nonopioid_analgesic',
  N02BA: 'nonopioid_analgesic',
  M01AE: 'nonopioid_analgesic',
  M01AB: 'nonopioid_analgesic',
  A03FA: 'antiemetic',
};

/** Preventives and supplements recognised by name (never counted as acute medication). */
const PREVENTIVE = [
  'propranolol',
  'metoprolol',
  'topiramate',
  'amitriptyline',
  'candesartan',
  'flunarizine',
  'valproate',
  'magnesium',
  'riboflavin',
  'vitamin b2',
  'coenzyme q10',
  'coq10',
  'erenumab',
  'galcanezumab',
  'fremanezumab',
  'eptinezumab',
  'atogepant',
];

/** Class of a medication name, or undefined when Stillpoint does not recognise it. */
export function guessClass(name: string): MedicationClass | undefined {
  const lower = name.trim().toLowerCase();
  if (PREVENTIVE.some((p) => lower.startsWith(p))) return 'preventive';
  const atc = atcOf(lower);
  return atc === undefined ? undefined : ATC_CLASS[CODES[atc].code.slice(0, 5)];
}

/** Splits "Sumatriptan 50mg" into a name and a dose ("50 mg"). */
export function splitDose(text: string): { name: string; dose?: string } {
  const m = /^(.*?)[\s,]+(\d+(?:[.,]\d+)?)\s*(mg|g|mcg|µg|ug|ml)\b\.?$/i.exec(text.trim());
  if (!m) return { name: text.trim() };
  return { name: (m[1] ?? '').trim(), dose: `${m[2]} ${(m[3] ?? '').toLowerCase()}` };
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

  constructor(stored: readonly Medication[], draft: ImportDraft) {
    this.draft = draft;
    for (const m of stored) this.byName.set(m.name.trim().toLowerCase(), m.id);
  }

  /** The id of the medication called `name`, creating it at `origin` when new. */
  idOf(name: string, origin: Origin): string {
    const key = name.trim().toLowerCase();
    const known = this.byName.get(key);
    if (known) return known;
    const id = `imp-m-${slug(name)}`;
    const cls = guessClass(name);
    this.draft.records.medications.push({
      record: { id, name: name.trim(), class: cls ?? 'other' },
      origin,
    });
    if (!cls) {
      this.draft.warnings.push({
        ...origin,
        message: `medication "${name.trim()}" is new and its class is unknown: imported as "other"; set its class after the import so overuse is counted right`,
      });
    }
    this.byName.set(key, id);
    return id;
  }
}
