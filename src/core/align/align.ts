// Sentence alignment: a banded dynamic programme whose bead cost adds a shape prior, a length
// model and lexical evidence, all re-estimated on the document in a second pass (a hard-EM
// step: align with loose defaults, measure the document on the confident result, align again).
import { bandAround, lengthDiagonal, pathCentre, touchesEdge, type Band } from './band.js';
import { COARSE_MIN, blockCount, blocksOf, centreFromBlocks } from './coarse.js';
import { BEAD_TYPES, bandedDp, pathCells, type PathStep } from './dp.js';
import {
  DEFAULT_RATES,
  MAX_SIDE,
  calibrateRates,
  pairMatches,
  popcount,
  weights,
  type LexicalModel,
  type PairMatches,
} from './evidence.js';
import { Vocabulary, featuresOf, type SentenceFeatures } from './features.js';
import { calibrateLength, initialLengthModel, lengthCost, type LengthModel } from './length.js';
import type { AlignOptions, Bead } from './types.js';

/** Shape probabilities before the document is measured (literary and technical text alike). */
const PRIOR_SHAPES: Record<string, number> = {
  '1-1': 0.75,
  '1-2': 0.08,
  '2-1': 0.06,
  '1-3': 0.02,
  '3-1': 0.015,
  '2-2': 0.015,
  '1-4': 0.004,
  '4-1': 0.003,
  '1-0': 0.01,
  '0-1': 0.01,
};
/** Pseudo-counts behind the prior when shapes are re-estimated on a document. */
const SHAPE_PRIOR_WEIGHT = 50;
/** The two sides' word evidence overlaps (a matched pair shows on both), so each counts half. */
const LEX_SIDE_WEIGHT = 0.5;
/** Half-widths of the band in sentences: the first pass follows lengths, the second the path. */
const FIRST_WIDTH = 30;
const SECOND_WIDTH = 12;
/** Ceiling on band cells so no input can make the band (and memory) grow without bound. */
const MAX_CELLS = 30_000_000;

interface Model {
  length: LengthModel;
  lexical: LexicalModel;
  shapeCost: Float64Array;
}

const shapeKey = (a: number, b: number): string => `${a}-${b}`;

function shapeCosts(p: Record<string, number>): Float64Array {
  return Float64Array.from(BEAD_TYPES, ([a, b]) => -Math.log(p[shapeKey(a, b)] ?? 1e-4));
}

class Scorer {
  private readonly sPre: Float64Array;
  private readonly tPre: Float64Array;
  private readonly ws: [number, number][];
  private readonly wt: [number, number][];
  private readonly srcWords: Int32Array;
  private readonly tgtWords: Int32Array;
  private readonly colMask = new Int32Array(MAX_SIDE + 1);
  private readonly colExtra = new Int32Array(MAX_SIDE + 1);
  constructor(
    src: SentenceFeatures[],
    tgt: SentenceFeatures[],
    private readonly pairs: PairMatches,
    private readonly model: Model,
  ) {
    this.sPre = prefix(src);
    this.tPre = prefix(tgt);
    this.srcWords = Int32Array.from(src, (f) => f.words.length);
    this.tgtWords = Int32Array.from(tgt, (f) => f.words.length);
    this.ws = weights(model.lexical.src);
    this.wt = weights(model.lexical.tgt);
  }

  /** Log-likelihood ratio of the words of a bead being translations rather than unrelated. */
  lexical(i0: number, a: number, j0: number, b: number): number {
    if (a === 0 || b === 0) return 0;
    const { from, to, start, srcMask, srcExtra, tgtMask, tgtExtra } = this.pairs;
    let ms = 0;
    let ns = 0;
    let mt = 0;
    let nt = 0;
    // Union over the bead's target sentences of each one's matched words, kept per column.
    const colMask = this.colMask;
    const colExtra = this.colExtra;
    colMask.fill(0);
    colExtra.fill(0);
    for (let i = i0; i < i0 + a; i++) {
      let mask = 0;
      let more = 0;
      const f = from[i]!;
      const t = to[i]!;
      const base = start[i]! - f;
      for (let j = j0; j < j0 + b; j++) {
        if (j < f || j > t) continue;
        mask |= srcMask[base + j]!;
        more += srcExtra[base + j]!;
        colMask[j - j0] |= tgtMask[base + j]!;
        colExtra[j - j0] += tgtExtra[base + j]!;
      }
      const w = this.srcWords[i]!;
      ms += Math.min(popcount(mask) + more, w);
      ns += w;
    }
    for (let j = j0; j < j0 + b; j++) {
      const w = this.tgtWords[j]!;
      mt += Math.min(popcount(colMask[j - j0]!) + colExtra[j - j0]!, w);
      nt += w;
    }
    // Source words face the b target sentences, target words the a source sentences.
    const [s1, s0] = this.ws[b - 1]!;
    const [t1, t0] = this.wt[a - 1]!;
    return LEX_SIDE_WEIGHT * (ms * s1 + (ns - ms) * s0 + mt * t1 + (nt - mt) * t0);
  }

  cost = (i0: number, a: number, j0: number, b: number, type: number): number => {
    const s = this.sPre[i0 + a]! - this.sPre[i0]!;
    const t = this.tPre[j0 + b]! - this.tPre[j0]!;
    return (
      this.model.shapeCost[type]! + lengthCost(s, t, this.model.length) - this.lexical(i0, a, j0, b)
    );
  };
}

function prefix(f: SentenceFeatures[]): Float64Array {
  const p = new Float64Array(f.length + 1);
  for (let i = 0; i < f.length; i++) p[i + 1] = p[i]! + f[i]!.len;
  return p;
}

interface PassResult {
  steps: PathStep[];
  pairs: PairMatches;
  scorer: Scorer;
}

/** One pass: widen the band until the best path keeps clear of its edges (or the cap). */
function runPass(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  vocab: Vocabulary,
  centre: Float64Array,
  width: number,
  model: Model,
  progress: (f: number) => void,
  signal?: AbortSignal,
): PassResult {
  const n = src.length;
  const m = tgt.length;
  for (;;) {
    const band: Band = bandAround(centre, n, m, width);
    const pairs = pairMatches(src, tgt, band, vocab.size);
    const scorer = new Scorer(src, tgt, pairs, model);
    const steps = bandedDp(band, scorer.cost, BEAD_TYPES, progress, signal);
    const wider = (n + 1) * (2 * width * 2 + 1);
    if (width >= Math.max(n, m) || wider > MAX_CELLS || !touchesEdge(pathCells(steps), band)) {
      return { steps, pairs, scorer };
    }
    width *= 2;
  }
}

/** Re-estimates the model on the beads of a pass. */
function calibrate(
  pass: PassResult,
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  prior: Model,
): Model {
  const ones = pass.steps.filter((s) => s.a === 1 && s.b === 1);
  const length = calibrateLength(
    ones.map((s) => [src[s.i0]!.len, tgt[s.j0]!.len]),
    prior.length,
  );
  const lexical = calibrateRates(
    pass.pairs,
    src,
    tgt,
    ones.map((s) => [s.i0, s.j0]),
    prior.lexical,
  );
  const counts: Record<string, number> = {};
  for (const [k, p] of Object.entries(PRIOR_SHAPES)) counts[k] = p * SHAPE_PRIOR_WEIGHT;
  for (const s of pass.steps) counts[shapeKey(s.a, s.b)]! += 1;
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  for (const k of Object.keys(counts)) counts[k]! /= total;
  return { length, lexical, shapeCost: shapeCosts(counts) };
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Confidence: how much cheaper the bead is than its sentences left unpaired (or, for an
 *  unpaired sentence, than joining it to the cheaper neighbour). */
function confidences(steps: PathStep[], scorer: Scorer): number[] {
  const nullCost = (i0: number, a: number, j0: number, b: number): number => {
    let c = 0;
    for (let i = i0; i < i0 + a; i++) c += scorer.cost(i, 1, j0, 0, 8);
    for (let j = j0; j < j0 + b; j++) c += scorer.cost(i0 + a, 0, j, 1, 9);
    return c;
  };
  return steps.map((s, k) => {
    if (s.a && s.b) return sigmoid(nullCost(s.i0, s.a, s.j0, s.b) - s.cost);
    let alt = Infinity;
    for (const nb of [steps[k - 1], steps[k + 1]]) {
      if (!nb || !nb.a || !nb.b) continue;
      const i0 = Math.min(nb.i0, s.i0);
      const j0 = Math.min(nb.j0, s.j0);
      const a = nb.a + s.a;
      const b = nb.b + s.b;
      if (a > MAX_SIDE || b > MAX_SIDE) continue;
      const type = BEAD_TYPES.findIndex(([x, y]) => x === a && y === b);
      const merged = scorer.cost(i0, a, j0, b, type < 0 ? 0 : type) + (type < 0 ? 4 : 0);
      alt = Math.min(alt, merged - nb.cost);
    }
    return alt === Infinity ? 0.5 : sigmoid(alt - s.cost);
  });
}

/** Aligns two lists of sentences (0-based indices in the beads). */
export function align(
  source: readonly string[],
  target: readonly string[],
  opts: AlignOptions,
): Bead[] {
  const n = source.length;
  const m = target.length;
  // A pass that widens its band starts over; the reported fraction never goes back.
  let done = 0;
  const report = (f: number): void => {
    if (f <= done) return;
    done = f;
    opts.onProgress?.(f);
  };
  if (n === 0 || m === 0) {
    report(1);
    return [
      ...source.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })),
      ...target.map((_, j) => ({ src: [], tgt: [j], confidence: 1 })),
    ];
  }
  const vocab = new Vocabulary();
  const src = featuresOf(source, opts.sourceLang, vocab, opts.lexicon);
  const tgt = featuresOf(target, opts.targetLang, vocab, opts.lexicon);
  report(0.05);
  const lens = (f: SentenceFeatures[]): number[] => f.map((x) => x.len);
  const total = (f: SentenceFeatures[]): number => f.reduce((a, x) => a + x.len, 0);
  let model: Model = {
    length: initialLengthModel(total(src), total(tgt)),
    lexical: { src: DEFAULT_RATES, tgt: DEFAULT_RATES },
    shapeCost: shapeCosts(PRIOR_SHAPES),
  };
  const stage = (from: number, to: number) => (f: number) => report(from + (to - from) * f);
  let centre = lengthDiagonal(lens(src), lens(tgt));
  let width = Math.min(FIRST_WIDTH, Math.max(n, m));
  if (Math.max(n, m) > COARSE_MIN) {
    const count = blockCount(n, m);
    const sb = blocksOf(src, count);
    const tb = blocksOf(tgt, count);
    const blockCentre = lengthDiagonal(lens(sb.features), lens(tb.features));
    const coarse = runPass(
      sb.features,
      tb.features,
      vocab,
      blockCentre,
      Math.max(8, count / 8),
      model,
      stage(0.05, 0.15),
      opts.signal,
    );
    centre = centreFromBlocks(pathCells(coarse.steps), sb, tb);
    // The block path is exact at block corners only: leave room for a block and a half.
    width = Math.max(width, Math.ceil((1.5 * Math.max(n, m)) / count));
  }
  const first = runPass(src, tgt, vocab, centre, width, model, stage(0.15, 0.5), opts.signal);
  model = calibrate(first, src, tgt, model);
  if (process.env.ALIGN_DEBUG)
    console.error(
      JSON.stringify({ ...model, shapeCost: [...model.shapeCost].map((x) => +x.toFixed(2)) }),
    );
  const second = runPass(
    src,
    tgt,
    vocab,
    pathCentre(pathCells(first.steps), n),
    SECOND_WIDTH,
    model,
    stage(0.5, 0.95),
    opts.signal,
  );
  const conf = confidences(second.steps, second.scorer);
  if (process.env.ALIGN_DEBUG_AT) {
    const [i, j] = process.env.ALIGN_DEBUG_AT.split(',').map(Number) as [number, number];
    const sc = second.scorer;
    const parts = (i0: number, a: number, j0: number, b: number, k: number) => ({
      shape: +model.shapeCost[k]!.toFixed(2),
      total: +sc.cost(i0, a, j0, b, k).toFixed(2),
      lex: +sc.lexical(i0, a, j0, b).toFixed(2),
    });
    console.error(
      '1-1',
      parts(i, 1, j, 1, 0),
      parts(i + 1, 1, j + 1, 1, 0),
      '2-2',
      parts(i, 2, j, 2, 5),
    );
  }
  report(1);
  return second.steps.map((s, k) => ({
    src: Array.from({ length: s.a }, (_, x) => s.i0 + x),
    tgt: Array.from({ length: s.b }, (_, x) => s.j0 + x),
    confidence: conf[k]!,
  }));
}
