// Sentence features carried between threads: one side's features are computed in a worker
// with the worker's own vocabulary, packed into a few flat typed arrays (transferred, not
// copied) and the vocabulary's keys, and unpacked into the main thread's vocabulary. Keys are
// taken in the worker's id order, which is the order they first appear, so they get the very
// ids one thread working through both sides in turn would have given them.
import type { SentenceFeatures, Vocabulary } from './features.js';

export interface PackedFeatures {
  /** Vocabulary keys, in id order. */
  keys: string[];
  len: Int32Array;
  clauses: Int32Array;
  /** Words per sentence, keys per word, then every word's keys in order. */
  wordCount: Int32Array;
  keyCount: Int32Array;
  wordKeys: Int32Array;
  /** Offered keys per sentence, then every sentence's offer in order. */
  offerCount: Int32Array;
  offers: Int32Array;
}

/** `vocab` undefined: no keys are sent (the receiver uses the same ids: see unpackFeatures). */
export function packFeatures(
  f: readonly SentenceFeatures[],
  vocab: Vocabulary | undefined,
): PackedFeatures {
  let words = 0;
  let keys = 0;
  let offered = 0;
  for (const s of f) {
    words += s.words.length;
    for (const w of s.words) keys += w.length;
    offered += s.offer.length;
  }
  const out: PackedFeatures = {
    keys: vocab ? vocab.keys() : [],
    len: Int32Array.from(f, (s) => s.len),
    clauses: Int32Array.from(f, (s) => s.clauses),
    wordCount: Int32Array.from(f, (s) => s.words.length),
    keyCount: new Int32Array(words),
    wordKeys: new Int32Array(keys),
    offerCount: Int32Array.from(f, (s) => s.offer.length),
    offers: new Int32Array(offered),
  };
  let w = 0;
  let k = 0;
  let o = 0;
  for (const s of f) {
    for (const ids of s.words) {
      out.keyCount[w++] = ids.length;
      out.wordKeys.set(ids, k);
      k += ids.length;
    }
    out.offers.set(s.offer, o);
    o += s.offer.length;
  }
  return out;
}

/** The typed arrays' buffers, for postMessage's transfer list. */
export const packedBuffers = (p: PackedFeatures): ArrayBuffer[] =>
  [p.len, p.clauses, p.wordCount, p.keyCount, p.wordKeys, p.offerCount, p.offers].map(
    (a) => a.buffer as ArrayBuffer,
  );

/**
 * Features in `vocab`'s ids (the packed arrays are rewritten in place and shared by views), or
 * without a vocabulary in the sender's own ids.
 */
export function unpackFeatures(
  p: PackedFeatures,
  vocab: Vocabulary | undefined,
): SentenceFeatures[] {
  if (vocab) {
    const map = Int32Array.from(p.keys, (key) => vocab.id(key));
    for (let k = 0; k < p.wordKeys.length; k++) p.wordKeys[k] = map[p.wordKeys[k]!]!;
    for (let k = 0; k < p.offers.length; k++) p.offers[k] = map[p.offers[k]!]!;
  }
  const out: SentenceFeatures[] = [];
  let w = 0;
  let k = 0;
  let o = 0;
  for (let i = 0; i < p.len.length; i++) {
    const words: Int32Array[] = [];
    for (let x = 0; x < p.wordCount[i]!; x++) {
      const n = p.keyCount[w++]!;
      words.push(p.wordKeys.subarray(k, k + n));
      k += n;
    }
    const offer = p.offers.subarray(o, o + p.offerCount[i]!);
    o += offer.length;
    // Sorted, as the features promise: the ids are new ones.
    if (vocab) offer.sort();
    out.push({ len: p.len[i]!, clauses: p.clauses[i]!, words, offer });
  }
  return out;
}
