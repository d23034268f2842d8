// The weights of the bead cost, in one plain object the scorer, the calibration and the
// re-decision read, so they can be fitted jointly (`npx tsx bench/align-tune.ts`) instead of one
// at a time. The defaults are the values each was given by hand, one at a time (README,
// Alignment: what each was tried at).

export interface AlignWeights {
  /**
   * Each side's lexical log-likelihood ratio counts this much: the two sides' evidence overlaps
   * (a matched pair shows on both). 0.4 and 0.65 were no better.
   */
  lexical: number;
  /** Scales the lexical ratio's unmatched-word terms only (1: the plain log-likelihood ratio). */
  lexicalMiss: number;
  /** Weight of the length model (Gale & Church's surprise). */
  length: number;
  /** Clause counts are small and coarse: their evidence counts for this much of a length's. */
  clause: number;
  /** Pseudo-counts behind the prior shapes when shapes are re-estimated on a document. */
  shapePrior: number;
  /**
   * Extra cost of leaving a sentence unpaired. A sentence put in a bead pays for each of its
   * words the other side does not match; one left unpaired pays nothing for them, so without
   * this the programme drops a sentence it cannot place rather than join it to its neighbour's
   * bead (mac-dev: 19 unpaired beads where the gold has 6). 3 gained mac-dev +0.002, with the
   * posteriors kept at 1 so deletions stay flagged, but a translation missing 10 % of its
   * sentences lost 0.012–0.020 (alignment history, session 24).
   */
  unpaired: number;
  /**
   * The share of beads whose lengths (and clause counts) stray far from the document's spread,
   * as a free rendering does (length.ts, `OutlierTail`); 0 for the plain normal tail. 0.01 raised
   * both mac-dev folds in both directions (+0.003 to +0.007); 0.005 and 0.02 each lowered a fold.
   */
  lengthOutlier: number;
  /** How many times wider those beads spread (4 and 8 gained less). */
  lengthOutlierScale: number;
  /**
   * Weight of the edge classes' evidence (edges.ts), second pass: 1 and 2 both raised mac-dev
   * and mag, 1.5 most evenly over the two directions; 3 and 4 lowered them.
   */
  edge: number;
  /** Weight of the order evidence (`Scorer.crossing`), second pass: 2–3 alike, 5 and 10 lower. */
  order: number;
  /**
   * The re-decision (redecide.ts) joins two 1-1 beads into a 2-2 when the union is cheaper than
   * the split, without its inner edges, by more than this.
   */
  redecideMargin: number;
}

export const DEFAULT_WEIGHTS: Readonly<AlignWeights> = Object.freeze({
  lexical: 0.5,
  lexicalMiss: 1,
  length: 1,
  clause: 0.5,
  shapePrior: 50,
  unpaired: 1,
  lengthOutlier: 0.01,
  lengthOutlierScale: 6,
  edge: 1.5,
  order: 2.5,
  redecideMargin: 0,
});

/** The defaults with some weights replaced. */
export const withWeights = (w?: Partial<AlignWeights>): AlignWeights => ({
  ...DEFAULT_WEIGHTS,
  ...w,
});
