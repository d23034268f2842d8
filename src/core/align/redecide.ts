// A local re-decision over the programme's path (after the second pass, before confidences).
import { BEAD_TYPES, type BeadCost, type PathStep } from './dp.js';
import type { Scorer } from './scorer.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from './weights.js';

/**
 * A local re-decision over the programme's path: two adjacent 1-1 beads against the 2-2 of their
 * union, compared like with like. In the programme the split earns the edge evidence of its
 * inner boundary (a first sentence's end and a second's start agreeing on both sides), which a
 * 2-2 cannot: since the edges came in, mac-dev's gold 2-2 given as two 1-1 rose from 6 to 14.
 * Here the split's inner-boundary edge terms are set aside; everything else (shape, lengths,
 * clauses, words, the outer edges) is the same bead cost. (In the programme itself that credit
 * lowered mac-dev: every pair of 1-1 beads becomes a candidate 2-2, not only the path's.)
 */
export function redecide(
  steps: PathStep[],
  scorer: Pick<Scorer, 'edgeCost'>,
  cost: BeadCost,
  weights: Pick<AlignWeights, 'edge' | 'redecideMargin'> = DEFAULT_WEIGHTS,
): PathStep[] {
  const k22 = BEAD_TYPES.findIndex(([a, b]) => a === 2 && b === 2);
  const out: PathStep[] = [];
  for (let k = 0; k < steps.length; k++) {
    const x = steps[k]!;
    const y = steps[k + 1];
    if (y && x.a === 1 && x.b === 1 && y.a === 1 && y.b === 1) {
      // The inner boundary's edge terms: the split's two beads' minus the union's (outer) ones.
      const inner =
        scorer.edgeCost(x.i0, 1, x.j0, 1) +
        scorer.edgeCost(y.i0, 1, y.j0, 1) -
        scorer.edgeCost(x.i0, 2, x.j0, 2);
      const union = cost(x.i0, 2, x.j0, 2, k22);
      if (union + weights.redecideMargin < x.cost + y.cost - weights.edge * inner) {
        out.push({ i0: x.i0, a: 2, j0: x.j0, b: 2, type: k22, cost: union });
        k++;
        continue;
      }
    }
    out.push(x);
  }
  return out;
}
