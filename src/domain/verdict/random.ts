/**
 * A small seeded pseudo-random generator (xoshiro128**, seeded through splitmix32) with the
 * samplers the verdict code and its benchmark need. Domain code never calls `Math.random()`:
 * every random choice (ABAB orders, simulations) takes a `Random` built from a stored seed, so
 * results are reproducible bit for bit on every platform.
 */

/** A seeded stream of random numbers. */
export interface Random {
  /** Uniform on [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform integer in [0, n) for 1 ≤ n ≤ 2^32; rejection sampling, so unbiased. */
  int(n: number): number;
  /** Standard normal deviate (polar Box–Muller). */
  normal(): number;
  /** Gamma(shape, rate = 1) deviate (Marsaglia–Tsang; boosted for shape < 1). */
  gamma(shape: number): number;
  /** Poisson(mean) deviate: multiplication method for small means, normal-rounded recursion
   * through a gamma split for large ones, exact in distribution for both. */
  poisson(mean: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/**
 * Creates a generator from an integer seed (any 32-bit value; the same seed always gives the
 * same stream). Different seeds give statistically independent-looking streams.
 */
export function createRandom(seed: number): Random {
  const sm = splitmix32(seed);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  if ((a | b | c | d) === 0) a = 1;
  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = (): number => nextU32() / 4294967296;
  const int = (n: number): number => {
    if (!(n >= 1 && n <= 4294967296)) throw new RangeError(`int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
    const limit = 4294967296 - (4294967296 % n);
    for (;;) {
      const u = nextU32();
      if (u < limit) return u % n;
    }
  };
  const normal = (): number => {
    for (;;) {
      const u = 2 * next() - 1;
      const v = 2 * next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
    }
  };
  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) return gamma(shape + 1) * (1 - next()) ** (1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x = normal();
      let v = 1 + cc * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = 1 - next();
      x *= x;
      if (u < 1 - 0.0331 * x * x || Math.log(u) < 0.5 * x + dd * (1 - v + Math.log(v))) {
        return dd * v;
      }
    }
  };
  const poisson = (mean: number): number => {
    if (!(mean >= 0)) throw new RangeError(`poisson mean must be ≥ 0, got ${mean}`);
    let k = 0;
    let m = mean;
    // Split large means: the time of the n-th event of a unit-rate process is Gamma(n).
    while (m > 30) {
      const n = Math.floor(0.875 * m);
      const g = gamma(n);
      if (g > m) return k + binomialSmall(n - 1, m / g);
      k += n;
      m -= g;
    }
    const limit = Math.exp(-m);
    let p = next();
    while (p > limit) {
      k += 1;
      p *= next();
    }
    return k;
  };
  const binomialSmall = (n: number, p: number): number => {
    let k = 0;
    for (let i = 0; i < n; i += 1) if (next() < p) k += 1;
    return k;
  };
  return { next, int, normal, gamma, poisson };
}
