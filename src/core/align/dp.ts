// Dynamic programme over the band: the cheapest sequence of beads from (0,0) to (n,m).
import type { Band } from './band.js';

/**
 * Bead shapes: [source sentences, target sentences]. The widest (one sentence against five or
 * six) come last: the coarse pass over blocks does without them (NARROW_TYPES).
 */
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
  [1, 5],
  [5, 1],
  [1, 6],
  [6, 1],
];

/** BEAD_TYPES up to 1-4 and 4-1 and the unpaired ones: blocks of sentences are never that uneven. */
export const NARROW_TYPES = BEAD_TYPES.slice(0, 10);

/** Cost of the bead made of source [i0, i0+a) and target [j0, j0+b). */
export type BeadCost = (i0: number, a: number, j0: number, b: number, type: number) => number;
/**
 * The same cost, or Infinity when the bead would cost `limit` or more (then it may stop early:
 * see Scorer.costBelow).
 */
export type BeadCostBelow = (
  i0: number,
  a: number,
  j0: number,
  b: number,
  type: number,
  limit: number,
) => number;
/** Rounding room between a bead's lower bound and the cost it bounds. */
const BOUND_MARGIN = 1e-6;

export interface PathStep {
  i0: number;
  a: number;
  j0: number;
  b: number;
  type: number;
  cost: number;
}

/**
 * Bead costs of a band's last rows worked out elsewhere (another thread, with the same cost
 * function on the same inputs, so the same numbers) from the last row backwards, while the
 * programme goes forwards: where they meet, the programme takes the rest from `costs`. Neither
 * waits for the other; should the other thread be slow or fail, the programme does it all.
 */
export interface DpShare {
  /** The other thread's rows are fromRow…n. */
  fromRow: number;
  /** Per band cell of rows ≥ fromRow and bead type (see `beadCosts`); NaN: not worked out. */
  costs: Float64Array;
  /** The first row from which every row's costs are in `costs` (past n: none yet). */
  doneFrom(): number;
  /** The programme has done row i itself: the other thread stops before it. */
  passed(i: number): void;
}

/**
 * The cost of every bead ending in a band cell of rows `fromRow`…n whose start is in the band,
 * into `out` at (cell − start[fromRow]) × types + type: what `bandedDp` asks of `cost` there.
 * Rows go from the last one back; `row`, when given, hears each row as it is done and answers
 * whether to go on (false once the programme has done that row itself).
 */
export function beadCosts(
  band: Band,
  cost: BeadCost,
  types: readonly (readonly [number, number])[],
  fromRow: number,
  out: Float64Array,
  row?: (next: number, done: number) => boolean,
): void {
  const { n, lo, hi, start } = band;
  const T = types.length;
  const base = start[fromRow]! * T;
  for (let i = n; i >= fromRow; i--) {
    if (row && !row(i, i + 1)) return;
    const rowStart = start[i]! - lo[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      for (let k = 0; k < T; k++) {
        const a = types[k]![0];
        const b = types[k]![1];
        if (a > i || b > j) continue;
        const fi = i - a;
        const fj = j - b;
        if (fj < lo[fi]! || fj > hi[fi]!) continue;
        out[(rowStart + j) * T + k - base] = cost(fi, a, fj, b, k);
      }
    }
  }
  row?.(fromRow - 1, fromRow);
}

/**
 * The indices of `types`, unpaired shapes (1-0, 0-1) first, the others after in their order.
 * An unpaired bead costs next to nothing to work out, and the way it gives into a cell is a
 * limit that spares many a paired bead its word matching (Scorer.costBelow).
 */
export function unpairedFirst(types: readonly (readonly [number, number])[]): Int32Array {
  const unpaired = (k: number): boolean => types[k]![0] === 0 || types[k]![1] === 0;
  const all = [...types.keys()];
  return Int32Array.from([...all.filter(unpaired), ...all.filter((k) => !unpaired(k))]);
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
  /** When given (band cells × types, filled with NaN), receives each cost computed. */
  record?: Float64Array,
  /** The last rows' costs, worked out elsewhere. */
  share?: DpShare,
  /**
   * `cost` that may give up on a bead that cannot beat the best way found so far to its end
   * cell: it is then neither taken (the path is the same) nor recorded.
   */
  costBelow?: BeadCostBelow,
): PathStep[] {
  const { n, lo, hi, start } = band;
  const size = start[n + 1]!;
  const best = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size);
  best[0] = 0;
  const T = types.length;
  const ta = Int32Array.from(types, (t) => t[0]);
  const tb = Int32Array.from(types, (t) => t[1]);
  const order = unpairedFirst(types);
  // The hot loop: millions of cells × bead types. Plain index arithmetic, no closures or
  // destructuring; a tie goes to the type listed first, as it always did.
  let table: Float64Array | undefined;
  const base = share ? start[share.fromRow]! * T : 0;
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) {
      if (signal?.aborted) throw new AbortedError();
      progress?.(i / (n + 1));
    }
    // The other thread's rows: from where it has done every row on, take its costs.
    const sharing = share !== undefined && table === undefined && i >= share.fromRow;
    if (sharing && share.doneFrom() <= i) table = share.costs;
    const loI = lo[i]!;
    const hiI = hi[i]!;
    const rowStart = start[i]! - loI;
    for (let j = loI; j <= hiI; j++) {
      const here = rowStart + j;
      let bestCost = best[here]!;
      let bestType = 255;
      for (let x = 0; x < T; x++) {
        const k = order[x]!;
        const a = ta[k]!;
        const b = tb[k]!;
        if (a > i || b > j) continue;
        const fi = i - a;
        const fj = j - b;
        const fLo = lo[fi]!;
        if (fj < fLo || fj > hi[fi]!) continue;
        const prev = best[start[fi]! + fj - fLo]!;
        if (prev === Infinity) continue;
        let bead = table === undefined ? NaN : table[here * T + k - base]!;
        if (bead !== bead) {
          bead = costBelow
            ? costBelow(fi, a, fj, b, k, bestCost - prev + BOUND_MARGIN)
            : cost(fi, a, fj, b, k);
          if (bead === Infinity) continue;
        }
        if (record) record[here * T + k] = bead;
        const c = prev + bead;
        if (c < bestCost || (c === bestCost && k < bestType)) {
          bestCost = c;
          bestType = k;
        }
      }
      if (bestType !== 255) {
        best[here] = bestCost;
        back[here] = bestType;
      }
    }
    if (sharing && table === undefined) share.passed(i);
  }
  const at = (i: number, j: number): number =>
    j < lo[i]! || j > hi[i]! ? -1 : start[i]! + (j - lo[i]!);
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
