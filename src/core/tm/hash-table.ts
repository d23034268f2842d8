// A map from 53-bit hashes (a unit's source + target, see `pairHash`) to two numbers, in typed
// arrays: a million entries take about 48 MB and no objects, where a Map of strings to objects
// takes several times that. Used to find duplicates while a million units are imported.

const EMPTY = -1;

/** Open addressing with linear probing; grows at half full. Keys are integers in [0, 2⁵³). */
export class HashTable {
  private _keys: Float64Array;
  private _a: Float64Array;
  private _b: Float64Array;
  private _size = 0;

  constructor(expected = 1024) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this._keys = new Float64Array(cap).fill(EMPTY);
    this._a = new Float64Array(cap);
    this._b = new Float64Array(cap);
  }

  get size(): number {
    return this._size;
  }

  /** The slot holding `key`, or -1. */
  find(key: number): number {
    const keys = this._keys;
    const mask = keys.length - 1;
    for (let s = this._start(key, mask); ; s = (s + 1) & mask) {
      const k = keys[s] as number;
      if (k === key) return s;
      if (k === EMPTY) return -1;
    }
  }

  /** The first number stored with the key in `slot` (see `find`). */
  a(slot: number): number {
    return this._a[slot] as number;
  }

  /** The second number stored with the key in `slot`. */
  b(slot: number): number {
    return this._b[slot] as number;
  }

  /** Stores `a` and `b` with `key`, replacing what it had. */
  set(key: number, a: number, b: number): void {
    if (!(key >= 0 && Number.isSafeInteger(key))) throw new RangeError(`bad hash ${key}`);
    if ((this._size + 1) * 2 > this._keys.length) this._grow();
    const keys = this._keys;
    const mask = keys.length - 1;
    let s = this._start(key, mask);
    while (keys[s] !== EMPTY && keys[s] !== key) s = (s + 1) & mask;
    if (keys[s] === EMPTY) this._size++;
    keys[s] = key;
    this._a[s] = a;
    this._b[s] = b;
  }

  private _start(key: number, mask: number): number {
    // The low 32 bits mixed once: hashes are already spread, but a caller's may not be.
    return (Math.imul((key % 4294967296) ^ (key / 4294967296), 0x9e3779b1) >>> 0) & mask;
  }

  private _grow(): void {
    const { _keys: keys, _a: a, _b: b } = this;
    this._keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this._a = new Float64Array(keys.length * 2);
    this._b = new Float64Array(keys.length * 2);
    this._size = 0;
    for (let s = 0; s < keys.length; s++)
      if (keys[s] !== EMPTY) this.set(keys[s] as number, a[s] as number, b[s] as number);
  }
}

/**
 * 53-bit hash (cyrb53) of a unit's source and target: the same pair is kept once in a TM. Two
 * pairs of a million-unit TM share a hash with a chance of about 1 in 18,000 (n²/2⁵⁴); callers
 * that replace a stored unit compare the texts first.
 */
export function pairHash(source: string, target: string): number {
  const str = `${source}\u0000${target}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Hash of a source without its whitespace: every unit that can score 100 against a query shares
 * the query's (score.ts ignores most whitespace), and a few that cannot; the score decides.
 */
export function sourceHash(source: string): number {
  return pairHash(source.replace(/\s+/g, ''), '');
}
