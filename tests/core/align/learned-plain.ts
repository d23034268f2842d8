// learnPairs (over the words each bead leaves unmatched) as learned.ts wrote it with a Map of
// Maps, before counting per source word: the reference the quick version must equal, partners,
// their order and the map's order alike (with learned.ts's own thresholds); withLearned as it
// was, with a Set of the offer per sentence.
import type { PathStep } from '../../../src/core/align/dp.js';
import type { SentenceFeatures } from '../../../src/core/align/features.js';
import { MAX_PARTNERS, MIN_DICE, MIN_LIFT, MIN_TOGETHER } from '../../../src/core/align/learned.js';

/** A word's identity: its first key (the Chinese word itself, or an English stem). */
const identity = (w: Int32Array): number => w[0]!;

/**
 * Distinct identities of the words of a run of sentences (f[from, from+count)) that no key the
 * other side's run (g[gFrom, gFrom+gCount)) offers matches.
 */
function unmatchedOf(
  f: SentenceFeatures[],
  from: number,
  count: number,
  g: SentenceFeatures[],
  gFrom: number,
  gCount: number,
): Set<number> {
  const offer = new Set<number>();
  for (let j = gFrom; j < gFrom + gCount; j++) for (const k of g[j]!.offer) offer.add(k);
  const out = new Set<number>();
  for (let i = from; i < from + count; i++)
    for (const w of f[i]!.words) if (!w.some((k) => offer.has(k))) out.add(identity(w));
  return out;
}

/**
 * Source word identity → target word identities it translates, learned from the beads of a
 * pass. Word pairs that the features already match (shared keys) need no learning but do no
 * harm either: a word counts once however many of its keys match.
 */
export function plainLearnPairs(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  steps: PathStep[],
): Map<number, number[]> {
  const together = new Map<number, Map<number, number>>();
  const srcCount = new Map<number, number>();
  const tgtCount = new Map<number, number>();
  let beads = 0;
  for (const s of steps) {
    if (!s.a || !s.b) continue;
    beads++;
    const sw = unmatchedOf(src, s.i0, s.a, tgt, s.j0, s.b);
    const tw = unmatchedOf(tgt, s.j0, s.b, src, s.i0, s.a);
    for (const y of tw) tgtCount.set(y, (tgtCount.get(y) ?? 0) + 1);
    for (const x of sw) {
      srcCount.set(x, (srcCount.get(x) ?? 0) + 1);
      let row = together.get(x);
      if (!row) together.set(x, (row = new Map()));
      for (const y of tw) row.set(y, (row.get(y) ?? 0) + 1);
    }
  }
  const out = new Map<number, number[]>();
  for (const [x, row] of together) {
    const cx = srcCount.get(x)!;
    const best: [number, number][] = [];
    for (const [y, c] of row) {
      if (c < MIN_TOGETHER) continue;
      const cy = tgtCount.get(y)!;
      const dice = (2 * c) / (cx + cy);
      if (dice >= MIN_DICE && c * beads >= MIN_LIFT * cx * cy) best.push([y, dice]);
    }
    if (!best.length) continue;
    best.sort((a, b) => b[1] - a[1]);
    out.set(
      x,
      best.slice(0, MAX_PARTNERS).map(([y]) => y),
    );
  }
  return out;
}
/** Source features with each word's learned partners added to its keys (and to the offer). */
export function plainWithLearned(
  src: SentenceFeatures[],
  pairs: Map<number, number[]>,
): SentenceFeatures[] {
  if (!pairs.size) return src;
  return src.map((f) => {
    let changed = false;
    const words = f.words.map((w) => {
      const extra = pairs.get(identity(w));
      if (!extra) return w;
      const add = extra.filter((y) => !w.includes(y));
      if (!add.length) return w;
      changed = true;
      return Int32Array.from([...w, ...add]);
    });
    if (!changed) return f;
    const offer = new Set(f.offer);
    for (const w of words) for (const id of w) offer.add(id);
    return { ...f, words, offer: Int32Array.from([...offer].sort((a, b) => a - b)) };
  });
}
