// The reference baseline: Gale & Church (1993), length only. Bead priors and the tail cost are
// theirs; the character ratio is the document's (with their c = 1, zh–en text, where English
// has about three times the characters, would not align at all) and the variance scales with it.
import { bandAround, lengthDiagonal } from './band.js';
import { bandedDp } from './dp.js';
import { charLength, normalTailCost } from './length.js';
import type { Bead } from './types.js';

const GC_TYPES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
const GC_PRIORS = [0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2, 0.011];
/** Their variance per character, for a ratio of 1. */
const GC_VARIANCE = 6.8;
/** Half-width of the search band, in sentences. */
const GC_WIDTH = 100;

export function galeChurch(source: readonly string[], target: readonly string[]): Bead[] {
  const sl = source.map(charLength);
  const tl = target.map(charLength);
  const sTotal = sl.reduce((a, b) => a + b, 0);
  const tTotal = tl.reduce((a, b) => a + b, 0);
  const c = sTotal > 0 && tTotal > 0 ? tTotal / sTotal : 1;
  const s2 = GC_VARIANCE * c;
  const sPre = [0];
  for (const x of sl) sPre.push(sPre[sPre.length - 1]! + x);
  const tPre = [0];
  for (const x of tl) tPre.push(tPre[tPre.length - 1]! + x);
  const prior = GC_PRIORS.map((p) => -Math.log(p));
  const band = bandAround(lengthDiagonal(sl, tl), sl.length, tl.length, GC_WIDTH);
  const steps = bandedDp(
    band,
    (i0, a, j0, b, k) => {
      const l1 = sPre[i0 + a]! - sPre[i0]!;
      const l2 = tPre[j0 + b]! - tPre[j0]!;
      // Their δ, with the source length standing in when it is zero (a 0-1 bead).
      const base = l1 > 0 ? l1 : l2 / c;
      const delta = base > 0 ? (l2 - l1 * c) / Math.sqrt(base * s2) : 0;
      return prior[k]! + normalTailCost(delta);
    },
    GC_TYPES,
  );
  return steps.map((s) => ({
    src: Array.from({ length: s.a }, (_, x) => s.i0 + x),
    tgt: Array.from({ length: s.b }, (_, x) => s.j0 + x),
    confidence: Math.exp(-Math.max(0, s.cost)),
  }));
}
