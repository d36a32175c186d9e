/** A new client-generated record id (a time-ordered UUID), so a retried save never duplicates. */
export { newRecordId as newId } from '../../shared/ids.ts';
