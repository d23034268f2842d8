// The same PairMatches as evidence.ts `pairMatches`, computed from the other end: instead of
// testing every word of every pair in the band against the partner's offer, each word's keys are
// looked up in an inverted index (key → the partner sentences, sorted, that offer it) and only the
// partners that do offer one of them are visited. Where sentences are big and most keys rare —
// the coarse pass's blocks of 16 sentences, a Chinese side's pinyin runs — that is a fraction of
// the work; on sentences too (bible-001's two passes: 2–3× quicker). The result is identical, bit
// for bit (tests/core/align/pair-index.test.ts).
import type { Band } from './band.js';
import { emptyPairMatches, type PairMatches } from './evidence.js';
import type { SentenceFeatures } from './features.js';

/**
 * Key → sentences offering it, as compressed rows (`at[key]…at[key+1]` in `ids`), and a cursor
 * per key into its row (starting at its head).
 */
function invertedIndex(
  f: SentenceFeatures[],
  vocabSize: number,
): { at: Int32Array; ids: Int32Array; cursor: Int32Array } {
  const at = new Int32Array(vocabSize + 1);
  for (const s of f) for (const id of s.offer) at[id + 1]!++;
  for (let k = 0; k < vocabSize; k++) at[k + 1]! += at[k]!;
  const fill = at.slice(0, vocabSize);
  const ids = new Int32Array(at[vocabSize]!);
  // Sentences in order, so each row comes out sorted.
  f.forEach((s, i) => {
    for (const id of s.offer) ids[fill[id]!++] = i;
  });
  return { at, ids, cursor: at.slice(0, vocabSize) };
}

/**
 * First position in key's row holding a sentence ≥ x. The sentences asked for never go back
 * (each loop below asks for a range that moves forward), so the key's cursor only moves
 * forward: every row is walked once in all, where a binary search per look-up cost more.
 */
function seek(
  index: { at: Int32Array; ids: Int32Array; cursor: Int32Array },
  key: number,
  x: number,
): number {
  const { ids, cursor } = index;
  const end = index.at[key + 1]!;
  let p = cursor[key]!;
  while (p < end && ids[p]! < x) p++;
  cursor[key] = p;
  return p;
}

export function pairMatchesIndexed(
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  band: Band,
  vocabSize: number,
  /** Only the source sentences from here on (the rest stay zero): another thread's share. */
  fromRow = 0,
): PairMatches {
  const n = src.length;
  const m = tgt.length;
  const out = emptyPairMatches(n, m, band);
  const { from, to, start } = out;
  // Source sentences whose range holds target j: a contiguous run, since the ranges are monotone.
  const firstI = new Int32Array(m).fill(n);
  const lastI = new Int32Array(m).fill(-1);
  for (let i = fromRow; i < n; i++) {
    for (let j = from[i]!; j <= to[i]!; j++) {
      if (firstI[j] === n) firstI[j] = i;
      lastI[j] = i;
    }
  }
  // Target words against source offers: for each word of target j, the sources in j's run that
  // offer one of its keys. `seen[i]` = the last word (numbered across the side) that counted for
  // i, so a word matched through two keys counts once.
  const srcIndex = invertedIndex(src, vocabSize);
  let seen = new Int32Array(n).fill(-1);
  let serial = 0;
  for (let j = 0; j < m; j++) {
    const lo = firstI[j]!;
    const hi = lastI[j]!;
    const words = tgt[j]!.words;
    for (let w = 0; w < words.length; w++, serial++) {
      if (hi < lo) continue;
      const keys = words[w]!;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const end = srcIndex.at[key + 1]!;
        for (let p = seek(srcIndex, key, lo); p < end; p++) {
          const i = srcIndex.ids[p]!;
          if (i > hi) break;
          if (seen[i] === serial) continue;
          seen[i] = serial;
          const at = start[i]! + j - from[i]!;
          if (w < 32) out.tgtMask[at] = out.tgtMask[at]! | (1 << w);
          else out.tgtExtra[at]!++;
        }
      }
    }
  }
  // Source words against target offers: the targets of i's range that offer one of its keys.
  const tgtIndex = invertedIndex(tgt, vocabSize);
  seen = new Int32Array(m).fill(-1);
  serial = 0;
  for (let i = fromRow; i < n; i++) {
    const lo = from[i]!;
    const hi = to[i]!;
    const words = src[i]!.words;
    for (let w = 0; w < words.length; w++, serial++) {
      if (hi < lo) continue;
      const keys = words[w]!;
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k]!;
        const end = tgtIndex.at[key + 1]!;
        for (let p = seek(tgtIndex, key, lo); p < end; p++) {
          const j = tgtIndex.ids[p]!;
          if (j > hi) break;
          if (seen[j] === serial) continue;
          seen[j] = serial;
          const at = start[i]! + j - lo;
          if (w < 32) out.srcMask[at] = out.srcMask[at]! | (1 << w);
          else out.srcExtra[at]!++;
        }
      }
    }
  }
  return out;
}
