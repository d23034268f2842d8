// Sentence alignment: a banded dynamic programme whose bead cost adds a shape prior, a length
// model and lexical evidence, all re-estimated on the document in a second pass (a hard-EM
// step: align with loose defaults, measure the document on the confident result, align again).
import { bandAround, lengthDiagonal, pathCentre, touchesEdge, type Band } from './band.js';
import { COARSE_MIN, blockCount, blocksOf, centreFromBlocks } from './coarse.js';
import {
  anchorBand,
  anchorTypes,
  anchorsOf,
  constrain,
  constrainBelow,
  isAnchor,
  keepsAnchors,
  oneSided,
  type Anchors,
} from './anchors.js';
import {
  BEAD_TYPES,
  NARROW_TYPES,
  bandedDp,
  pathCells,
  type BeadCost,
  type DpShare,
  type PathStep,
} from './dp.js';
import { DEFAULT_RATES, calibrateRates, type PairMatches } from './evidence.js';
import { Vocabulary, featuresOf, pinyinFacing, type SentenceFeatures } from './features.js';
import { learnPairs, withLearned } from './learned.js';
import { pairMatchesIndexed } from './pair-index.js';
import { calibrateLength, initialLengthModel } from './length.js';
import { PRIOR_SHAPES, Scorer, shapeCosts, shapeKey, type Model } from './scorer.js';
import { withWeights, type AlignWeights } from './weights.js';
import { beadFeatures, combine } from './confidence.js';
import { positionedWords } from './order.js';
import { calibrateEdges, edgeClasses, type EdgeClasses } from './edges.js';
import { POSTERIOR_TYPES, beadPosteriors, posteriorCost } from './posterior.js';
import { redecide } from './redecide.js';
import type { AlignOptions, Bead } from './types.js';
import { LOW_CONFIDENCE } from '../model.js';

export { LOW_CONFIDENCE };

/** Half-widths of the band in sentences: the first pass follows lengths, the second the path. */
const FIRST_WIDTH = 30;
const SECOND_WIDTH = 12;
/** Bead costs are divided by this before posteriors are taken (chosen on the gold sets' AUC). */
const POSTERIOR_SCALE = 2;
/**
 * The edge evidence's weight in the posteriors: at the programme's own weight they grew surer
 * than the beads are right (mac-dev + mag AUC 0.896 against 0.905 at 1, 0.89 at 0).
 */
const POSTERIOR_EDGE = 1;
const POSTERIOR_ORDER = 1;
/** An unpaired sentence's confidence: its posterior times this share of LOW_CONFIDENCE. */
const UNPAIRED_SHARE = 0.95;
/** Ceiling on band cells so no input can make the band (and memory) grow without bound. */
const MAX_CELLS = 30_000_000;

interface PassResult {
  steps: PathStep[];
  pairs: PairMatches;
  scorer: Scorer;
  /** The scorer's cost (with anchors, held to them). */
  cost: BeadCost;
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
  /** Pairs already computed for the first band (width `width` around `centre`). */
  known?: PairMatches,
  /** Another thread's share of the bead costs, offered the pass's first band. */
  share?: (band: Band) => DpShare | undefined,
  anchors?: Anchors,
  /** Blocks of sentences (the coarse pass): NARROW_TYPES. */
  blocks = false,
): PassResult {
  const n = src.length;
  const m = tgt.length;
  const types = anchors ? anchorTypes(anchors) : blocks ? NARROW_TYPES : BEAD_TYPES;
  for (;;) {
    // With anchors, the band narrowed to what they allow; its edges are the wider band's.
    const { band, loose } = sentenceBand(centre, n, m, width, anchors);
    const shared = share?.(band);
    share = undefined;
    const pairs = known ?? pairMatchesIndexed(src, tgt, band, vocab.size);
    known = undefined;
    const scorer = new Scorer(src, tgt, pairs, model);
    const free = BEAD_TYPES.length;
    const beadCost = anchors ? constrain(anchors, scorer.cost, free) : scorer.cost;
    const steps = bandedDp(
      band,
      beadCost,
      types,
      progress,
      signal,
      undefined,
      shared,
      anchors ? constrainBelow(anchors, scorer.costBelow, free) : scorer.costBelow,
    );
    const wider = (n + 1) * (2 * width * 2 + 1);
    if (width >= Math.max(n, m) || wider > MAX_CELLS || !touchesEdge(pathCells(steps), loose)) {
      return { steps, pairs, scorer, cost: beadCost };
    }
    width *= 2;
  }
}

/** The band around `centre`, and with anchors the cells they allow (see anchors.ts). */
function sentenceBand(
  centre: ArrayLike<number>,
  n: number,
  m: number,
  width: number,
  anchors?: Anchors,
): { band: Band; loose: Band } {
  const band = bandAround(centre, n, m, width);
  return anchors ? anchorBand(anchors, band) : { band, loose: band };
}

/** Re-estimates the model on the beads of a pass. */
function calibrate(
  pass: PassResult,
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  prior: Model,
  weights: AlignWeights,
  edges?: { src: EdgeClasses; tgt: EdgeClasses },
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
  for (const [k, p] of Object.entries(PRIOR_SHAPES)) counts[k] = p * weights.shapePrior;
  for (const s of pass.steps) counts[shapeKey(s.a, s.b)]! += 1;
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  for (const k of Object.keys(counts)) counts[k]! /= total;
  // Clause counts (commas, semicolons, colons) get the length model's treatment: a long Chinese
  // sentence of four clauses is likelier two English sentences than one of a single clause.
  const clauses = calibrateLength(
    ones.map((s) => [src[s.i0]!.clauses, tgt[s.j0]!.clauses]),
    { ratio: 1, variance: 1 },
  );
  return {
    length,
    clauses,
    lexical,
    shapeCost: shapeCosts(counts),
    edges: edges && calibrateEdges(pass.steps, edges.src, edges.tgt),
    weights,
  };
}

/**
 * Where the sentence band goes, and how wide. Short documents: the length diagonal. Long ones:
 * align blocks of BLOCK_SIZE sentences first (recursively, so every level is linear) and follow
 * the block path, leaving room for a block and a half either side (a block and a quarter saved
 * bible-001's presegmented first pass 40 ms, but the same text segmented from its lines touched
 * that band's edge, and the doubled band cost the browser 300 ms more).
 */
function centreLine(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  vocab: Vocabulary,
  model: Model,
  progress: (f: number) => void,
  signal?: AbortSignal,
): { centre: Float64Array; width: number } {
  const n = src.length;
  const m = tgt.length;
  const lens = (f: SentenceFeatures[]): number[] => f.map((x) => x.len);
  if (Math.max(n, m) <= COARSE_MIN) {
    return {
      centre: lengthDiagonal(lens(src), lens(tgt)),
      width: Math.min(FIRST_WIDTH, Math.max(n, m)),
    };
  }
  const count = blockCount(n, m);
  const sb = blocksOf(src, count);
  const tb = blocksOf(tgt, count);
  const inner = centreLine(sb.features, tb.features, vocab, model, () => undefined, signal);
  // Blocks are big and most of their keys rare: their pairs come from an inverted index (the
  // same matches; the scan pairMatches does cost the coarse pass two thirds of its time).
  const blockBand = bandAround(inner.centre, sb.features.length, tb.features.length, inner.width);
  const coarse = runPass(
    sb.features,
    tb.features,
    vocab,
    inner.centre,
    inner.width,
    model,
    progress,
    signal,
    pairMatchesIndexed(sb.features, tb.features, blockBand, vocab.size),
    undefined,
    undefined,
    true,
  );
  return {
    centre: centreFromBlocks(pathCells(coarse.steps), sb, tb),
    width: Math.ceil((1.5 * Math.max(n, m)) / count),
  };
}

/**
 * Confidence of each bead (see confidence.ts), with its features. A sentence left unpaired is
 * kept below LOW_CONFIDENCE whatever its score: it is either missing from the other side or
 * misaligned, and both are for a person to check.
 */
function confidences(
  steps: PathStep[],
  n: number,
  m: number,
  scorer: Scorer,
  shapeCost: Float64Array,
  anchors?: Anchors,
): { conf: number[]; features: number[][] } {
  // The posteriors weigh edges and order less than the programme does (see POSTERIOR_EDGE).
  const weighed = scorer.reweighted({ edge: POSTERIOR_EDGE, order: POSTERIOR_ORDER });
  let pcost = posteriorCost(weighed, shapeCost);
  let types = POSTERIOR_TYPES;
  let path = steps;
  let adjust: ((band: Band) => Band) | undefined;
  if (anchors) {
    pcost = constrainBelow(anchors, pcost, POSTERIOR_TYPES.length);
    // The anchors' extra shapes join the types, and the path's steps take their indices there.
    types = [...POSTERIOR_TYPES, ...anchors.extra.filter(([a, b]) => !has(POSTERIOR_TYPES, a, b))];
    path = steps.map((s) => ({ ...s, type: types.findIndex(([a, b]) => a === s.a && b === s.b) }));
    adjust = (band) => anchorBand(anchors, band).band;
  }
  const post = beadPosteriors(path, n, m, pcost, types, POSTERIOR_SCALE, adjust);
  const features = beadFeatures(steps, post, scorer);
  const conf = steps.map((s, k) => {
    if (anchors && isAnchor(anchors, s.i0, s.a, s.j0, s.b)) return 1;
    const c = combine(features[k]!);
    return s.a && s.b ? c : Math.min(c, UNPAIRED_SHARE * LOW_CONFIDENCE);
  });
  return { conf, features };
}

const has = (types: readonly (readonly [number, number])[], a: number, b: number): boolean =>
  types.some((t) => t[0] === a && t[1] === b);

/** Aligns two lists of sentences (0-based indices in the beads). */
export function align(
  source: readonly string[],
  target: readonly string[],
  opts: AlignOptions,
): Bead[] {
  return alignDetailed(source, target, opts).beads;
}

/** Both sides' sentence features over one vocabulary, made elsewhere (the CLI's two threads). */
export interface PreparedFeatures {
  src: SentenceFeatures[];
  tgt: SentenceFeatures[];
  vocab: Vocabulary;
  /**
   * Another thread that has the same features (the CLI's): offered a sentence pass's band (and
   * the second pass's learned pairs) as soon as they are known, then its model, it may take the
   * last rows' bead costs.
   */
  share?: (pass: {
    band: Band;
    learned?: Map<number, number[]>;
  }) => ((model: Model) => DpShare | undefined) | undefined;
}

/** As `align`, with each bead's confidence features (for the bench that fits their weights). */
export function alignDetailed(
  source: readonly string[],
  target: readonly string[],
  opts: AlignOptions,
  prepared?: PreparedFeatures,
): { beads: Bead[]; features: number[][]; scorer?: Scorer } {
  const n = source.length;
  const m = target.length;
  // A pass that widens its band starts over; the reported fraction never goes back.
  let done = 0;
  const report = (f: number): void => {
    if (f <= done) return;
    done = f;
    opts.onProgress?.(f);
  };
  const anchors = opts.anchors?.length ? anchorsOf(opts.anchors, n, m) : undefined;
  if (n === 0 || m === 0) {
    report(1);
    const beads = anchors
      ? oneSided(anchors).map((b) => ({ ...b, confidence: 1 }))
      : [
          ...source.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })),
          ...target.map((_, j) => ({ src: [], tgt: [j], confidence: 1 })),
        ];
    return { beads, features: [] };
  }
  let vocab = prepared?.vocab;
  if (!vocab) {
    vocab = new Vocabulary();
    vocab.pinyinNames = pinyinFacing(
      [
        { sentences: source, lang: opts.sourceLang },
        { sentences: target, lang: opts.targetLang },
      ],
      opts.lexicon,
      vocab,
    );
  }
  // The bar moves from the start: features of a long document take a while.
  const share = n / (n + m);
  const src =
    prepared?.src ??
    featuresOf(source, opts.sourceLang, vocab, opts.lexicon, (f) => report(0.05 * share * f));
  const tgt =
    prepared?.tgt ??
    featuresOf(target, opts.targetLang, vocab, opts.lexicon, (f) =>
      report(0.05 * (share + (1 - share) * f)),
    );
  report(0.05);
  const total = (f: SentenceFeatures[]): number => f.reduce((a, x) => a + x.len, 0);
  const weights = withWeights(opts.weights);
  let model: Model = {
    length: initialLengthModel(total(src), total(tgt)),
    lexical: { src: DEFAULT_RATES, tgt: DEFAULT_RATES },
    shapeCost: shapeCosts(PRIOR_SHAPES),
    // The first passes only measure the document, on the plain length tail: with the outliers'
    // (weights.ts) a path may stray from the length diagonal to the band's edge, and the band
    // doubles (bible-001 segmented from its lines: first pass 0.45 → 1.2 s), for the same F1.
    weights: { ...weights, lengthOutlier: 0 },
  };
  const stage = (from: number, to: number) => (f: number) => report(from + (to - from) * f);
  const { centre, width } = centreLine(src, tgt, vocab, model, stage(0.05, 0.15), opts.signal);
  // The other thread's costs know nothing of anchors.
  const offer = anchors ? undefined : prepared?.share;
  // The first pass runs free of the anchors: it only measures the document (the second pass's
  // model and band), and so a re-alignment with nothing changed measures it as the alignment
  // did and gives back the same rows (anchored here too, 12 of mac-dev's 1,363 rows after the
  // re-aligned row came back otherwise; bench/align-realign.ts).
  const first = runPass(
    src,
    tgt,
    vocab,
    centre,
    width,
    model,
    stage(0.15, 0.5),
    opts.signal,
    undefined,
    offer && ((band) => offer({ band })?.(model)),
  );
  // The document's own translation table, learned on the first pass, joins the dictionary.
  const learned = learnPairs(src, tgt, first.steps);
  const src2 = withLearned(src, learned);
  const firstPath = pathCentre(pathCells(first.steps), n);
  // The pairs are of the band before the anchors narrow it: the model is measured on the first
  // pass's path, which need not keep to them (a bead of the narrowed band finds its pairs there).
  const band2 = sentenceBand(firstPath, n, m, SECOND_WIDTH, anchors).loose;
  // The other thread starts on the learned table and its pairs while this one calibrates.
  const shared2 = offer?.({ band: band2, learned });
  const pairs2 = pairMatchesIndexed(src2, tgt, band2, vocab.size);
  model = calibrate({ ...first, pairs: pairs2 }, src2, tgt, model, weights, {
    src: edgeClasses(source, opts.sourceLang),
    tgt: edgeClasses(target, opts.targetLang),
  });
  const keys = vocab.keys();
  model.positioned = { src: positionedWords(src2, keys), tgt: positionedWords(tgt, keys) };
  const second = runPass(
    src2,
    tgt,
    vocab,
    firstPath,
    SECOND_WIDTH,
    model,
    stage(0.5, 0.95),
    opts.signal,
    pairs2,
    // Its first band is band2 again (the same centre and width).
    shared2 && (() => shared2(model)),
    anchors,
  );
  // With anchors, a union of two beads across an anchor's corner costs Infinity: never taken.
  const steps = redecide(second.steps, second.scorer, second.cost, weights);
  if (anchors && !keepsAnchors(anchors, steps)) throw new Error('alignment lost an anchor');
  const { conf, features } = confidences(steps, n, m, second.scorer, model.shapeCost, anchors);
  report(1);
  const beads = steps.map((s, k) => ({
    src: Array.from({ length: s.a }, (_, x) => s.i0 + x),
    tgt: Array.from({ length: s.b }, (_, x) => s.j0 + x),
    confidence: conf[k]!,
  }));
  return { beads, features, scorer: second.scorer };
}
