// Two small per-unit keys the candidate index (gram-index.ts) keeps beside its bigrams, 4 bytes a
// unit each:
//
// - the hash of a unit's source with its whitespace normalised, and the units sorted by it: a
//   100 % match is found by its text, never left to the bigram search, whose cap on units scored
//   can miss it among thousands of units that differ from it only in numbers;
// - a 32-bit mask of the values of its numbers (two bits a value): the bigrams count every number
//   as the same token, so among units sharing as many bigrams the ones whose numbers are the
//   query's are scored first (equal numbers cost no penalty, changed ones do).
import { normalizeSpaces, numberValue, tmTokens, type TmToken } from './tokens.js';

/** 32-bit FNV-1a with a final mix: spread enough for a sorted table and a mask's bits. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** The hash two texts share when they are the same for the match score (whitespace aside). */
export const exactHash = (text: string): number => textHash(normalizeSpaces(text));

/** The two bits one number value sets in a mask. */
export function valueBits(value: string): number {
  const h = textHash(value);
  return ((1 << (h & 31)) | (1 << ((h >>> 5) & 31))) >>> 0;
}

/** The mask of the number values among these tokens (0 without numbers). */
export function numberMask(tokens: readonly TmToken[]): number {
  let mask = 0;
  for (const t of tokens) if (t.kind === 'number') mask |= valueBits(numberValue(t.text));
  return mask >>> 0;
}

const DIGIT = /[0-9０-９]/;

/** `numberMask` of a text, tokenising it only when it has a digit. */
export const numberMaskOf = (text: string): number =>
  DIGIT.test(text) ? numberMask(tmTokens(text)) : 0;

/**
 * Slots sorted by a 32-bit key: two counting passes over 16 bits each (stable, so equal keys
 * keep slot order), linear where a comparison sort of a million slots is not.
 */
export function sortByKey(slots: Uint32Array, key: Uint32Array): Uint32Array {
  let a = slots;
  let b: Uint32Array = new Uint32Array(slots.length);
  for (const shift of [0, 16]) {
    const at = new Uint32Array(65537);
    for (let i = 0; i < a.length; i++)
      at[(((key[a[i] as number] as number) >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d <= 65536; d++) at[d]! += at[d - 1] as number;
    for (let i = 0; i < a.length; i++) {
      const s = a[i] as number;
      b[at[((key[s] as number) >>> shift) & 0xffff]!++] = s;
    }
    [a, b] = [b, a];
  }
  return a;
}

/** Two runs of slots sorted by `key`, merged. */
export function mergeByKey(x: Uint32Array, y: Uint32Array, key: Uint32Array): Uint32Array {
  const out = new Uint32Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < x.length && j < y.length) {
    const a = x[i] as number;
    const b = y[j] as number;
    if ((key[b] as number) < (key[a] as number)) {
      out[o++] = b;
      j++;
    } else {
      out[o++] = a;
      i++;
    }
  }
  while (i < x.length) out[o++] = x[i++] as number;
  while (j < y.length) out[o++] = y[j++] as number;
  return out;
}

/** Where the first slot with key `k` is (or would be) in `sorted`. */
export function lowerBound(sorted: Uint32Array, key: Uint32Array, k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((key[sorted[mid] as number] as number) < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
