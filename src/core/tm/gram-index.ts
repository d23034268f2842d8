// The candidate index: every unit's content tokens (see score.ts) as bigrams, with a start and an
// end mark ("^a", "ab", …, "z$"), hashed into buckets of unit numbers held in typed arrays.
//
// A lookup counts, per unit, how many of the query's distinct bigrams it shares. An edit destroys
// at most two of the query's bigrams (an insertion one), so a shared count gives each unit an
// upper bound of its score without scoring it. Units are then scored best bound first, and the
// search stops when the next bound cannot beat the fifth-best score found: exact against the
// exhaustive search, except for the cap on units scored (`maxScored`), which bounds the worst case.
// Bigrams so common that skipping them cannot let a unit below `min` in are skipped outright.
import type { LangCode } from '../text/lang.js';
import { DEFAULT_MAX, DEFAULT_MIN, TopMatches, toMatch } from './rank.js';
import { baseScore, prepare, scorePrepared, Vocab, type Prepared } from './score.js';
import { contentKey, isContent, tmTokens } from './tokens.js';
import type { LookupOptions, TmIndex, TmMatch, TmUnit } from './types.js';

export interface TmIndexOptions {
  /** log2 of the number of hash buckets (default 20: 4 MB of bucket starts). */
  bits?: number;
  /** Most units scored in one lookup (default 3000): the bound on its worst case. */
  maxScored?: number;
}

const BOS = 1;
const EOS = 2;
/** Pending postings are scanned directly up to this many, then merged into the buckets. */
const PENDING_LIMIT = 65_536;

function gramHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The distinct bigram hashes of a sequence of ids, marks included. */
function gramHashes(ids: ArrayLike<number>): number[] {
  const out: number[] = [];
  const n = ids.length;
  for (let i = 0; i <= n; i++) {
    out.push(gramHash(i === 0 ? BOS : (ids[i - 1] as number), i === n ? EOS : (ids[i] as number)));
  }
  out.sort((x, y) => x - y);
  let k = 0;
  for (let i = 0; i < out.length; i++)
    if (i === 0 || out[i] !== out[k - 1]) out[k++] = out[i] as number;
  out.length = k;
  return out;
}

function grow<T extends Uint8Array | Uint16Array | Uint32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The highest base score a unit of `lu` content tokens can reach when it shares at most `c` of
 * the query's `dq` distinct bigrams (query: `lq` tokens). Substitutions and deletions destroy at
 * most two query bigrams each, insertions one, and there are at least lu − lq insertions.
 */
export function scoreBound(lq: number, lu: number, dq: number, c: number): number {
  const extra = lu > lq ? lu - lq : 0;
  const byGrams = Math.ceil((dq - c + extra) / 2);
  const d = Math.max(Math.abs(lu - lq), byGrams, 0);
  return baseScore(Math.min(d, Math.max(lq, lu)), lq, lu);
}

/** The best bound of a unit sharing at most `c` bigrams, whatever its length. */
function bestBound(lq: number, dq: number, c: number): number {
  let best = 0;
  for (let lu = Math.max(0, lq - 1); lu <= lq + Math.max(0, dq - c) + 1; lu++)
    best = Math.max(best, scoreBound(lq, lu, dq, c));
  return best;
}

class GramIndex implements TmIndex {
  readonly vocab = new Vocab();
  private units: (TmUnit | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private lens = new Uint16Array(1024);
  private dead = new Uint8Array(1024);
  private live = 0;
  private readonly shift: number;
  private starts: Uint32Array;
  private post = new Uint32Array(0);
  /** Slots below this are in `post`; the others in the pending lists. */
  private compacted = 0;
  private pendHash = new Uint32Array(4096);
  private pendLen = 0;
  /** pendOff[k]: where the hashes of slot `compacted + k` start in pendHash. */
  private pendOff = new Uint32Array(1024);
  private counts = new Uint16Array(0);
  private touched = new Uint32Array(0);
  private readonly maxScored: number;

  constructor(
    readonly lang: LangCode,
    options: TmIndexOptions = {},
  ) {
    const bits = Math.min(26, Math.max(8, options.bits ?? 20));
    this.shift = 32 - bits;
    this.starts = new Uint32Array((1 << bits) + 1);
    this.maxScored = options.maxScored ?? 3000;
  }

  get size(): number {
    return this.live;
  }

  /** Bytes held by the index's own arrays (the units themselves are the caller's). */
  get bytes(): number {
    return (
      this.lens.byteLength +
      this.dead.byteLength +
      this.starts.byteLength +
      this.post.byteLength +
      this.pendHash.byteLength +
      this.pendOff.byteLength +
      this.counts.byteLength +
      this.touched.byteLength
    );
  }

  add(unit: TmUnit): void {
    this.remove(unit.id);
    const ids: number[] = [];
    for (const t of tmTokens(unit.source)) if (isContent(t)) ids.push(this.vocab.id(contentKey(t)));
    const slot = this.units.length;
    this.units.push(unit);
    this.slotOf.set(unit.id, slot);
    this.lens = grow(this.lens, slot + 1);
    this.dead = grow(this.dead, slot + 1);
    this.lens[slot] = Math.min(ids.length, 0xffff);
    const hashes = gramHashes(ids);
    const k = slot - this.compacted;
    this.pendOff = grow(this.pendOff, k + 2);
    this.pendOff[k] = this.pendLen;
    this.pendHash = grow(this.pendHash, this.pendLen + hashes.length);
    for (const h of hashes) this.pendHash[this.pendLen++] = h;
    this.pendOff[k + 1] = this.pendLen;
    this.live++;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.units[slot] = undefined;
    this.dead[slot] = 1;
    this.live--;
  }

  /** Merges the pending postings into the buckets (done by lookup when there are many). */
  compact(): void {
    const pendingSlots = this.units.length - this.compacted;
    if (pendingSlots === 0) return;
    const buckets = this.starts.length - 1;
    const sizes = new Uint32Array(buckets + 1);
    for (let b = 0; b < buckets; b++)
      sizes[b] = (this.starts[b + 1] as number) - (this.starts[b] as number);
    for (let i = 0; i < this.pendLen; i++) sizes[(this.pendHash[i] as number) >>> this.shift]!++;
    const starts = new Uint32Array(buckets + 1);
    for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b] as number) + (sizes[b] as number);
    const post = new Uint32Array(starts[buckets] as number);
    const at = starts.slice(0, buckets);
    for (let b = 0; b < buckets; b++) {
      let p = at[b] as number;
      for (let q = this.starts[b] as number, e = this.starts[b + 1] as number; q < e; q++)
        post[p++] = this.post[q] as number;
      at[b] = p;
    }
    for (let k = 0; k < pendingSlots; k++) {
      const slot = this.compacted + k;
      for (let i = this.pendOff[k] as number, e = this.pendOff[k + 1] as number; i < e; i++)
        post[at[(this.pendHash[i] as number) >>> this.shift]!++] = slot;
    }
    this.starts = starts;
    this.post = post;
    this.compacted = this.units.length;
    this.pendHash = new Uint32Array(4096);
    this.pendOff = new Uint32Array(1024);
    this.pendLen = 0;
  }

  lookup(query: string, options: LookupOptions = {}): TmMatch[] {
    const min = options.min ?? DEFAULT_MIN;
    const top = new TopMatches(options.max ?? DEFAULT_MAX);
    if (this.live === 0 || top.max <= 0) return [];
    if (this.pendLen > PENDING_LIMIT) this.compact();
    const q = prepare(query, this.vocab, false);
    const lq = q.ids.length;
    const dq = gramHashes(q.ids).length;
    // Bigrams holding a word no unit has cannot be shared: they count in dq, never scanned.
    const usable = new Set<number>();
    for (let i = 0; i <= lq; i++) {
      const a = i === 0 ? BOS : (q.ids[i - 1] as number);
      const b = i === lq ? EOS : (q.ids[i] as number);
      if (a >= 0 && b >= 0) usable.add(gramHash(a, b));
    }
    const scan: { hash: number; bucket: number; n: number }[] = [];
    for (const hash of usable) {
      const bucket = hash >>> this.shift;
      const n = (this.starts[bucket + 1] as number) - (this.starts[bucket] as number);
      scan.push({ hash, bucket, n });
    }
    // Skip the commonest bigrams while a unit sharing only those still could not reach `min`.
    scan.sort((x, y) => y.n - x.n);
    let skipped = 0;
    while (skipped < scan.length && bestBound(lq, dq, skipped + 1) < min) skipped++;
    const grams = scan.slice(skipped);
    const n = this.units.length;
    this.counts = grow(this.counts, n);
    this.touched = grow(this.touched, n);
    const counts = this.counts;
    const touched = this.touched;
    let nt = 0;
    for (const g of grams) {
      for (
        let p = this.starts[g.bucket] as number, e = this.starts[g.bucket + 1] as number;
        p < e;
        p++
      ) {
        const s = this.post[p] as number;
        if (counts[s]++ === 0) touched[nt++] = s;
      }
    }
    if (this.compacted < n) {
      const wanted = new Set(grams.map((g) => g.hash));
      for (let s = this.compacted; s < n; s++) {
        const k = s - this.compacted;
        for (let i = this.pendOff[k] as number, e = this.pendOff[k + 1] as number; i < e; i++)
          if (wanted.has(this.pendHash[i] as number) && counts[s]++ === 0) touched[nt++] = s;
      }
    }
    const lens = this.lens;
    const dead = this.dead;
    const boundOf = (s: number) =>
      dead[s]
        ? -1
        : scoreBound(lq, lens[s] as number, dq, Math.min((counts[s] as number) + skipped, dq));
    const run = { q, top, min, options, budget: this.maxScored };
    this.scoreByBound(touched, nt, boundOf, run);
    // A short or repetitive query: a unit sharing none of its bigrams may still reach `min`.
    const rest = bestBound(lq, dq, skipped);
    if (
      run.budget > 0 &&
      rest >= min &&
      (top.floor < 0 || (rest === 100 ? 101 : rest) >= top.floor)
    ) {
      const others = new Uint32Array(n - nt);
      let no = 0;
      for (let s = 0; s < n; s++) if (counts[s] === 0 && !dead[s]) others[no++] = s;
      this.scoreByBound(others, no, boundOf, run);
    }
    for (let t = 0; t < nt; t++) counts[touched[t] as number] = 0;
    return top.list;
  }

  /** Scores `slots` best bound first, until no bound can beat the last of `top` or the budget ends. */
  private scoreByBound(
    slots: Uint32Array,
    count: number,
    boundOf: (slot: number) => number,
    run: { q: Prepared; top: TopMatches; min: number; options: LookupOptions; budget: number },
  ): void {
    const { q, top, min, options } = run;
    const bounds = new Uint8Array(count);
    const perBound = new Uint32Array(101);
    for (let t = 0; t < count; t++) {
      const ub = boundOf(slots[t] as number);
      bounds[t] = ub >= min ? ub : 255;
      if (ub >= min) perBound[ub]!++;
    }
    // Positions of each bound's group in `order`, highest bound first.
    const from = new Uint32Array(102);
    for (let b = 100; b >= 0; b--) from[b] = (from[b + 1] as number) + (perBound[b + 1] ?? 0);
    const order = new Uint32Array((from[0] as number) + (perBound[0] as number));
    const at = from.slice();
    for (let t = 0; t < count; t++) {
      const b = bounds[t] as number;
      if (b !== 255) order[at[b]!++] = slots[t] as number;
    }
    for (let b = 100; b >= Math.max(min, 0); b--) {
      const floor = top.floor;
      // A 100 may be a 101 with its context; below the last of a full list nothing can enter.
      if (floor >= 0 && (b === 100 ? 101 : b) < floor) return;
      for (let o = from[b] as number, e = o + (perBound[b] as number); o < e; o++) {
        if (run.budget-- <= 0) return;
        const unit = this.units[order[o] as number] as TmUnit;
        const u = prepare(unit.source, this.vocab, false);
        const score = scorePrepared(q, u, Math.max(min, top.floor));
        if (score >= 0) top.add(toMatch(unit, score, options));
      }
    }
  }
}

/** A candidate index over the sources of a TM's units, in `lang`. */
export function createTmIndex(
  lang: LangCode,
  options?: TmIndexOptions,
): TmIndex & {
  compact(): void;
  readonly bytes: number;
} {
  return new GramIndex(lang, options);
}
