// The hot part of a Chinese sentence's features: its dictionary words and the pinyin keys of the
// runs of characters between them, read over char codes. What a word or a run gives is worked
// out once per document and then found by the word's index in the lexicon or by the run's char
// codes, so a sentence costs no substring, Map-by-string look-up or string building per
// character (they made Chinese ~3.5 µs a character, ten times English). The keys, their order
// and the order in which the vocabulary first meets them are those of the string-based reading
// (`zhWords`, then every run's `runReadings`), so the output is unchanged.
import type { Lexicon } from './lexicon.js';
import { MAX_READINGS, MAX_RUN, MIN_RUN, runReadings, type PinyinNames } from './pinyin.js';

/** Gives a key its integer id (the document's Vocabulary). */
export interface KeyIds {
  id(key: string): number;
}

const HAN = /^\p{Script=Han}$/u;
/** Per UTF-16 code unit: 0 not asked yet, 1 Han, 2 not. */
const hanUnits = new Uint8Array(65536);
function isHan(c: number): boolean {
  let h = hanUnits[c]!;
  if (h === 0) hanUnits[c] = h = HAN.test(String.fromCharCode(c)) ? 1 : 2;
  return h === 1;
}

const NONE = new Int32Array(0);
/** What a function word gives: nothing (see ZH_FUNCTION_WORDS in features.ts). */
const SKIP = new Int32Array(0);

/**
 * Key ids of runs of two or three characters by their char codes: open addressing over typed
 * arrays, the ids in one pool. A run of characters without a reading has no ids (count 0).
 * It starts tiny and doubles: a paragraph-aligned document makes a reader per paragraph pair,
 * and Chromium pays ~80 µs for each 64 KB typed array (Node ~2), which at 1 << 14 slots was a
 * second of bible-001's alignment in the browser Worker.
 */
class RunTable {
  private head = new Int32Array(16);
  private tail = new Int32Array(16);
  /** Pool offset + 1; 0: empty slot. */
  private at = new Int32Array(16);
  private count = new Uint8Array(16);
  private size = 0;
  pool = new Int32Array(16);
  private poolLen = 0;

  /** The slot of (head, tail): its own when present, else the empty one where it goes. */
  slot(head: number, tail: number): number {
    const mask = this.at.length - 1;
    // Mixed down to the low bits the mask keeps, however big the table grows.
    let h = Math.imul(head ^ Math.imul(tail, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    let s = h & mask;
    while (this.at[s] !== 0 && (this.head[s] !== head || this.tail[s] !== tail)) s = (s + 1) & mask;
    return s;
  }
  found(slot: number): boolean {
    return this.at[slot] !== 0;
  }
  start(slot: number): number {
    return this.at[slot]! - 1;
  }
  length(slot: number): number {
    return this.count[slot]!;
  }
  add(head: number, tail: number, ids: readonly number[]): void {
    if (this.poolLen + ids.length > this.pool.length) {
      const pool = new Int32Array(2 * (this.poolLen + ids.length));
      pool.set(this.pool);
      this.pool = pool;
    }
    if (2 * (this.size + 1) > this.at.length) this.grow();
    const s = this.slot(head, tail);
    this.head[s] = head;
    this.tail[s] = tail;
    this.at[s] = this.poolLen + 1;
    this.count[s] = ids.length;
    for (const id of ids) this.pool[this.poolLen++] = id;
    this.size++;
  }
  private grow(): void {
    const { head, tail, at, count } = this;
    const n = 2 * at.length;
    this.head = new Int32Array(n);
    this.tail = new Int32Array(n);
    this.at = new Int32Array(n);
    this.count = new Uint8Array(n);
    for (let s = 0; s < at.length; s++) {
      if (at[s] === 0) continue;
      const t = this.slot(head[s]!, tail[s]!);
      this.head[t] = head[s]!;
      this.tail[t] = tail[s]!;
      this.at[t] = at[s]!;
      this.count[t] = count[s]!;
    }
  }
}

/** One document's reader of Chinese words and runs (it remembers what each gave). */
export class ZhReader {
  private readonly wordKeys = new Map<number, Int32Array>();
  private readonly runs = new RunTable();
  /** Per code unit of the sentence: 1 inside a word of two characters or more. */
  private covered = new Uint8Array(256);
  private readonly runIds: number[] = [];
  private readonly charReadings: (readonly string[] | null | undefined)[] = [];
  /** Run keys of texts with characters outside the BMP, read as strings (rare). */
  private readonly runKeysByText = new Map<string, Int32Array>();

  constructor(
    readonly lexicon: Lexicon,
    private readonly vocab: KeyIds,
    /** Words that give nothing. */
    private readonly functionWords: ReadonlySet<string>,
    /** The only run keys worth offering (the other side's names), or every one when absent. */
    private readonly names?: PinyinNames,
  ) {}

  /**
   * Pushes the key ids of `han`'s dictionary words (forward longest match, as `zhWords`) onto
   * `groups`, function words left out, and returns the `py:` key ids of the runs of two and
   * three Han characters outside its words of two characters or more (a name is rarely a
   * dictionary word: it is read as single characters, or skipped).
   */
  read(han: string, groups: Int32Array[]): Int32Array {
    const lexicon = this.lexicon;
    const n = han.length;
    if (this.covered.length < n) this.covered = new Uint8Array(2 * n);
    const covered = this.covered;
    covered.fill(0, 0, n);
    const max = lexicon.maxLength;
    for (let i = 0; i < n;) {
      const lengths = lexicon.lengthsFrom(han.charCodeAt(i));
      let k = -1;
      let len = Math.min(max, n - i);
      for (; lengths && len > 0; len--) {
        if (lengths & (1 << len) && (k = lexicon.indexAt(han, i, len)) >= 0) break;
      }
      if (k < 0) {
        i++;
        continue;
      }
      let ids = this.wordKeys.get(k);
      if (ids === undefined) {
        ids = this.wordIds(han.slice(i, i + len));
        this.wordKeys.set(k, ids);
      }
      if (ids !== SKIP) groups.push(ids);
      if (len > 1) covered.fill(1, i, i + len);
      i += len;
    }
    return this.names?.keys.size === 0 ? NONE : this.runKeys(han);
  }

  private wordIds(w: string): Int32Array {
    if (this.functionWords.has(w)) return SKIP;
    const glosses = this.lexicon.glosses(w)!;
    const readings =
      w.length <= MAX_RUN && w.length >= MIN_RUN
        ? runReadings(w, this.lexicon).map((r) => 'py:' + r)
        : [];
    return Int32Array.from(['zh:' + w, ...glosses, ...readings], (key) => this.vocab.id(key));
  }

  private runKeys(han: string): Int32Array {
    const n = han.length;
    const covered = this.covered;
    const out = this.runIds;
    out.length = 0;
    for (let s = 0; s < n;) {
      const c = han.charCodeAt(s);
      if (c >= 0xd800 && c < 0xe000) return this.runKeysOfText(han);
      if (covered[s] || !isHan(c)) {
        s++;
        continue;
      }
      let e = s + 1;
      while (e < n && !covered[e] && isHan(han.charCodeAt(e))) e++;
      for (let i = s; i + MIN_RUN <= e; i++) {
        for (let k = MIN_RUN; k <= MAX_RUN && i + k <= e; k++) this.runAt(han, i, k, out);
      }
      s = e;
    }
    return out.length ? Int32Array.from(out) : NONE;
  }

  /** Pushes the ids of the run han[i, i+k) (k is 2 or 3). */
  private runAt(han: string, i: number, k: number, out: number[]): void {
    const runs = this.runs;
    const head = (han.charCodeAt(i) << 16) | han.charCodeAt(i + 1);
    const tail = k === 3 ? 0x10000 | han.charCodeAt(i + 2) : 0;
    let slot = runs.slot(head, tail);
    if (!runs.found(slot)) {
      runs.add(head, tail, this.newRun(han, i, k));
      slot = runs.slot(head, tail);
    }
    const pool = runs.pool;
    for (let x = runs.start(slot), end = x + runs.length(slot); x < end; x++) out.push(pool[x]!);
  }

  /** Ids of a run met for the first time: `runReadings`'s keys, in its order. */
  private newRun(han: string, i: number, k: number): number[] {
    const ids: number[] = [];
    const r0 = this.readingsOf(han.charCodeAt(i));
    const r1 = this.readingsOf(han.charCodeAt(i + 1));
    const r2 = k === 3 ? this.readingsOf(han.charCodeAt(i + 2)) : undefined;
    if (!r0 || !r1 || (k === 3 && !r2)) return ids;
    const names = this.names;
    for (const a of r0) {
      if (names && !names.prefixes.has(a)) continue;
      for (const b of r1) {
        const ab = a + b;
        if (!r2) this.offerKey('py:' + ab, ids);
        else if (!names || names.prefixes.has(ab))
          for (const c of r2) this.offerKey('py:' + ab + c, ids);
      }
    }
    return ids;
  }

  /** Pushes the id of a run's key, unless no name of the other side could match it. */
  private offerKey(key: string, ids: number[]): void {
    if (!this.names || this.names.keys.has(key)) ids.push(this.vocab.id(key));
  }

  /** A character's first readings (at most MAX_READINGS), or null: by code unit, kept. */
  private readingsOf(c: number): readonly string[] | null {
    let r = this.charReadings[c];
    if (r === undefined) {
      r = this.lexicon.readings(String.fromCharCode(c))?.slice(0, MAX_READINGS) ?? null;
      this.charReadings[c] = r;
    }
    return r;
  }

  /**
   * The string-based reading of the runs, for a text with characters outside the BMP (a run
   * there counts code points, its slices code units, as it always did).
   */
  private runKeysOfText(han: string): Int32Array {
    let rest = '';
    for (let i = 0; i < han.length; i++) rest += this.covered[i] ? ' ' : han[i];
    const ids: number[] = [];
    for (const stretch of rest.match(/\p{Script=Han}{2,}/gu) ?? []) {
      for (let i = 0; i + MIN_RUN <= stretch.length; i++) {
        for (let k = MIN_RUN; k <= MAX_RUN && i + k <= stretch.length; k++) {
          const run = stretch.slice(i, i + k);
          let keys = this.runKeysByText.get(run);
          if (!keys) {
            const offered: number[] = [];
            for (const r of runReadings(run, this.lexicon)) this.offerKey('py:' + r, offered);
            keys = Int32Array.from(offered);
            this.runKeysByText.set(run, keys);
          }
          for (const id of keys) ids.push(id);
        }
      }
    }
    return ids.length ? Int32Array.from(ids) : NONE;
  }
}
