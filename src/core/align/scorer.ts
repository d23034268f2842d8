// The cost of one bead: shape prior + length model − lexical evidence (a log-likelihood ratio),
// and in the second pass its edges (edges.ts) and the order of its matches (order.ts).
import { BEAD_TYPES } from './dp.js';
import { MAX_SIDE, popcount, weights, type LexicalModel, type PairMatches } from './evidence.js';
import type { SentenceFeatures } from './features.js';
import { lengthCost, outlierTail, type LengthModel, type OutlierTail } from './length.js';
import { edgeCost, type EdgeModel } from './edges.js';
import { centre } from './order.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from './weights.js';

/** Shape probabilities before the document is measured (literary and technical text alike). */
export const PRIOR_SHAPES: Record<string, number> = {
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
  '1-5': 0.0015,
  '5-1': 0.001,
  '1-6': 0.0008,
  '6-1': 0.0005,
};
/*
 * The weights (lexical, clause, shape prior, unpaired, edge, order…) are in weights.ts, one
 * object the model carries. The order evidence: 2, 2.5 and 3 gave the same F1, 5 and 10 lowered
 * mac-dev zh→en. Inside it, the crossing and the span counted alike (crossing alone: mac-dev
 * 0.913/0.910; with the span 0.911/0.916, bible-001 +0.001); a partner may stray this share of the
 * sentence outside its span before it pays (0 and 0.2 no better).
 */
const CROSS = 1;
const SPAN = 1;
const SLACK = 0.1;
export interface Model {
  length: LengthModel;
  /** The same model over clause counts: a sentence's clauses survive translation. */
  clauses?: LengthModel;
  lexical: LexicalModel;
  shapeCost: Float64Array;
  /** How the bead's first and last sentences meet (edges.ts); sentence level, second pass. */
  edges?: EdgeModel;
  /** Leading words in text order per sentence (order.ts); sentence level, second pass. */
  positioned?: { src: Uint8Array; tgt: Uint8Array };
  /** The bead cost's weights (DEFAULT_WEIGHTS when absent). */
  weights?: AlignWeights;
}

/** What `Scorer.terms` returns, in order. */
export const TERM_NAMES = ['length', 'unpaired', 'clause', 'edge', 'order', 'matched', 'missed'];

/** The weight of each of `Scorer.terms` in the bead cost. */
export const termWeights = (w: AlignWeights): number[] => [
  w.length,
  w.unpaired,
  w.clause,
  w.edge,
  w.order,
  w.lexical,
  w.lexical * w.lexicalMiss,
];

export const shapeKey = (a: number, b: number): string => `${a}-${b}`;

export function shapeCosts(p: Record<string, number>): Float64Array {
  return Float64Array.from(BEAD_TYPES, ([a, b]) => -Math.log(p[shapeKey(a, b)] ?? 1e-4));
}

export class Scorer {
  private readonly sPre: Float64Array;
  private readonly tPre: Float64Array;
  private readonly sCl: Float64Array;
  private readonly tCl: Float64Array;
  private readonly ws: [number, number][];
  private readonly wt: [number, number][];
  private readonly srcWords: Int32Array;
  private readonly tgtWords: Int32Array;
  private readonly colMask = new Int32Array(MAX_SIDE + 1);
  private readonly colExtra = new Int32Array(MAX_SIDE + 1);
  /** The model's weights, read into fields: the programme asks for millions of beads. */
  private readonly wLex: number;
  private readonly wMiss: number;
  private readonly wLength: number;
  private readonly wClause: number;
  private readonly wUnpaired: number;
  private readonly wEdge: number;
  private readonly wOrder: number;
  /** The length and clause models' tail (undefined: the plain normal one). */
  private readonly tail: OutlierTail | undefined;
  constructor(
    src: SentenceFeatures[],
    tgt: SentenceFeatures[],
    private readonly pairs: PairMatches,
    private readonly model: Model,
    /**
     * A scorer of the same sentences, pairs and model but for its weights, whose tables and
     * caches this one shares (the posteriors weigh edges and order their own way); `src` and
     * `tgt` are not read then.
     */
    same?: Scorer,
  ) {
    const w = model.weights ?? DEFAULT_WEIGHTS;
    this.wLex = w.lexical;
    this.wMiss = w.lexicalMiss;
    this.wLength = w.length;
    this.wClause = w.clause;
    this.wUnpaired = w.unpaired;
    this.wEdge = w.edge;
    this.wOrder = w.order;
    this.tail =
      w.lengthOutlier > 0 ? outlierTail(w.lengthOutlier, w.lengthOutlierScale) : undefined;
    this.edges = model.edges;
    this.pos = model.positioned;
    if (same) {
      ({ sPre: this.sPre, tPre: this.tPre, sCl: this.sCl, tCl: this.tCl } = same);
      ({ srcWords: this.srcWords, tgtWords: this.tgtWords, ws: this.ws, wt: this.wt } = same);
      ({ srcCentre: this.srcCentre, tgtCentre: this.tgtCentre } = same);
      // Clause costs depend on the tail: shared only when it is the same.
      this.clauseCosts =
        this.tail === same.tail
          ? same.clauseCosts
          : new Float64Array(same.clauseCosts.length).fill(NaN);
      this.caps = same.caps ??= same.hitCaps();
      return;
    }
    this.sPre = prefix(src, (f) => f.len);
    this.tPre = prefix(tgt, (f) => f.len);
    this.sCl = prefix(src, (f) => f.clauses);
    this.tCl = prefix(tgt, (f) => f.clauses);
    this.srcWords = Int32Array.from(src, (f) => f.words.length);
    this.tgtWords = Int32Array.from(tgt, (f) => f.words.length);
    this.ws = weights(model.lexical.src);
    this.wt = weights(model.lexical.tgt);
    const cells = model.positioned ? pairs.srcMask.length : 0;
    this.srcCentre = new Float64Array(cells).fill(NaN);
    this.tgtCentre = new Float64Array(cells).fill(NaN);
    this.clauseCosts = new Float64Array(CLAUSE_TABLE * CLAUSE_TABLE).fill(NaN);
  }

  /** This scorer with some weights changed, sharing its tables and caches. */
  reweighted(w: Partial<AlignWeights>): Scorer {
    const model = { ...this.model, weights: { ...(this.model.weights ?? DEFAULT_WEIGHTS), ...w } };
    return new Scorer([], [], this.pairs, model, this);
  }

  /** Log-likelihood ratio of the words of a bead being translations rather than unrelated. */
  lexical(i0: number, a: number, j0: number, b: number): number {
    if (a === 0 || b === 0) return 0;
    const { ms, ns, mt, nt } = this._matched(i0, a, j0, b);
    return this.evidence(a, b, ms, ns, mt, nt);
  }

  /**
   * The word evidence of a bead of a × b sentences whose sides match ms of their ns and mt of
   * their nt words: source words face the b target sentences, target words the a source ones.
   */
  private evidence(a: number, b: number, ms: number, ns: number, mt: number, nt: number): number {
    const ws = this.ws[b - 1]!;
    const wt = this.wt[a - 1]!;
    const miss = this.wMiss;
    return (
      this.wLex *
      (ms * ws[0] + miss * ((ns - ms) * ws[1]) + mt * wt[0] + miss * ((nt - mt) * wt[1]))
    );
  }

  /** Length-model surprise of a bead (−log of the tail probability of its length ratio). */
  lengthSurprise(i0: number, a: number, j0: number, b: number): number {
    const s = this.sPre[i0 + a]! - this.sPre[i0]!;
    const t = this.tPre[j0 + b]! - this.tPre[j0]!;
    return lengthCost(s, t, this.model.length);
  }

  /**
   * Shares of a bead's words the other side matches: both sides', and its weakest sentence's
   * (a sentence absorbed into a neighbour's bead matches little).
   */
  coverage(i0: number, a: number, j0: number, b: number): { both: number; weakest: number } {
    const { ms, ns, mt, nt, weakest } = this._matched(i0, a, j0, b);
    return { both: ns + nt ? (ms + mt) / (ns + nt) : 0, weakest };
  }

  private readonly edges: EdgeModel | undefined;
  private readonly pos: Model['positioned'];
  /** Centres of each pair's matches (order.ts) worked out so far (NaN: not yet). */
  private readonly srcCentre: Float64Array;
  private readonly tgtCentre: Float64Array;

  /**
   * How far a bead of one sentence against several has its partners' matches out of order:
   * the sum, over consecutive partners that match anything, of how far the later one's matches
   * sit before the earlier one's (as a share of the single sentence's positioned words), plus
   * how far each partner's matches stray outside the share of the sentence its length gives it.
   * The two branches mirror each other (one source sentence, or one target sentence), written
   * out because the programme asks this of millions of beads.
   */
  crossing(i0: number, a: number, j0: number, b: number): number {
    const pos = this.pos;
    if (!pos || (a > 1 && b > 1) || a + b < 3) return 0;
    const { from, to, start, srcMask, tgtMask } = this.pairs;
    let out = 0;
    let last = -1;
    if (a === 1) {
      const f = from[i0]!;
      const base = start[i0]! - f;
      const n = pos.src[i0]!;
      const t0 = this.tPre[j0]!;
      const span = this.tPre[j0 + b]! - t0;
      for (let j = j0; j < j0 + b; j++) {
        if (j < f || j > to[i0]!) continue;
        const at = base + j;
        let c = this.srcCentre[at]!;
        if (c !== c) c = this.srcCentre[at] = centre(srcMask[at]!, n);
        if (c < 0) continue;
        if (last >= 0 && c < last) out += CROSS * (last - c);
        last = c;
        if (span > 0) {
          const lo = (this.tPre[j]! - t0) / span - SLACK;
          const hi = (this.tPre[j + 1]! - t0) / span + SLACK;
          out += SPAN * (Math.max(0, lo - c) + Math.max(0, c - hi));
        }
      }
    } else {
      const n = pos.tgt[j0]!;
      const s0 = this.sPre[i0]!;
      const span = this.sPre[i0 + a]! - s0;
      for (let i = i0; i < i0 + a; i++) {
        if (j0 < from[i]! || j0 > to[i]!) continue;
        const at = start[i]! - from[i]! + j0;
        let c = this.tgtCentre[at]!;
        if (c !== c) c = this.tgtCentre[at] = centre(tgtMask[at]!, n);
        if (c < 0) continue;
        if (last >= 0 && c < last) out += CROSS * (last - c);
        last = c;
        if (span > 0) {
          const lo = (this.sPre[i]! - s0) / span - SLACK;
          const hi = (this.sPre[i + 1]! - s0) / span + SLACK;
          out += SPAN * (Math.max(0, lo - c) + Math.max(0, c - hi));
        }
      }
    }
    return out;
  }

  /** Words of the bead, both sides (costs summed over many words overstate how sure they are). */
  totalWords(i0: number, a: number, j0: number, b: number): number {
    let k = 0;
    for (let i = i0; i < i0 + a; i++) k += this.srcWords[i]!;
    for (let j = j0; j < j0 + b; j++) k += this.tgtWords[j]!;
    return k;
  }

  /** Cost of how a paired bead's edges meet (0 without an edge model). */
  edgeCost(i0: number, a: number, j0: number, b: number): number {
    return this.edges && a && b ? edgeCost(this.edges, i0, a, j0, b) : 0;
  }

  /** Reused by every `_matched` call: the DP asks for millions of beads. */
  private readonly _counts = { ms: 0, ns: 0, mt: 0, nt: 0, weakest: 1 };

  /**
   * A bead's words matched on each side (ms of ns source words, mt of nt target words) and the
   * smallest share matched of any of its sentences.
   */
  private _matched(i0: number, a: number, j0: number, b: number) {
    const { from, to, start, srcMask, srcExtra, tgtMask, tgtExtra } = this.pairs;
    let ms = 0;
    let ns = 0;
    let mt = 0;
    let nt = 0;
    let weakest = 1;
    // Union over the bead's target sentences of each one's matched words, kept per column.
    const colMask = this.colMask;
    const colExtra = this.colExtra;
    for (let x = 0; x < b; x++) colMask[x] = colExtra[x] = 0; // cheaper than fill() per bead
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
      const hit = Math.min(popcount(mask) + more, w);
      ms += hit;
      ns += w;
      if (w > 0) weakest = Math.min(weakest, hit / w);
    }
    for (let j = j0; j < j0 + b; j++) {
      const w = this.tgtWords[j]!;
      const hit = Math.min(popcount(colMask[j - j0]!) + colExtra[j - j0]!, w);
      mt += hit;
      nt += w;
      if (w > 0) weakest = Math.min(weakest, hit / w);
    }
    const c = this._counts;
    c.ms = ms;
    c.ns = ns;
    c.mt = mt;
    c.nt = nt;
    c.weakest = weakest;
    return c;
  }

  /** Costs of clause-count pairs worked out so far (NaN: not yet): the same few keep coming. */
  private readonly clauseCosts: Float64Array;

  private clauseCost(cs: number, ct: number, m: LengthModel): number {
    if (cs >= CLAUSE_TABLE || ct >= CLAUSE_TABLE) return lengthCost(cs, ct, m, this.tail);
    const k = cs * CLAUSE_TABLE + ct;
    let c = this.clauseCosts[k]!;
    if (c !== c) c = this.clauseCosts[k] = lengthCost(cs, ct, m, this.tail);
    return c;
  }

  /**
   * The parts of a bead's cost before their weights (TERM_NAMES), so that `cost` is the shape
   * cost plus their sum weighted by `termWeights` (bench/align-tune.ts's perceptron reads them).
   */
  terms(i0: number, a: number, j0: number, b: number): number[] {
    const s = this.sPre[i0 + a]! - this.sPre[i0]!;
    const t = this.tPre[j0 + b]! - this.tPre[j0]!;
    // A wide bead off its length window (costBelow) has no finite cost: its length term says so.
    const length =
      a + b > WIDE && this.offWindow(i0, a, j0, b)
        ? Infinity
        : lengthCost(s, t, this.model.length, this.tail);
    const out = [length, !a || !b ? 1 : 0, 0, 0, 0, 0, 0];
    if (this.model.clauses && a && b) {
      const cs = this.sCl[i0 + a]! - this.sCl[i0]!;
      const ct = this.tCl[j0 + b]! - this.tCl[j0]!;
      out[2] = this.clauseCost(cs, ct, this.model.clauses) - 1;
    }
    if (this.edges && a && b) out[3] = edgeCost(this.edges, i0, a, j0, b);
    if (this.pos && (a === 1 || b === 1) && a + b > 2) out[4] = this.crossing(i0, a, j0, b);
    if (a && b && a <= MAX_SIDE && b <= MAX_SIDE) {
      const { ms, ns, mt, nt } = this._matched(i0, a, j0, b);
      const [s1, s0] = this.ws[b - 1]!;
      const [t1, t0] = this.wt[a - 1]!;
      out[5] = -(ms * s1 + mt * t1);
      out[6] = -((ns - ms) * s0 + (nt - mt) * t0);
    }
    return out;
  }

  cost = (i0: number, a: number, j0: number, b: number, type: number): number =>
    this.costBelow(i0, a, j0, b, type, Infinity);

  /**
   * `cost`, or Infinity when a lower bound of it is already `limit` or more (the programme has
   * a cheaper way to the bead's end): its cheap terms, the order term as 0 and the lexical
   * evidence at its most, each sentence matching as many of its words as anything in the band
   * matches. About half the beads of bible-001's passes stop there, before their word matches.
   */
  costBelow = (
    i0: number,
    a: number,
    j0: number,
    b: number,
    type: number,
    limit: number,
  ): number => {
    if (a + b > WIDE && this.offWindow(i0, a, j0, b)) return Infinity;
    // The cheap terms (shape, unpaired, clauses, edges) first, then the band's bound on the
    // words without the length term (≥ 0, and the dearest of them to work out): most beads that
    // lose, lose on their words.
    let c = this.model.shapeCost[type]!;
    if (!a || !b) c += this.wUnpaired;
    else {
      if (this.model.clauses) {
        const cs = this.sCl[i0 + a]! - this.sCl[i0]!;
        const ct = this.tCl[j0 + b]! - this.tCl[j0]!;
        c += this.wClause * (this.clauseCost(cs, ct, this.model.clauses) - 1);
      }
      // Read from the scorer's own fields: models differ in shape between passes, and the
      // programme asks for millions of beads.
      if (this.edges) c += this.wEdge * edgeCost(this.edges, i0, a, j0, b);
    }
    let most = 0;
    if (limit !== Infinity && a && b) {
      most = this.mostEvidence(i0, a, j0, b);
      if (c - most >= limit) return Infinity;
    }
    const s = this.sPre[i0 + a]! - this.sPre[i0]!;
    const t = this.tPre[j0 + b]! - this.tPre[j0]!;
    c += this.wLength * lengthCost(s, t, this.model.length, this.tail);
    if (limit !== Infinity && a && b && c - most >= limit) return Infinity;
    if (this.pos && (a === 1 || b === 1) && a + b > 2)
      c += this.wOrder * this.crossing(i0, a, j0, b);
    return c - this.lexical(i0, a, j0, b);
  };

  /**
   * Whether a bead's length ratio is WINDOW or more standard deviations off the document's, as
   * the length model measures it (a square and a product: no root, no log).
   */
  private offWindow(i0: number, a: number, j0: number, b: number): boolean {
    const s = this.sPre[i0 + a]! - this.sPre[i0]!;
    const t = this.tPre[j0 + b]! - this.tPre[j0]!;
    const { ratio, variance } = this.model.length;
    const d = t - ratio * s;
    return d * d >= WINDOW * WINDOW * (s + t / ratio) * variance;
  }

  /**
   * Per band row, prefix sums along the row of each pair's matches: the source words of i that
   * j matches (popcount + extra) and the target words of j that i matches; and of the words of
   * each side's sentences. Row i's sums start at start[i] + i.
   */
  private caps?: { src: Float64Array; tgt: Float64Array; sw: Float64Array; tw: Float64Array };

  /**
   * An upper bound of `lexical` (see costBelow): a sentence matches at most the sum of what
   * each of its partners matches of it (a word two partners match counts twice here, once in
   * the bead), and at most its words; the target side likewise as a whole. A match weighs more
   * than a miss (s1 > 0 > s0), so the most matches give the most evidence.
   */
  private mostEvidence(i0: number, a: number, j0: number, b: number): number {
    const caps = (this.caps ??= this.hitCaps());
    const { from, to, start } = this.pairs;
    let ms = 0;
    let mt = 0;
    for (let i = i0; i < i0 + a; i++) {
      const f = from[i]!;
      const lo = Math.max(j0, f);
      const hi = Math.min(j0 + b, to[i]! + 1);
      if (lo >= hi) continue;
      const base = start[i]! + i - f;
      ms += Math.min(this.srcWords[i]!, caps.src[base + hi]! - caps.src[base + lo]!);
      mt += caps.tgt[base + hi]! - caps.tgt[base + lo]!;
    }
    const ns = caps.sw[i0 + a]! - caps.sw[i0]!;
    const nt = caps.tw[j0 + b]! - caps.tw[j0]!;
    mt = Math.min(mt, nt);
    return this.evidence(a, b, ms, ns, mt, nt);
  }

  private hitCaps() {
    const { from, to, start, srcMask, srcExtra, tgtMask, tgtExtra } = this.pairs;
    const n = this.srcWords.length;
    const m = this.tgtWords.length;
    const size = start[n]! + n;
    const src = new Float64Array(size);
    const tgt = new Float64Array(size);
    for (let i = 0; i < n; i++) {
      let at = start[i]!;
      let p = at + i;
      src[p] = tgt[p] = 0;
      for (let j = from[i]!; j <= to[i]!; j++, at++, p++) {
        src[p + 1] = src[p]! + popcount(srcMask[at]!) + srcExtra[at]!;
        tgt[p + 1] = tgt[p]! + popcount(tgtMask[at]!) + tgtExtra[at]!;
      }
    }
    const sw = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) sw[i + 1] = sw[i]! + this.srcWords[i]!;
    const tw = new Float64Array(m + 1);
    for (let j = 0; j < m; j++) tw[j + 1] = tw[j]! + this.tgtWords[j]!;
    return { src, tgt, sw, tw };
  }
}

/**
 * A bead of more than WIDE sentences (1-5, 1-6 and their mirrors) costs Infinity when its lengths
 * are WINDOW or more standard deviations off: such beads are rare, and most of the band's are
 * nowhere near the right lengths, so they never get as far as their word matching. Without it
 * the wide types cost bible-001 a quarter more time; mac-dev's F1 is the same at 2, 3 or 4.
 */
const WIDE = 5;
const WINDOW = 3;

/** Clause counts below this have their cost kept (a bead has a handful: a small table). */
const CLAUSE_TABLE = 16;

function prefix(f: SentenceFeatures[], of: (x: SentenceFeatures) => number): Float64Array {
  const p = new Float64Array(f.length + 1);
  for (let i = 0; i < f.length; i++) p[i + 1] = p[i]! + of(f[i]!);
  return p;
}
