// A translation table learned from the document itself: words of the two sides that keep
// turning up in the same beads of the first pass are taken to translate each other, and become
// extra keys for the second pass. A novel repeats its names and its own vocabulary (队长 → "team
// leader" where the dictionary says "captain"); no dictionary has them all, every document does.
// Only words a bead's other side does not already match take part (competitive linking's idea):
// a word the dictionary explains is no candidate partner for the words it does not, so a frequent
// matched word ("say", 说) no longer crowds the counts of the rare unmatched ones.
import type { PathStep } from './dp.js';
import type { SentenceFeatures } from './features.js';

/** A pair must meet in at least this many beads… */
export const MIN_TOGETHER = 2;
/** …and in this share of the beads either word is in (the Dice coefficient). */
export const MIN_DICE = 0.4;
/** …and this many times as often as two words of their frequencies would meet by chance. */
export const MIN_LIFT = 2;
/** Learned partners kept per word, best first. */
export const MAX_PARTNERS = 2;

/** A word's identity: its first key (the Chinese word itself, or an English stem). */
const identity = (w: Int32Array): number => w[0]!;

/**
 * Distinct identities of the words of sentences f[from, from+count) that no key the other side's
 * run g[gFrom, gFrom+gCount) offers matches, in order of first appearance, as dense indices
 * (`ids`; `seen`: index → last stamp).
 */
function unmatchedOf(
  f: SentenceFeatures[],
  from: number,
  count: number,
  g: SentenceFeatures[],
  gFrom: number,
  gCount: number,
  ids: Ids,
  stamp: number,
  offer: Offered,
  out: number[],
): number[] {
  const mark = offer.fill(g, gFrom, gCount);
  const at = offer.at;
  out.length = 0;
  for (let i = from; i < from + count; i++) {
    for (const w of f[i]!.words) {
      let matched = false;
      for (let x = 0; x < w.length && !matched; x++)
        matched = w[x]! < at.length && at[w[x]!] === mark;
      if (matched) continue;
      const x = ids.index(identity(w));
      if (ids.seen[x] === stamp) continue;
      ids.seen[x] = stamp;
      out.push(x);
    }
  }
  return out;
}

/**
 * The keys some sentences offer, as a stamp per key id (the stamp of the last fill that met it):
 * a Set cleared and refilled per bead reallocated its table every time (~30 MB a bible-001 run).
 */
class Offered {
  at = new Int32Array(16);
  private stamp = 0;
  /** Marks every key g[from, from+count) offers; returns the stamp that marks them. */
  fill(g: SentenceFeatures[], from: number, count: number): number {
    const mark = ++this.stamp;
    for (let j = from; j < from + count; j++) {
      const offer = g[j]!.offer;
      for (let x = 0; x < offer.length; x++) {
        const k = offer[x]!;
        if (k >= this.at.length) {
          const grown = new Int32Array(Math.max(k + 1, 2 * this.at.length));
          grown.set(this.at);
          this.at = grown;
        }
        this.at[k] = mark;
      }
    }
    return mark;
  }
}

/** One side's word identities as dense indices 0…size-1, in order of first appearance. */
class Ids {
  readonly identity: number[] = [];
  seen = new Int32Array(16).fill(-1);
  private dense = new Int32Array(16);
  index(id: number): number {
    if (id >= this.dense.length) {
      const d = new Int32Array(Math.max(2 * this.dense.length, id + 1));
      d.set(this.dense);
      this.dense = d;
    }
    let x = this.dense[id]! - 1;
    if (x < 0) {
      x = this.identity.length;
      this.identity.push(id);
      this.dense[id] = x + 1;
      if (x >= this.seen.length) {
        const s = new Int32Array(2 * this.seen.length).fill(-1);
        s.set(this.seen);
        this.seen = s;
      }
    }
    return x;
  }
}

/**
 * Source word identity → target word identities it translates, learned from the beads of a
 * pass over the words each bead leaves unmatched (counts, Dice and chance rate alike are over
 * those: mac-dev 0.898/0.908 → 0.902/0.909 F1 against counting every word).
 *
 * Counted one source word at a time over the beads it is in, into a dense array over the
 * target words (a Map of Maps, a row per source word, was most of this function's time); a
 * row's partners come in the order the pair was first met, as the Map's row kept them, so ties
 * in the Dice coefficient fall as they did.
 */
export function learnPairs(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  steps: PathStep[],
): Map<number, number[]> {
  const sIds = new Ids();
  const tIds = new Ids();
  /** Beads each source word is in, in order. */
  const beadsOf: number[][] = [];
  /** Each bead's target words: twAt[k]…twAt[k+1] in tws. */
  const twAt: number[] = [0];
  const tws: number[] = [];
  const tgtCount: number[] = [];
  const sw: number[] = [];
  const tw: number[] = [];
  const offer = new Offered();
  let beads = 0;
  for (const s of steps) {
    if (!s.a || !s.b) continue;
    unmatchedOf(src, s.i0, s.a, tgt, s.j0, s.b, sIds, beads, offer, sw);
    unmatchedOf(tgt, s.j0, s.b, src, s.i0, s.a, tIds, beads, offer, tw);
    for (const y of tw) {
      tgtCount[y] = (tgtCount[y] ?? 0) + 1;
      tws.push(y);
    }
    twAt.push(tws.length);
    for (const x of sw) (beadsOf[x] ??= []).push(beads);
    beads++;
  }
  const count = new Int32Array(tIds.identity.length);
  const met: number[] = [];
  const out = new Map<number, number[]>();
  // Source words in the order they were first met, as the Map of rows kept them.
  for (let x = 0; x < beadsOf.length; x++) {
    const list = beadsOf[x]!;
    met.length = 0;
    for (const k of list) {
      for (let at = twAt[k]!; at < twAt[k + 1]!; at++) {
        const y = tws[at]!;
        if (count[y]++ === 0) met.push(y);
      }
    }
    const cx = list.length;
    const best: [number, number][] = [];
    for (const y of met) {
      const c = count[y]!;
      count[y] = 0;
      if (c < MIN_TOGETHER) continue;
      const cy = tgtCount[y]!;
      const dice = (2 * c) / (cx + cy);
      if (dice >= MIN_DICE && c * beads >= MIN_LIFT * cx * cy) best.push([y, dice]);
    }
    if (!best.length) continue;
    best.sort((a, b) => b[1] - a[1]);
    out.set(
      sIds.identity[x]!,
      best.slice(0, MAX_PARTNERS).map(([y]) => tIds.identity[y]!),
    );
  }
  return out;
}

/**
 * Source features with each word's learned partners added to its keys (and to the offer). A
 * word's keys are one array shared by every sentence with the word (features.ts), so each is
 * extended once; the offer already holds every key of the sentence's words, so only the added
 * keys join it (a Set of the whole offer and a sort with a comparator per sentence cost more).
 */
export function withLearned(
  src: SentenceFeatures[],
  pairs: Map<number, number[]>,
): SentenceFeatures[] {
  if (!pairs.size) return src;
  const extended = new Map<Int32Array, Int32Array>();
  const extend = (w: Int32Array): Int32Array => {
    let out = extended.get(w);
    if (out) return out;
    const extra = pairs.get(identity(w));
    const add = extra ? extra.filter((y) => !w.includes(y)) : [];
    out = add.length ? Int32Array.from([...w, ...add]) : w;
    extended.set(w, out);
    return out;
  };
  return src.map((f) => {
    let added = 0;
    const words = f.words.map((w) => {
      const out = extend(w);
      added += out.length - w.length;
      return out;
    });
    if (!added) return f;
    const all = new Int32Array(f.offer.length + added);
    all.set(f.offer);
    let at = f.offer.length;
    words.forEach((w, k) => {
      const before = f.words[k]!.length;
      if (w.length > before) {
        all.set(w.subarray(before), at);
        at += w.length - before;
      }
    });
    all.sort();
    let unique = 0;
    for (let x = 0; x < all.length; x++)
      if (x === 0 || all[x] !== all[x - 1]) all[unique++] = all[x]!;
    return { ...f, words, offer: all.slice(0, unique) };
  });
}
