// The lexicon as typed arrays: generated/lexicon/zh-en.bin holds the words (UTF-16 code units),
// an open-addressing hash table over them, each first code unit's mask of word lengths, and the
// glosses and readings as UTF-8, so loading is a file read and views on it — nothing to decode,
// scan or hash (the text form cost ~70 ms of every run: decoding 3.4 MB of UTF-8 and building a
// Map of ~104k keys). A sentence's reader asks "is text[i, i+len) a word?" without allocating.
// The .tsv stays the readable form; build-lexicon writes both (encodeLexicon).
import type { Lexicon } from './lexicon.js';
import { PinyinReadings } from './readings.js';

const MAGIC = 0x584c5442; // "BTLX"
const VERSION = 1;
const HEADER = 8; // Int32s: magic, version, count, tableSize, maxLength, units, gloss, readings
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units text[at, at+len). */
function hashAt(text: string, at: number, len: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ text.charCodeAt(at + k), FNV_PRIME);
  return h >>> 0;
}

const PREFIX_BITS = 1 << 20;
const PREFIX_SHIFT = 32 - 20;
const pairHash = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1);
const tripleHash = (h2: number, c: number): number => Math.imul(h2 ^ c, 0x85ebca6b);
const setBit = (bits: Int32Array, i: number): void => {
  bits[i >>> 5] = bits[i >>> 5]! | (1 << (i & 31));
};
const hasBit = (bits: Int32Array, i: number): boolean => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;

const pad4 = (n: number): number => (n + 3) & ~3;

class BinaryLexicon implements Lexicon {
  private readonly split = new Map<number, readonly string[]>();
  private rawReadings?: Map<string, string>;
  private readonly pinyin = new PinyinReadings(() => this.readingsMap());
  private readonly mask: number;
  private readonly utf8 = new TextDecoder();
  constructor(
    /** Word k is units[wordAt[k], wordAt[k] + wordLen[k]); its glosses gloss[glossAt[k], glossAt[k+1]). */
    private readonly wordAt: Int32Array,
    private readonly wordLen: Uint8Array,
    private readonly glossAt: Int32Array,
    /** Slot → word index + 1 (0: empty). */
    private readonly table: Int32Array,
    private readonly lengths: Int32Array,
    private readonly units: Uint16Array,
    private readonly gloss: Uint8Array,
    private readonly readingBytes: Uint8Array,
    readonly size: number,
    readonly maxLength: number,
  ) {
    this.mask = table.length - 1;
  }

  /**
   * Bit sets of the first two and first three code units of the words that long, hashed: most
   * candidate spans of a text start no word of their length, and these answer so from 256 KB
   * instead of probing the 1 MB hash table (a cache miss or two per probe). Built on the
   * first look-up, in a pass over the words (~1 ms).
   */
  private readonly singles = new Int32Array(65536).fill(-2);
  private prefix2?: Int32Array;
  private prefix3?: Int32Array;
  private prefixes(): void {
    this.prefix2 = new Int32Array(PREFIX_BITS >> 5);
    this.prefix3 = new Int32Array(PREFIX_BITS >> 5);
    const units = this.units;
    for (let k = 0; k < this.size; k++) {
      const len = this.wordLen[k]!;
      if (len < 2) continue;
      const at = this.wordAt[k]!;
      const h2 = pairHash(units[at]!, units[at + 1]!);
      setBit(this.prefix2, h2 >>> PREFIX_SHIFT);
      if (len >= 3) setBit(this.prefix3, tripleHash(h2, units[at + 2]!) >>> PREFIX_SHIFT);
    }
  }

  /** Index of the word text[at, at+len), or -1. */
  private find(text: string, at: number, len: number): number {
    if (len > this.maxLength || !this.size) return -1;
    if (len === 1) {
      // One-character words by code unit, kept: the commonest look-up of all.
      const c = text.charCodeAt(at);
      let k = this.singles[c]!;
      if (k === -2) this.singles[c] = k = this.probe(text, at, 1);
      return k;
    }
    if (len >= 2) {
      if (!this.prefix2) this.prefixes();
      const h2 = pairHash(text.charCodeAt(at), text.charCodeAt(at + 1));
      if (!hasBit(this.prefix2!, h2 >>> PREFIX_SHIFT)) return -1;
      if (
        len >= 3 &&
        !hasBit(this.prefix3!, tripleHash(h2, text.charCodeAt(at + 2)) >>> PREFIX_SHIFT)
      )
        return -1;
    }
    return this.probe(text, at, len);
  }

  private probe(text: string, at: number, len: number): number {
    const units = this.units;
    for (let slot = hashAt(text, at, len) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.table[slot]! - 1;
      if (k < 0) return -1;
      if (this.wordLen[k] !== len) continue;
      const from = this.wordAt[k]!;
      let x = 0;
      while (x < len && units[from + x] === text.charCodeAt(at + x)) x++;
      if (x === len) return k;
    }
  }

  hasAt(text: string, at: number, len: number): boolean {
    return this.find(text, at, len) >= 0;
  }
  indexAt(text: string, at: number, len: number): number {
    return this.find(text, at, len);
  }
  has(word: string): boolean {
    return this.find(word, 0, word.length) >= 0;
  }
  lengthsFrom(code: number): number {
    return this.lengths[code] ?? 0;
  }
  glosses(word: string): readonly string[] | undefined {
    const k = this.find(word, 0, word.length);
    if (k < 0) return undefined;
    let out = this.split.get(k);
    if (!out) {
      const text = this.utf8.decode(this.gloss.subarray(this.glossAt[k], this.glossAt[k + 1]));
      out = text.split(' ').filter(Boolean);
      this.split.set(k, out);
    }
    return out;
  }
  /** `char TAB reading…` lines, read on the first question (a zh–zh or en–en run never asks). */
  private readingsMap(): Map<string, string> {
    if (!this.rawReadings) {
      this.rawReadings = new Map();
      for (const line of this.utf8.decode(this.readingBytes).split('\n')) {
        const tab = line.indexOf('\t');
        if (tab > 0) this.rawReadings.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
    return this.rawReadings;
  }
  readings(char: string): readonly string[] | undefined {
    return this.pinyin.of(char);
  }
  get syllables(): ReadonlySet<string> {
    return this.pinyin.syllables;
  }
}

/**
 * The binary form of a lexicon's text (`word TAB stem stem…` lines; '#' lines are notes;
 * `@char TAB reading reading…` lines are a character's toneless pinyin). A word listed twice
 * keeps its last line, as a Map would.
 */
export function encodeLexicon(text: string): Uint8Array {
  const words = new Map<string, string>();
  const readings: string[] = [];
  for (let p = 0; p < text.length;) {
    let end = text.indexOf('\n', p);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', p);
    const first = text.charCodeAt(p);
    // A line needs a key and a value; a key of 32 code units or more could never be read (the
    // length masks are 32-bit).
    if (first !== 35 /* # */ && tab > p && tab < end - 1) {
      if (first === 64 /* @ */) readings.push(text.slice(p + 1, end));
      else if (tab - p < 32) words.set(text.slice(p, tab), text.slice(tab + 1, end));
    }
    p = end + 1;
  }
  const count = words.size;
  let tableSize = 1;
  while (tableSize < 2 * count) tableSize *= 2;
  const enc = new TextEncoder();
  const glossParts: Uint8Array[] = [];
  let unitsLen = 0;
  let glossLen = 0;
  for (const [w, g] of words) {
    unitsLen += w.length;
    const bytes = enc.encode(g);
    glossParts.push(bytes);
    glossLen += bytes.length;
  }
  const readingBytes = enc.encode(readings.join('\n'));
  const size =
    4 * (HEADER + count + (count + 1) + tableSize + 65536) +
    pad4(count) +
    pad4(2 * unitsLen) +
    pad4(glossLen) +
    readingBytes.length;
  const buf = new ArrayBuffer(size);
  const v = views(buf, count, tableSize, unitsLen, glossLen, readingBytes.length);
  v.header.set([MAGIC, VERSION, count, tableSize, 0, unitsLen, glossLen, readingBytes.length]);
  let maxLength = 0;
  let u = 0;
  let g = 0;
  let k = 0;
  for (const w of words.keys()) {
    v.wordAt[k] = u;
    v.wordLen[k] = w.length;
    for (let x = 0; x < w.length; x++) v.units[u++] = w.charCodeAt(x);
    v.glossAt[k] = g;
    v.gloss.set(glossParts[k]!, g);
    g += glossParts[k]!.length;
    let slot = hashAt(w, 0, w.length) & (tableSize - 1);
    while (v.table[slot] !== 0) slot = (slot + 1) & (tableSize - 1);
    v.table[slot] = k + 1;
    const c = w.charCodeAt(0);
    v.lengths[c] = v.lengths[c]! | (1 << w.length);
    maxLength = Math.max(maxLength, w.length);
    k++;
  }
  v.glossAt[count] = g;
  v.header[4] = maxLength;
  v.readings.set(readingBytes);
  return new Uint8Array(buf);
}

function views(
  buf: ArrayBuffer,
  count: number,
  tableSize: number,
  unitsLen: number,
  glossLen: number,
  readingsLen: number,
  offset = 0,
) {
  let at = offset;
  const take = <T>(make: (at: number) => T, bytes: number): T => {
    const out = make(at);
    at += pad4(bytes);
    return out;
  };
  return {
    header: take((a) => new Int32Array(buf, a, HEADER), 4 * HEADER),
    wordAt: take((a) => new Int32Array(buf, a, count), 4 * count),
    glossAt: take((a) => new Int32Array(buf, a, count + 1), 4 * (count + 1)),
    table: take((a) => new Int32Array(buf, a, tableSize), 4 * tableSize),
    lengths: take((a) => new Int32Array(buf, a, 65536), 4 * 65536),
    wordLen: take((a) => new Uint8Array(buf, a, count), count),
    units: take((a) => new Uint16Array(buf, a, unitsLen), 2 * unitsLen),
    gloss: take((a) => new Uint8Array(buf, a, glossLen), glossLen),
    readings: take((a) => new Uint8Array(buf, a, readingsLen), readingsLen),
  };
}

/**
 * A lexicon over the bytes of encodeLexicon (views, no copy; the bytes must stay unchanged).
 * Throws on bytes of another format or version.
 */
export function decodeLexicon(bytes: Uint8Array): Lexicon {
  // Typed-array views need 4-byte alignment; a Node Buffer from a pool may not have it.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const head = new Int32Array(own.buffer, own.byteOffset, Math.min(HEADER, own.length >> 2));
  if (head[0] !== MAGIC || head[1] !== VERSION) throw new Error('not a bitext lexicon (version 1)');
  const [, , count, tableSize, maxLength, unitsLen, glossLen, readingsLen] =
    head as unknown as number[];
  const v = views(
    own.buffer as ArrayBuffer,
    count!,
    tableSize!,
    unitsLen!,
    glossLen!,
    readingsLen!,
    own.byteOffset,
  );
  return new BinaryLexicon(
    v.wordAt,
    v.wordLen,
    v.glossAt,
    v.table,
    v.lengths,
    v.units,
    v.gloss,
    v.readings,
    count!,
    maxLength!,
  );
}

/** The lexicon of a text form (see encodeLexicon): for tests, and a .tsv without its .bin. */
export const parseLexicon = (text: string): Lexicon => decodeLexicon(encodeLexicon(text));
