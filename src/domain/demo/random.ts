/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the demo diary needs.
 * Deterministic: the same seed always yields the same sequence, on every platform.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Integer uniform in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A subset: each item kept with probability p, at least one kept. */
  some<T>(items: readonly T[], p: number): T[] {
    const kept = items.filter(() => this.chance(p));
    return kept.length > 0 ? kept : [this.pick(items)];
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Value rounded to `step` and clamped to [min, max]. */
  around(mean: number, sd: number, min: number, max: number, step = 1): number {
    const v = Math.round((mean + sd * this.normal()) / step) * step;
    return Math.min(max, Math.max(min, Number(v.toFixed(2))));
  }
}
