/** The source of "now", injected so tests and simulations control time. */
export interface Clock {
  /** The current instant as epoch milliseconds. */
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };

/** A clock fixed at `iso` (advance it by assigning `ms`). */
export function fixedClock(iso: string): Clock & { ms: number } {
  const clock = { ms: Date.parse(iso), nowMs: () => clock.ms };
  return clock;
}
