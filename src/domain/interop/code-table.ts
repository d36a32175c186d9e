/**
 * The whole committed code table: external codes (`codes.ts`) and Stillpoint's own code systems
 * (`local-codes.ts`). `schema/fhir-codes.json` is this table written out for reviewers; a test
 * keeps the two equal and checks that every code in exported bundles is listed here.
 */
import { CODES, type CodeEntry } from './codes.ts';
import { localCodeEntries } from './local-codes.ts';

/** Every code the FHIR export may emit, sorted by system then code. */
export function codeTable(): CodeEntry[] {
  return [...Object.values(CODES), ...localCodeEntries()].sort(
    (a, b) => a.system.localeCompare(b.system) || a.code.localeCompare(b.code),
  );
}

/** Key of a coding in the table: `system|code`. */
export const codeKey = (system: string, value: string) => `${system}|${value}`;

/** Index of the table by `system|code`, to look up displays and review status. */
export function codeIndex(): Map<string, CodeEntry> {
  return new Map(codeTable().map((e) => [codeKey(e.system, e.code), e]));
}
