/**
 * Deterministic, name-based UUIDs for exported resources: the same diary record always gets the
 * same `urn:uuid:` in every export, so re-exports diff cleanly and receivers can de-duplicate.
 * Pure JavaScript (no crypto module): the hash only needs to spread names, not resist attacks.
 */

/** cyrb128: four independent 32-bit hashes of a string. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/**
 * A UUID (RFC 9562 version 8, "custom") derived from `name`: lower-case, 36 characters, valid as
 * a FHIR `id` and in a `urn:uuid:` full URL. Different names give different UUIDs with
 * overwhelming probability; equal names always give the same one.
 */
export function stableUuid(name: string): string {
  const [a, b, c, d] = hash128(name);
  const s = hex(a) + hex(b) + hex(c) + hex(d);
  const version = `8${s.slice(13, 16)}`;
  const variant =
    ((Number.parseInt(s.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + s.slice(17, 20);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${version}-${variant}-${s.slice(20, 32)}`;
}
