/**
 * Record operations on an attack's pain curve, shared by the server (`POST
 * /api/attacks/:id/readings`) and the web app's offline overlay, so a reading queued on the
 * phone shows exactly what the server will store. Imports no schema library: the overlay runs
 * on the app's first screen.
 */
import { AppError } from '../errors.ts';
import type { Attack, PainReading } from './diary.schema.ts';

/**
 * The attack with one more pain reading (`docs/product.md` §4). A reading at an instant that
 * already has one replaces it, so a retried request never adds a second point; the readings
 * stay in time order; and the recorded peak rises to the highest reading (it never falls: a
 * peak may be recorded without readings, and replacing a reading keeps the peak it set).
 * Refuses a reading before the attack's start or after its end (`AppError('invalid')` naming
 * `at`). Returns a new attack; the one given is not changed.
 */
export function withPainReading(attack: Attack, reading: PainReading): Attack {
  if (reading.at < attack.start || (attack.end !== null && reading.at > attack.end)) {
    throw new AppError('invalid', 'at: must lie between the attack start and end', 'at');
  }
  const readings = [...attack.readings.filter((r) => r.at !== reading.at), reading].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
  );
  const peakPain = Math.max(attack.peakPain ?? -1, ...readings.map((r) => r.pain));
  return { ...attack, readings, peakPain };
}
