// Coarse pass for long documents: align blocks of consecutive sentences first, then use the
// block path as the centre of the sentence band. A translation can drift far from the length
// diagonal (a long omission, notes on one side only); a fixed-width band around the diagonal
// would miss the path, and a band wide enough to catch it would cost quadratic time.
import type { SentenceFeatures } from './features.js';

/** Documents up to this many sentences a side go straight to the sentence pass. */
export const COARSE_MIN = 400;
/** Sentences a block (on the longer side): small enough for the sentence band to stay narrow. */
const BLOCK_SIZE = 16;

export interface Blocks {
  /** Sentence index where each block starts; bounds[count] = number of sentences. */
  bounds: number[];
  features: SentenceFeatures[];
}

/** Cuts sentences into `count` blocks of (nearly) equal sentence counts and merges each. */
export function blocksOf(f: SentenceFeatures[], count: number): Blocks {
  const bounds: number[] = [];
  for (let k = 0; k <= count; k++) bounds.push(Math.round((k * f.length) / count));
  const features: SentenceFeatures[] = [];
  for (let k = 0; k < count; k++) {
    let len = 0;
    let clauses = 0;
    let size = 0;
    const words: Int32Array[] = [];
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) {
      len += f[i]!.len;
      clauses += f[i]!.clauses;
      words.push(...f[i]!.words);
      size += f[i]!.offer.length;
    }
    // The block offers every key of its sentences, once, sorted: one typed-array sort of them
    // all, then drop repeats (a Set and a sort with a comparator cost a Chinese side, whose
    // pinyin runs make offers of hundreds of keys, a tenth of a second).
    const all = new Int32Array(size);
    let at = 0;
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) {
      all.set(f[i]!.offer, at);
      at += f[i]!.offer.length;
    }
    all.sort();
    let unique = 0;
    for (let x = 0; x < all.length; x++)
      if (x === 0 || all[x] !== all[x - 1]) all[unique++] = all[x]!;
    features.push({ len, clauses, words, offer: all.slice(0, unique) });
  }
  return { bounds, features };
}

export function blockCount(n: number, m: number): number {
  return Math.max(1, Math.min(Math.ceil(Math.max(n, m) / BLOCK_SIZE), n, m));
}

/**
 * Sentence-level centre line from a path over blocks: each visited block corner maps to the
 * sentence positions where those blocks start, with straight lines in between.
 */
export function centreFromBlocks(
  cells: [number, number][],
  src: Blocks,
  tgt: Blocks,
): Float64Array {
  const n = src.bounds[src.bounds.length - 1]!;
  const out = new Float64Array(n + 1);
  const pts = cells.map(([I, J]) => [src.bounds[I]!, tgt.bounds[J]!] as const);
  for (let k = 0; k + 1 < pts.length; k++) {
    const [i0, j0] = pts[k]!;
    const [i1, j1] = pts[k + 1]!;
    for (let i = i0; i <= i1; i++)
      out[i] = i1 === i0 ? j1 : j0 + ((j1 - j0) * (i - i0)) / (i1 - i0);
  }
  return out;
}
