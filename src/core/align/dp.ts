// Dynamic programme over the band: the cheapest sequence of beads from (0,0) to (n,m).
import type { Band } from './band.js';

/** Bead shapes: [source sentences, target sentences]. */
export const BEAD_TYPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 2],
  [2, 1],
  [1, 3],
  [3, 1],
  [2, 2],
  [1, 4],
  [4, 1],
  [1, 0],
  [0, 1],
];

/** Cost of the bead made of source [i0, i0+a) and target [j0, j0+b). */
export type BeadCost = (i0: number, a: number, j0: number, b: number, type: number) => number;

export interface PathStep {
  i0: number;
  a: number;
  j0: number;
  b: number;
  type: number;
  cost: number;
}

export class AbortedError extends Error {
  constructor() {
    super('alignment cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Runs the programme and returns the beads in order. `progress` receives the fraction of rows
 * done; `signal` is checked every few hundred rows so a cancel lands quickly.
 */
export function bandedDp(
  band: Band,
  cost: BeadCost,
  types: readonly (readonly [number, number])[] = BEAD_TYPES,
  progress?: (done: number) => void,
  signal?: AbortSignal,
): PathStep[] {
  const { n, lo, hi, start } = band;
  const size = start[n + 1]!;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size);
  best[0] = 0;
  const at = (i: number, j: number): number =>
    j < lo[i]! || j > hi[i]! ? -1 : start[i]! + (j - lo[i]!);
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) {
      if (signal?.aborted) throw new AbortedError();
      progress?.(i / (n + 1));
    }
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = start[i]! + (j - lo[i]!);
      let bestCost = best[here]!;
      let bestType = 255;
      for (let k = 0; k < types.length; k++) {
        const [a, b] = types[k]!;
        if (a > i || b > j) continue;
        const from = at(i - a, j - b);
        if (from < 0) continue;
        const prev = best[from]!;
        if (prev === Infinity) continue;
        const c = prev + cost(i - a, a, j - b, b, k);
        if (c < bestCost) {
          bestCost = c;
          bestType = k;
        }
      }
      if (bestType !== 255) {
        best[here] = bestCost;
        back[here] = bestType;
      }
    }
  }
  const steps: PathStep[] = [];
  let i = n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const k = back[here]!;
    const [a, b] = types[k]!;
    const from = at(i - a, j - b);
    steps.push({ i0: i - a, a, j0: j - b, b, type: k, cost: best[here]! - best[from]! });
    i -= a;
    j -= b;
  }
  progress?.(1);
  return steps.reverse();
}

/** Every cell the path visits, (0,0) first. */
export function pathCells(steps: PathStep[]): [number, number][] {
  const cells: [number, number][] = [[0, 0]];
  for (const s of steps) cells.push([s.i0 + s.a, s.j0 + s.b]);
  return cells;
}
