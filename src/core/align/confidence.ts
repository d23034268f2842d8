// Bead confidence: the chance that a bead is right, from what the aligner saw around it. The
// posterior alone (how much of the probability the paths near the chosen one give the bead)
// misses beads that are sure of themselves yet wrong: a sentence absorbed into a neighbour's
// bead, or a bead whose lengths and words barely fit. So the confidence is a logistic
// combination of the bead's posterior, its neighbours' posteriors, the surprise of its length
// ratio and the share of each side's words (and of its weakest sentence's words) that the other
// side matches. The weights were fitted on the shared gold sets (`npx tsx
// bench/align-confidence-fit.ts` prints them): few, so they say what counts, not which sentence.
import type { PathStep } from './dp.js';
import type { Scorer } from './scorer.js';

/** Names of the features, in order (the fit script prints its weights by these). */
export const CONFIDENCE_FEATURES = [
  'bias',
  'log posterior',
  'log neighbours’ posterior',
  'length surprise',
  'weakest sentence matched',
  'unpaired',
  'several sentences',
  'nothing matched',
  'crossing',
  'log words in the bead',
] as const;

/** Logistic weights over CONFIDENCE_FEATURES. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [
  4.979, // bias
  3.217, // log posterior
  1.035, // log neighbours’ posterior
  -0.249, // length surprise
  1.228, // weakest sentence matched
  -1.969, // unpaired
  -0.573, // several sentences
  -1.691, // nothing matched
  -1.989, // crossing
  -0.393, // log words in the bead
];

const logOf = (p: number): number => Math.log(Math.max(p, 1e-4));

/** The feature vector of every step of a path (see CONFIDENCE_FEATURES). */
export function beadFeatures(steps: PathStep[], post: number[], scorer: Scorer): number[][] {
  return steps.map((s, k) => {
    const prev = k > 0 ? post[k - 1]! : 1;
    const next = k + 1 < steps.length ? post[k + 1]! : 1;
    const paired = s.a > 0 && s.b > 0;
    const cov = scorer.coverage(s.i0, s.a, s.j0, s.b);
    return [
      1,
      logOf(post[k]!),
      logOf(Math.min(prev, next)),
      paired ? Math.min(scorer.lengthSurprise(s.i0, s.a, s.j0, s.b), 10) : 0,
      paired ? cov.weakest : 0,
      paired ? 0 : 1,
      s.a + s.b > 2 ? 1 : 0,
      paired && cov.both === 0 ? 1 : 0,
      scorer.crossing(s.i0, s.a, s.j0, s.b),
      paired ? Math.log1p(scorer.totalWords(s.i0, s.a, s.j0, s.b)) : 0,
    ];
  });
}

/** Confidence (0…1) from a feature vector. */
export function combine(f: readonly number[], w: readonly number[] = CONFIDENCE_WEIGHTS): number {
  let z = 0;
  for (let k = 0; k < f.length; k++) z += f[k]! * w[k]!;
  return 1 / (1 + Math.exp(-z));
}
