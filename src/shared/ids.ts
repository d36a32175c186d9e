/**
 * A new client-generated record id: a UUID version 7 (RFC 9562 §5.7), written by the web app and
 * the CLI so that a retried save never duplicates a record.
 *
 * The first 48 bits are the Unix time in milliseconds, the rest random (74 bits), so ids made
 * later sort later (within one millisecond in any order). That keeps storage cheap: a new
 * record's key lands next to the previous one in the primary-key index instead of on a random
 * page of it, which makes an insert cheaper on SQLite and keeps a clinic's PostgreSQL index
 * compact (docs/architecture.md §6; measured in bench/README.md). Any other id (a random UUID, a
 * name) stays valid: the diary format only asks for 1–100 safe characters.
 *
 * Uses the platform's `crypto.getRandomValues` (browsers, Node ≥ 19).
 */
export function newRecordId(nowMs: number = Date.now()): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x70; // version 7
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // variant 10
  let h = '';
  for (const x of b) h += x.toString(16).padStart(2, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
