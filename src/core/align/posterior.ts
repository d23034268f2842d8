// Bead posteriors: the probability, over every path through a narrow band around the chosen one,
// that the chosen bead is part of the alignment (forward-backward over the same bead costs, read
// as −log probabilities). A bead whose neighbours could as well be grouped another way, or whose
// sentences could as well stay unpaired, gets a low posterior: that is where a human should look.
import { bandAround, pathCentre, type Band } from './band.js';
import { BEAD_TYPES, pathCells, unpairedFirst, type BeadCostBelow, type PathStep } from './dp.js';
import type { Scorer } from './scorer.js';

/**
 * Half-width of the band (in sentences) whose alternative paths are weighed. 3 gave the same AUC
 * and deletion figures as 5 (27 of 14,685 printed confidences moved, 3 by more than 0.01) in
 * bible-001's posteriors' 90 ms instead of 140.
 */
const WIDTH = 3;

/**
 * The shapes weighed as alternatives: the programme's, and 2-3 and 3-2, which it does not make
 * (added to the programme they lost F1, twice; as unions of two beads of the path, in the
 * re-decision, mag lost 0.003–0.004 at any shape prior) but which mac-dev's gold has often: a
 * bead whose sentences could as well be one such group is less sure. After BEAD_TYPES, so the
 * path's types index both.
 */
export const POSTERIOR_TYPES: readonly (readonly [number, number])[] = [
  ...BEAD_TYPES,
  [2, 3],
  [3, 2],
];
/** Their shape probability, for the posteriors only (mac-dev + mag AUC level over 0.003–0.01). */
const EXTRA_SHAPE = 0.005;

/**
 * A bead cost over POSTERIOR_TYPES: BEAD_TYPES' from the scorer, the extra shapes' as a 2-2
 * bead of their size whose shape cost is swapped for theirs. It may give up at `limit` as
 * `Scorer.costBelow` does.
 */
export function posteriorCost(
  scorer: Pick<Scorer, 'costBelow'>,
  shapeCost: Float64Array,
): BeadCostBelow {
  const T = BEAD_TYPES.length;
  const k22 = BEAD_TYPES.findIndex(([a, b]) => a === 2 && b === 2);
  const extra = -Math.log(EXTRA_SHAPE) - shapeCost[k22]!;
  return (i0, a, j0, b, k, limit) =>
    k < T
      ? scorer.costBelow(i0, a, j0, b, k, limit)
      : scorer.costBelow(i0, a, j0, b, k22, limit - extra) + extra;
}

/**
 * A transition whose weight into a cell is this far (in log units) below the best one's carries
 * under e^-10 (5e-5) of the cell's probability: its bead may give up early instead of being
 * worked out (most beads off the path do). Against 20, 284 of the 14,685 confidences of
 * bench/align-same.ts's outputs moved by 0.0001 (none more), and bible-001's posteriors took
 * 140 ms instead of 190; 8 saved 10 ms more.
 */
const NEGLIGIBLE = 10;

/** log Σ e^x over terms[0…k) without overflow: one exp a term and one log, not a log each. */
function logSum(terms: Float64Array, k: number): number {
  if (k === 0) return -Infinity;
  let top = terms[0]!;
  for (let x = 1; x < k; x++) if (terms[x]! > top) top = terms[x]!;
  if (top === -Infinity) return top;
  let sum = 0;
  for (let x = 0; x < k; x++) sum += Math.exp(terms[x]! - top);
  return top + Math.log(sum);
}

/**
 * Posterior probability of each step of `steps` (the best path over source n × target m).
 * `scale` divides every cost first: costs summed from several models overstate how sure they
 * are together, and a softer scale spreads the probability over near-equal alternatives.
 */
export function beadPosteriors(
  steps: PathStep[],
  n: number,
  m: number,
  cost: BeadCostBelow,
  types: readonly (readonly [number, number])[],
  scale = 1,
  /** Changes the band first (anchors: see anchors.ts). */
  adjust?: (band: Band) => Band,
): number[] {
  const around = bandAround(pathCentre(pathCells(steps), n), n, m, WIDTH);
  const band = adjust ? adjust(around) : around;
  const { lo, hi, start } = band;
  const size = start[n + 1]!;
  const T = types.length;
  const ta = Int32Array.from(types, (t) => t[0]);
  const tb = Int32Array.from(types, (t) => t[1]);
  // Unpaired beads first: cheap, they set the level the others are measured against.
  const order = unpairedFirst(types);
  const at = (i: number, j: number): number =>
    i < 0 || i > n || j < lo[i]! || j > hi[i]! ? -1 : start[i]! + (j - lo[i]!);
  const terms = new Float64Array(T + 1);
  // Log-weight of each (cell, type) transition into the cell, kept for the backward pass.
  const w = new Float64Array(size * T).fill(-Infinity);
  const fwd = new Float64Array(size).fill(-Infinity);
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const here = start[i]! + (j - lo[i]!);
      let k = 0;
      let top = -Infinity;
      if (here === 0) terms[k++] = top = 0;
      for (let x = 0; x < T; x++) {
        const t = order[x]!;
        const a = ta[t]!;
        const b = tb[t]!;
        if (a > i || b > j) continue;
        const from = at(i - a, j - b);
        if (from < 0 || fwd[from] === -Infinity) continue;
        const c = cost(i - a, a, j - b, b, t, scale * (fwd[from]! - top + NEGLIGIBLE));
        if (c === Infinity) continue;
        const lw = -c / scale;
        w[here * T + t] = lw;
        const term = fwd[from]! + lw;
        terms[k++] = term;
        if (term > top) top = term;
      }
      fwd[here] = logSum(terms, k);
    }
  }
  // Backward, gathered from the cells each transition out of a cell leads to.
  const bwd = new Float64Array(size).fill(-Infinity);
  const last = at(n, m);
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const here = start[i]! + (j - lo[i]!);
      let k = 0;
      if (here === last) terms[k++] = 0;
      for (let t = 0; t < T; t++) {
        const to = at(i + ta[t]!, j + tb[t]!);
        if (to < 0) continue;
        const lw = w[to * T + t]!;
        if (lw === -Infinity || bwd[to] === -Infinity) continue;
        terms[k++] = bwd[to]! + lw;
      }
      bwd[here] = logSum(terms, k);
    }
  }
  const z = fwd[at(n, m)]!;
  return steps.map((s) => {
    const to = at(s.i0 + s.a, s.j0 + s.b);
    const from = at(s.i0, s.j0);
    const lw = w[to * T + s.type]!;
    return Math.min(1, Math.exp(fwd[from]! + lw + bwd[to]! - z));
  });
}
