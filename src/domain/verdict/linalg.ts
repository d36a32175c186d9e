/**
 * Tiny dense linear algebra for the block model: Cholesky factorisation of a symmetric positive
 * definite matrix, triangular solves and the log-determinant. Matrices are arrays of rows; the
 * sizes involved are at most a few dozen blocks.
 */

/** Lower-triangular Cholesky factor L with A = L·Lᵀ; null when A is not positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    const li = l[i] as number[];
    for (let j = 0; j <= i; j += 1) {
      const lj = l[j] as number[];
      let s = a[i]?.[j] ?? 0;
      for (let k = 0; k < j; k += 1) s -= (li[k] ?? 0) * (lj[k] ?? 0);
      if (i === j) {
        if (!(s > 0)) return null;
        li[i] = Math.sqrt(s);
      } else {
        li[j] = s / (lj[j] ?? 1);
      }
    }
  }
  return l;
}

/** Solves L·Lᵀ·x = b given the Cholesky factor L. */
export function choleskySolve(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i += 1) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k += 1) s -= (l[i]?.[k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (l[i]?.[i] ?? 1);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i -= 1) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k += 1) s -= (l[k]?.[i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (l[i]?.[i] ?? 1);
  }
  return x;
}

/** log det(A) from its Cholesky factor: 2·Σ log L_ii. */
export function choleskyLogDet(l: readonly (readonly number[])[]): number {
  let s = 0;
  for (let i = 0; i < l.length; i += 1) s += Math.log(l[i]?.[i] ?? Number.NaN);
  return 2 * s;
}

/** Dot product of two equally long vectors. */
export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
