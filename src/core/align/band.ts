// The search band: for each source position i (0…n) the target positions j that the dynamic
// programme may visit. Its width is a constant number of sentences, so time and memory grow
// linearly with the document; it widens only when the best path runs along its edge.

export interface Band {
  n: number;
  m: number;
  /** lo[i]…hi[i] inclusive, both non-decreasing in i. */
  lo: Int32Array;
  hi: Int32Array;
  /** start[i] = index of cell (i, lo[i]) in a flat array of all band cells; start[n+1] = size. */
  start: Int32Array;
}

/** A band of half-width `width` around `centre[i]` (target position expected at source i). */
export function bandAround(centre: ArrayLike<number>, n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, Math.floor(centre[i]! - width)));
    hi[i] = Math.max(0, Math.min(m, Math.ceil(centre[i]! + width)));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  // Keep consecutive rows overlapping so every cell can be reached by 1-0 / 0-1 steps.
  for (let i = 1; i <= n; i++) if (lo[i]! > hi[i - 1]!) lo[i] = hi[i - 1]!;
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i]! + (hi[i]! - lo[i]! + 1);
  return { n, m, lo, hi, start };
}

/**
 * Expected target position for each source position when both sides advance in proportion to
 * their length (the "diagonal" of Gale & Church, in characters rather than sentence counts).
 */
export function lengthDiagonal(srcLen: ArrayLike<number>, tgtLen: ArrayLike<number>): Float64Array {
  const n = srcLen.length;
  const m = tgtLen.length;
  const out = new Float64Array(n + 1);
  let sTotal = 0;
  let tTotal = 0;
  for (let i = 0; i < n; i++) sTotal += srcLen[i]! + 1;
  for (let j = 0; j < m; j++) tTotal += tgtLen[j]! + 1;
  let s = 0;
  let j = 0;
  let t = 0;
  for (let i = 0; i <= n; i++) {
    const goal = sTotal > 0 ? (s / sTotal) * tTotal : 0;
    while (j < m && t + tgtLen[j]! + 1 <= goal) t += tgtLen[j++]! + 1;
    // Interpolate inside target sentence j for a smooth centre line.
    out[i] = j < m ? j + (goal - t) / (tgtLen[j]! + 1) : m;
    if (i < n) s += srcLen[i]! + 1;
  }
  out[n] = m;
  return out;
}

/** Centre line that follows a found path: for each source position, the path's target position. */
export function pathCentre(cells: [number, number][], n: number): Float64Array {
  const out = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k + 1 < cells.length && cells[k + 1]![0] <= i) k++;
    out[i] = cells[k]![1];
  }
  return out;
}

/** True when the path runs within `margin` of a band edge that is not the document's edge. */
export function touchesEdge(cells: [number, number][], band: Band, margin = 2): boolean {
  for (const [i, j] of cells) {
    if (band.lo[i]! > 0 && j - band.lo[i]! < margin) return true;
    if (band.hi[i]! < band.m && band.hi[i]! - j < margin) return true;
  }
  return false;
}
