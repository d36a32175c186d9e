import { newRecordId } from '../../shared/ids.ts';

/** A new client-generated record id (a time-ordered UUID), so a retried save never duplicates. */
export function newId(): string {
  return newRecordId();
}
