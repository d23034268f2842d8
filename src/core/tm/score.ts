// The match score, defined once (README, "Translation memory"):
//
//   content tokens = Han characters one by one, other words, numbers (all numbers one key,
//                    words compared lower-cased); punctuation and inline codes are not content
//   base           = floor(100 × (1 − D / max(|a|, |b|))), D = edit distance over content tokens
//   score          = base − penalties, where the penalties are small and for differences only in
//                    numbers (1 a number, at most 2), punctuation (1), case (1) and inline codes
//                    (1, or 2 when their count differs by 2 or more)
//   100            only for the same text (whitespace differences aside); anything else is ≤ 99
//
// So two sources that differ only in numbers, punctuation, case or codes score 94–99, and the
// edit distance over characters (Chinese) or words (English) decides everything else.
import type { LangCode } from '../text/lang.js';
import {
  contentKey,
  isContent,
  normalizeSpaces,
  numberValue,
  tmTokens,
  type TmToken,
} from './tokens.js';

/** Content keys → small integers, so distances compare numbers. */
export class Vocab {
  private readonly ids = new Map<string, number>();
  /** 0 is never a token; 1 and 2 mark the start and end of a text for n-grams. */
  private next = 3;
  get size(): number {
    return this.ids.size;
  }
  /** The id of a key, adding it when new. */
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.next++));
    return id;
  }
  /** The id of a known key, or undefined. */
  get(key: string): number | undefined {
    return this.ids.get(key);
  }
  /** Every key in id order (ids are dense from 3), to rebuild the same vocabulary. */
  keys(): string[] {
    return [...this.ids.keys()];
  }
  static from(keys: readonly string[]): Vocab {
    const v = new Vocab();
    for (const k of keys) v.id(k);
    return v;
  }
}

/** One text, ready to be scored against many others. */
export interface Prepared {
  /** The text with whitespace normalised: equal for an exact match. */
  norm: string;
  /** Content token ids. */
  ids: Int32Array;
  /** Number values, in order. */
  numbers: string[];
  /** Punctuation and symbols, joined in order. */
  punct: string;
  /** Words as written (not lower-cased), for the case penalty. */
  words: string[];
  /** Where the codes stand: the number of content tokens before each code, joined. */
  codes: string;
  codeCount: number;
}

/** Unknown keys get ids above every vocabulary id, fresh per call, so they never match. */
export function prepare(
  text: string,
  vocab: Vocab,
  addNew = true,
  tokens: TmToken[] = tmTokens(text),
): Prepared {
  const ids: number[] = [];
  const numbers: string[] = [];
  const words: string[] = [];
  let punct = '';
  const codes: number[] = [];
  let unknown = -1;
  for (const t of tokens) {
    if (isContent(t)) {
      const key = contentKey(t);
      ids.push(addNew ? vocab.id(key) : (vocab.get(key) ?? unknown--));
      if (t.kind === 'number') numbers.push(numberValue(t.text));
      else if (t.kind === 'word') words.push(t.text);
    } else if (t.kind === 'code') codes.push(ids.length);
    else punct += t.text;
  }
  return {
    norm: normalizeSpaces(text),
    ids: Int32Array.from(ids),
    numbers,
    punct,
    words,
    codes: codes.join(','),
    codeCount: codes.length,
  };
}

let rowA = new Int32Array(256);
let rowB = new Int32Array(256);

/**
 * Edit distance (insert, delete, substitute: 1 each) between two id sequences, or `max + 1` as
 * soon as it is known to exceed `max`: the common prefix and suffix are skipped, a length
 * difference above `max` stops at once, and a row whose every cell exceeds `max` ends it.
 */
export function boundedDistance(
  a: Int32Array | Uint32Array | Uint16Array,
  b: Int32Array | Uint32Array | Uint16Array,
  max: number,
): number {
  let s = 0;
  let ea = a.length;
  let eb = b.length;
  while (s < ea && s < eb && a[s] === b[s]) s++;
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  const n = ea - s;
  const m = eb - s;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 1);
    rowB = new Int32Array(m * 2 + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a[s + i - 1];
    for (let j = 1; j <= m; j++) {
      const sub = (prev[j - 1] as number) + (ai === b[s + j - 1] ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] as number;
}

/** How many values of `a` have no equal in `b`, or the other way round, whichever is more. */
function multisetDifference(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of b) {
    const k = left.get(x) ?? 0;
    if (k > 0) {
      common++;
      left.set(x, k - 1);
    }
  }
  return Math.max(a.length, b.length) - common;
}

/** True when a word of one side appears in the other only in another case. */
function caseDiffers(a: readonly string[], b: readonly string[]): boolean {
  if (a.join(' ') === b.join(' ')) return false;
  const exact = new Set(b);
  const folded = new Set(b.map((w) => w.toLowerCase()));
  for (const w of a) if (!exact.has(w) && folded.has(w.toLowerCase())) return true;
  return false;
}

/** The small penalties for differences in numbers, punctuation, case and inline codes. */
export function penalties(a: Prepared, b: Prepared): number {
  let p = Math.min(2, multisetDifference(a.numbers, b.numbers));
  if (a.punct !== b.punct) p += 1;
  if (caseDiffers(a.words, b.words) || caseDiffers(b.words, a.words)) p += 1;
  if (a.codes !== b.codes) p += Math.abs(a.codeCount - b.codeCount) >= 2 ? 2 : 1;
  return p;
}

/** The most content edits a pair of these lengths may have and still reach `min`. */
export function maxDistanceFor(lenA: number, lenB: number, min: number): number {
  const m = Math.max(lenA, lenB);
  return Math.floor((m * (100 - Math.max(0, min))) / 100);
}

/** The base score from a distance and the two content lengths. */
export function baseScore(distance: number, lenA: number, lenB: number): number {
  const m = Math.max(lenA, lenB);
  return m === 0 ? 100 : Math.floor((100 * (m - distance)) / m);
}

/**
 * The score of two prepared texts (same vocabulary), or -1 when it is certainly below `min`
 * (the distance stops early then).
 */
export function scorePrepared(a: Prepared, b: Prepared, min = 0): number {
  if (a.norm === b.norm) return 100;
  const max = maxDistanceFor(a.ids.length, b.ids.length, min);
  const d = boundedDistance(a.ids, b.ids, max);
  if (d > max) return -1;
  const score = Math.min(99, baseScore(d, a.ids.length, b.ids.length) - penalties(a, b));
  return score < min ? -1 : Math.max(0, score);
}

/**
 * The match score of two sentences, 0–100 (see the definition above). `lang` is the language
 * of both; tokens are told apart by script, so it does not change the result today.
 */
export function matchScore(a: string, b: string, _lang: LangCode): number {
  const vocab = new Vocab();
  return Math.max(0, scorePrepared(prepare(a, vocab), prepare(b, vocab)));
}
