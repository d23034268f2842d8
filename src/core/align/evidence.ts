// Lexical evidence between sentences of the two sides, computed once for every pair that a bead
// inside the band can contain, then scored as a log-likelihood ratio whose match rates are
// measured on the document itself (how often words match in true pairs vs unrelated pairs).
import type { Band } from './band.js';
import type { SentenceFeatures } from './features.js';

/**
 * Matches for each (source i, target j) pair with j in [from[i], to[i]], as bit masks over the
 * first 32 words of the sentence (plus a count for any further words), so the words a group of
 * sentences matches are a union: a word matched by two partner sentences counts once.
 */
export interface PairMatches {
  from: Int32Array;
  to: Int32Array;
  start: Int32Array;
  /** Source words of i matched by target j's keys. */
  srcMask: Uint32Array;
  srcExtra: Uint16Array;
  /** Target words of j matched by source i's keys. */
  tgtMask: Uint32Array;
  tgtExtra: Uint16Array;
}

/** Largest bead side in sentences; pairs are kept for every bead of the band up to this size. */
export const MAX_SIDE = 6;

/** Set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The pairs a band allows, each source sentence's run of target sentences, masks still zero. */
export function emptyPairMatches(n: number, m: number, band: Band): PairMatches {
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    from[i] = band.lo[Math.max(0, i - (MAX_SIDE - 1))]!;
    to[i] = Math.min(m - 1, band.hi[Math.min(n, i + MAX_SIDE)]! - 1);
    start[i + 1] = start[i]! + Math.max(0, to[i]! - from[i]! + 1);
  }
  const size = start[n]!;
  return {
    from,
    to,
    start,
    srcMask: new Uint32Array(size),
    srcExtra: new Uint16Array(size),
    tgtMask: new Uint32Array(size),
    tgtExtra: new Uint16Array(size),
  };
}

export function pairMatches(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  band: Band,
  vocabSize: number,
): PairMatches {
  const n = src.length;
  const m = tgt.length;
  const out = emptyPairMatches(n, m, band);
  const { from, to, start } = out;
  const stamp = new Int32Array(vocabSize).fill(-1);
  let extra = 0;
  const hits = (words: Int32Array[], mark: number): number => {
    let mask = 0;
    extra = 0;
    for (let w = 0; w < words.length; w++) {
      const ids = words[w]!;
      for (let k = 0; k < ids.length; k++) {
        if (stamp[ids[k]!] === mark) {
          if (w < 32) mask |= 1 << w;
          else extra++;
          break;
        }
      }
    }
    return mask >>> 0;
  };
  // Target words against each source sentence's keys.
  for (let i = 0; i < n; i++) {
    for (const id of src[i]!.offer) stamp[id] = i;
    for (let j = from[i]!; j <= to[i]!; j++) {
      const at = start[i]! + j - from[i]!;
      out.tgtMask[at] = hits(tgt[j]!.words, i);
      out.tgtExtra[at] = extra;
    }
  }
  // Source words against each target sentence's keys: the pairs of a target sentence are a
  // contiguous run of source sentences because the ranges are monotone.
  stamp.fill(-1);
  let first = 0;
  for (let j = 0; j < m; j++) {
    while (first < n && to[first]! < j) first++;
    if (first >= n || from[first]! > j) continue;
    for (const id of tgt[j]!.offer) stamp[id] = n + j;
    for (let i = first; i < n && from[i]! <= j; i++) {
      if (j > to[i]!) continue;
      const at = start[i]! + j - from[i]!;
      out.srcMask[at] = hits(src[i]!.words, n + j);
      out.srcExtra[at] = extra;
    }
  }
  return out;
}

/** Words of one side's sentence matched by the other side's sentence, for a single pair. */
export function pairAt(p: PairMatches, side: 'src' | 'tgt', i: number, j: number): number {
  if (j < p.from[i]! || j > p.to[i]!) return 0;
  const at = p.start[i]! + j - p.from[i]!;
  return side === 'src'
    ? popcount(p.srcMask[at]!) + p.srcExtra[at]!
    : popcount(p.tgtMask[at]!) + p.tgtExtra[at]!;
}

/** Match rates of one side: in true pairs (q1) and in unrelated pairs (q0). */
export interface MatchRates {
  q1: number;
  q0: number;
}

export interface LexicalModel {
  src: MatchRates;
  tgt: MatchRates;
}

export const DEFAULT_RATES: MatchRates = { q1: 0.3, q0: 0.03 };

/**
 * Log-likelihood weights [matched, unmatched] for a word facing a partner group of k sentences
 * (k = 1…MAX_SIDE, index k−1). In a true bead one of the k sentences holds the word's
 * translation and the others can only match by chance, so a bigger group makes a match
 * likelier under both hypotheses: merging sentences gains only where matches are new.
 */
export function weights(r: MatchRates): [number, number][] {
  const q1 = Math.min(0.95, Math.max(r.q1, 0.02));
  const q0 = Math.min(q1 / 2, Math.max(r.q0, 0.002));
  const out: [number, number][] = [];
  for (let k = 1; k <= MAX_SIDE; k++) {
    const p1 = 1 - (1 - q1) * (1 - q0) ** (k - 1);
    const p0 = 1 - (1 - q0) ** k;
    out.push([Math.log(p1 / p0), Math.log((1 - p1) / (1 - p0))]);
  }
  return out;
}

/**
 * Rates measured on pairs believed right (`good`) and pairs shifted off them (unrelated).
 * Add-one smoothing keeps a document with few words from producing extreme rates.
 */
export function calibrateRates(
  p: PairMatches,
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  good: [number, number][],
  prior: LexicalModel,
): LexicalModel {
  const acc = { s1: 1, sn1: 1, t1: 1, tn1: 1, s0: 1, sn0: 1, t0: 1, tn0: 1 };
  for (const [i, j] of good) {
    acc.s1 += pairAt(p, 'src', i, j);
    acc.sn1 += src[i]!.words.length;
    acc.t1 += pairAt(p, 'tgt', i, j);
    acc.tn1 += tgt[j]!.words.length;
    for (const d of [-7, -5, 5, 7]) {
      const k = j + d;
      if (k < p.from[i]! || k > p.to[i]!) continue;
      acc.s0 += pairAt(p, 'src', i, k);
      acc.sn0 += src[i]!.words.length;
      acc.t0 += pairAt(p, 'tgt', i, k);
      acc.tn0 += tgt[k]!.words.length;
    }
  }
  if (good.length < 10) return prior;
  return {
    src: { q1: acc.s1 / (acc.sn1 + 1), q0: acc.s0 / (acc.sn0 + 1) },
    tgt: { q1: acc.t1 / (acc.tn1 + 1), q0: acc.t0 / (acc.tn0 + 1) },
  };
}
