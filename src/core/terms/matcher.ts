// Finds known token sequences in a text, longest first and never inside a longer one: every
// position's longest match is a candidate, and candidates are taken longest first, skipping any
// that overlaps one already taken (开源 is not found inside 开源峰会 when 开源峰会 is known).
// The sequences live in one Map keyed by their joined tokens, and only the lengths that some
// sequence has are tried: a 100,000-term list costs a few hundred lookups per row. A match whose
// edge is a Han character next to another must keep to the text's words (see words.ts); where
// it does not, the position's next shorter sequence is tried. Recognition also meets a word's
// solid and split spellings (email, e-mail, e mail; WiFi, Wi-Fi; database, data base).
import { keyOf, tokenize, wordKey, type Token } from './tokens.js';
import { ChineseWords } from './words.js';

export interface Match<V> {
  /** Token indices [from, to) and UTF-16 offsets [start, end). */
  from: number;
  to: number;
  start: number;
  end: number;
  value: V;
}

/** The most words written apart that are read as one (Wi-Fi, e-mail; in-service-training). */
const MAX_JOINED = 3;

/** Words that, written before another, are mostly a phrase of their own: a typical, in valid. */
const LITTLE_WORDS = new Set(
  'a an the in on at to be by of no not for from with may can any some every all over under out'.split(
    ' ',
  ),
);

export class SequenceMatcher<V> {
  /**
   * `keyOfWord` keys words (tokenize's): `wordKey` to recognise, `inflectionKey` to check.
   * `joins`: whether two or three words written apart meet the one word they make, and back, and
   * an abbreviation's points are inside its word (U.S. = US). QA leaves it off, since a style
   * guide may forbid e-mail where it prefers email, or U.S. where it prefers US.
   */
  constructor(
    private readonly keyOfWord: (w: string) => string = wordKey,
    private readonly joins = keyOfWord === wordKey,
  ) {}

  readonly #map = new Map<string, V>();
  /**
   * Per key, the token positions an acronym holds in every sequence stored under it: there the
   * text must be written in capitals too, so the term IT is not found in "it" nor US in "us",
   * while a term in small letters is found however the text writes it (SUMMIT, Summit).
   */
  readonly #caps = new Map<string, number[]>();
  /** Token counts present, longest first. */
  #lengths: number[] = [];
  /** A split term's key (e-mail's) by the key of its words written as one (email). */
  readonly #solid = new Map<string, string>();

  get size(): number {
    return this.#map.size;
  }

  /** The value stored under a text's key, if any. */
  get(text: string): V | undefined {
    return this.#map.get(this.#keyOf(text));
  }

  /**
   * Forgets a text's key and what is stored under it. The token count it had stays among those
   * tried: a look-up that finds nothing there costs little.
   */
  delete(text: string): void {
    const tokens = tokenize(text, this.keyOfWord, this.joins);
    const key = keyOf(tokens.map((t) => t.key));
    this.#map.delete(key);
    this.#caps.delete(key);
    const solid = this.#solidKey(tokens, 0, tokens.length);
    if (solid !== undefined && this.#solid.get(solid) === key) this.#solid.delete(solid);
  }

  /** The keys whose values pass `test` (a scan of every key). */
  keysWhere(test: (value: V) => boolean): string[] {
    const out: string[] = [];
    for (const [key, value] of this.#map) if (test(value)) out.push(key);
    return out;
  }

  /** Forgets a key `keysWhere` gave, and the solid spelling that led to it. */
  deleteKey(key: string): void {
    this.#map.delete(key);
    this.#caps.delete(key);
    for (const [solid, split] of this.#solid) if (split === key) this.#solid.delete(solid);
  }

  #keyOf(text: string): string {
    return keyOf(tokenize(text, this.keyOfWord, this.joins).map((t) => t.key));
  }

  /** The value stored for a text's key, created with `make` when new. */
  upsert(text: string, make: () => V): V | undefined {
    const tokens = tokenize(text, this.keyOfWord, this.joins);
    const keys = tokens.map((t) => t.key);
    if (keys.length === 0) return undefined;
    const key = keyOf(keys);
    const caps = tokens.flatMap((t, i) => (t.caps ? [i] : []));
    let v = this.#map.get(key);
    if (v !== undefined) {
      // Two spellings of one key (IT and it): capitals are needed only where both have them.
      const had = this.#caps.get(key);
      const both = had?.filter((p) => caps.includes(p)) ?? [];
      if (both.length > 0) this.#caps.set(key, both);
      else this.#caps.delete(key);
    } else {
      v = make();
      this.#map.set(key, v);
      if (caps.length > 0) this.#caps.set(key, caps);
      const solid =
        !this.joins || caps.length ? undefined : this.#solidKey(tokens, 0, tokens.length);
      if (solid !== undefined && !this.#solid.has(solid)) this.#solid.set(solid, key);
      // A term written apart is looked for at one token too, written as one.
      for (const n of solid === undefined ? [keys.length] : [keys.length, 1])
        if (!this.#lengths.includes(n)) {
          this.#lengths.push(n);
          this.#lengths.sort((a, b) => b - a);
        }
    }
    return v;
  }

  /**
   * Every position's longest match, overlapping ones included. `words`, the text's words, refuse
   * a Chinese match across them; without it none is refused.
   */
  candidates(tokens: readonly Token[], words?: ChineseWords): Match<V>[] {
    const out: Match<V>[] = [];
    const keys = tokens.map((t) => t.key);
    for (let i = 0; i < keys.length; i++) {
      let longest = 0;
      for (const n of this.#lengths) {
        if (i + n > keys.length) continue;
        let key = n === 1 ? keys[i]! : keyOf(keys.slice(i, i + n));
        // email in the text, e-mail in the termbase.
        if (n === 1 && this.joins && !this.#map.has(key)) key = this.#solid.get(key) ?? key;
        const v = this.#map.get(key);
        if (v === undefined) continue;
        const caps = this.#caps.get(key);
        if (caps && !caps.every((p) => tokens[i + p]!.caps)) continue;
        const start = tokens[i]!.start;
        const end = tokens[i + n - 1]!.end;
        if (words && inWords(tokens, i, i + n) && !words.fits(start, end)) continue;
        out.push({ from: i, to: i + n, start, end, value: v });
        longest = n;
        break;
      }
      // e-mail or e mail in the text, email in the termbase: longer than what was found, if any.
      if (!this.joins) continue;
      for (let n = Math.min(MAX_JOINED, keys.length - i); n > Math.max(1, longest); n--) {
        const key = this.#solidKey(tokens, i, i + n);
        const v = key === undefined || this.#caps.has(key) ? undefined : this.#map.get(key);
        if (v === undefined) continue;
        const m = { from: i, to: i + n, start: tokens[i]!.start, end: tokens[i + n - 1]!.end };
        if (longest) out[out.length - 1] = { ...m, value: v };
        else out.push({ ...m, value: v });
        break;
      }
    }
    return out;
  }

  /**
   * The key of tokens [from, to) written as one word, when they are two or three words apart by
   * one hyphen or space each: undefined otherwise. Across a space, not after a little word that
   * would make another word (a typical is not atypical, in valid not invalid).
   */
  #solidKey(tokens: readonly Token[], from: number, to: number): string | undefined {
    if (to - from < 2 || to - from > MAX_JOINED) return undefined;
    let joined = tokens[from]!.word;
    if (joined === undefined) return undefined;
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k]!;
      const before = tokens[k - 1]!;
      if (t.word === undefined || t.start - before.end > 1) return undefined;
      if (!t.hyphen && LITTLE_WORDS.has(before.word!)) return undefined;
      joined += t.word;
    }
    return this.keyOfWord(joined);
  }

  /** Non-overlapping matches, longest first, returned in text order. */
  find(text: string): Match<V>[] {
    const cands = this.candidates(
      tokenize(text, this.keyOfWord, this.joins),
      new ChineseWords(text),
    );
    if (cands.length < 2) return cands;
    const byLength = [...cands].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken: Match<V>[] = [];
    const used = new Uint8Array(Math.max(...cands.map((c) => c.to)));
    for (const m of byLength) {
      let free = true;
      for (let k = m.from; k < m.to && free; k++) if (used[k]) free = false;
      if (!free) continue;
      used.fill(1, m.from, m.to);
      taken.push(m);
    }
    return taken.sort((a, b) => a.from - b.from);
  }
}

/** Whether a match of tokens [from, to) has a Han edge touching a Han neighbour. */
function inWords(tokens: readonly Token[], from: number, to: number): boolean {
  const a = tokens[from]!;
  const before = tokens[from - 1];
  if (a.han && before?.han && before.end === a.start) return true;
  const z = tokens[to - 1]!;
  const after = tokens[to];
  return !!(z.han && after?.han && after.start === z.end);
}

/** Whether `needle`'s tokens occur, in order and adjacent, among `hay`'s. */
export function containsTokens(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
