// The candidate index: every unit's content tokens (see score.ts) as bigrams, with a start and an
// end mark ("^a", "ab", …, "z$"), hashed into buckets of unit numbers held in typed arrays.
//
// A lookup counts, per unit, how many of the query's distinct bigrams it shares. An edit destroys
// at most two of the query's bigrams (an insertion one), so a shared count gives each unit an
// upper bound of its score without scoring it. Units are then scored best bound first, and the
// search stops when the next bound cannot beat the fifth-best score found: exact against the
// exhaustive search, except for the cap on units scored (`maxScored`), which bounds the worst case.
// Bigrams so common that skipping them cannot let a unit below `min` in are skipped outright.
//
// Two things keep the cap from hiding the best matches (exact-keys.ts): 100 % matches are looked
// up by the hash of their text before any bigram is counted, so no number of near-duplicates can
// crowd one out; and units sharing as many bigrams are scored those whose number values are the
// query's first, since the bigrams see every number as the same token.
import type { LangCode } from '../text/lang.js';
import { DEFAULT_MAX, DEFAULT_MIN, TopMatches, toMatch } from './rank.js';
import { prepare, Vocab } from './score.js';
import { BELOW_EXACT, bestBound, scoreByCount, type IndexView, type Run } from './gram-rank.js';
import {
  exactHash,
  lowerBound,
  mergeByKey,
  numberMask,
  numberMaskOf,
  sortByKey,
  valueBits,
} from './exact-keys.js';
import { contentKey, isContent, normalizeSpaces, tmTokens } from './tokens.js';
import {
  TM_INDEX_VERSION,
  type LookupOptions,
  type TmIndex,
  type TmMatch,
  type TmUnit,
} from './types.js';

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
/** Query number values that order candidates: more only costs time for no better order. */
const MAX_VALUES = 7;

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
 * Everything an index needs to come back without tokenising its units again: plain data and
 * typed arrays, so it can be stored as is in IndexedDB or sent to a Worker (transfer the arrays).
 * `ids[slot]` names the unit of each slot ('' for a removed one); `loadTmIndex` takes the units
 * back in that order.
 */
export interface TmIndexSnapshot {
  version: typeof TM_INDEX_VERSION;
  lang: LangCode;
  bits: number;
  vocab: string[];
  ids: string[];
  tokIds: Uint16Array | Uint32Array;
  tokOff: Uint32Array;
  starts: Uint32Array;
  post: Uint32Array;
  /**
   * Per slot, the hash of the normalised source and the mask of its number values, and the slots
   * sorted by that hash. Absent from snapshots of older versions: computed from the units then.
   */
  exact?: Uint32Array;
  numMask?: Uint32Array;
  byExact?: Uint32Array;
}

class GramIndex implements TmIndex {
  vocab = new Vocab();
  private units: (TmUnit | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Every unit's content token ids, one after another; unit s is tokIds[tokOff[s]…tokOff[s+1]). */
  // Two bytes a token while the vocabulary fits (Chinese characters always do), else four.
  private tokIds: Uint16Array | Uint32Array = new Uint16Array(16_384);
  private tokOff: Uint32Array = new Uint32Array(1025);
  /** Per slot: the hash of its normalised source, and the mask of its numbers' values. */
  private exact: Uint32Array = new Uint32Array(1024);
  private numMask: Uint32Array = new Uint32Array(1024);
  /** Slots below `compacted`, sorted by `exact`: the others are scanned. */
  private byExact: Uint32Array = new Uint32Array(0);
  /** Scratch for the bag-of-tokens bound: the query's token counts by id. */
  private bag = new Int32Array(1024);
  private used = new Int32Array(1024);
  private dead = new Uint8Array(1024);
  private live = 0;
  private readonly shift: number;
  private starts: Uint32Array;
  private post: Uint32Array = new Uint32Array(0);
  /** Slots below this are in `post`; the others in the pending lists. */
  private compacted = 0;
  private pendHash = new Uint32Array(4096);
  private pendLen = 0;
  /** pendOff[k]: where the hashes of slot `compacted + k` start in pendHash. */
  private pendOff = new Uint32Array(1024);
  private counts = new Uint16Array(0);
  private touched = new Uint32Array(0);
  private readonly maxScored: number;
  /** What the last lookup did: units sharing a bigram, units scored, bigrams skipped. */
  lastLookup = { touched: 0, scored: 0, skippedGrams: 0, exact: 0 };

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
      this.tokIds.byteLength +
      this.tokOff.byteLength +
      this.exact.byteLength +
      this.numMask.byteLength +
      this.byExact.byteLength +
      this.bag.byteLength +
      this.used.byteLength +
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
    const tokens = tmTokens(unit.source);
    for (const t of tokens) if (isContent(t)) ids.push(this.vocab.id(contentKey(t)));
    const slot = this.units.length;
    this.units.push(unit);
    this.slotOf.set(unit.id, slot);
    this.dead = grow(this.dead, slot + 1);
    this.exact = grow(this.exact, slot + 1);
    this.exact[slot] = exactHash(unit.source);
    this.numMask = grow(this.numMask, slot + 1);
    this.numMask[slot] = numberMask(tokens);
    this.tokOff = grow(this.tokOff, slot + 2);
    const start = this.tokOff[slot] as number;
    if (this.tokIds instanceof Uint16Array && this.vocab.size + 3 > 0xffff)
      this.tokIds = Uint32Array.from(this.tokIds);
    this.tokIds = grow(this.tokIds, start + ids.length);
    this.tokIds.set(ids, start);
    this.tokOff[slot + 1] = start + ids.length;
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

  snapshot(): TmIndexSnapshot {
    this.compact();
    return {
      version: TM_INDEX_VERSION,
      lang: this.lang,
      bits: 32 - this.shift,
      vocab: this.vocab.keys(),
      ids: this.units.map((u) => u?.id ?? ''),
      tokIds: this.tokIds,
      tokOff: this.tokOff,
      starts: this.starts,
      post: this.post,
      exact: this.exact,
      numMask: this.numMask,
      byExact: this.byExact,
    };
  }

  /** Takes a snapshot's arrays; `units` are the snapshot's units, in its `ids` order. */
  restore(s: TmIndexSnapshot, units: readonly (TmUnit | undefined)[]): void {
    if (units.length !== s.ids.length)
      throw new Error(`the snapshot holds ${s.ids.length} slots, ${units.length} units given`);
    this.vocab = Vocab.from(s.vocab);
    this.units = [...units];
    this.slotOf.clear();
    this.dead = new Uint8Array(units.length);
    this.live = 0;
    units.forEach((u, slot) => {
      if (u && u.id === s.ids[slot]) {
        this.slotOf.set(u.id, slot);
        this.live++;
      } else {
        this.units[slot] = undefined;
        this.dead[slot] = 1;
      }
    });
    this.tokIds = s.tokIds;
    this.tokOff = s.tokOff;
    this.starts = s.starts;
    this.post = s.post;
    this.compacted = units.length;
    this.pendHash = new Uint32Array(4096);
    this.pendOff = new Uint32Array(1024);
    this.pendLen = 0;
    if (s.exact && s.numMask && s.byExact) {
      this.exact = s.exact;
      this.numMask = s.numMask;
      this.byExact = s.byExact;
    } else {
      this.exact = new Uint32Array(units.length);
      this.numMask = new Uint32Array(units.length);
      units.forEach((u, slot) => {
        if (!u || this.dead[slot]) return;
        this.exact[slot] = exactHash(u.source);
        this.numMask[slot] = numberMaskOf(u.source);
      });
      this.byExact = sortByKey(Uint32Array.from(units.keys()), this.exact);
    }
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
    const fresh = new Uint32Array(pendingSlots);
    for (let k = 0; k < pendingSlots; k++) fresh[k] = this.compacted + k;
    this.byExact = mergeByKey(this.byExact, sortByKey(fresh, this.exact), this.exact);
    // Spare room left by doubling is given back: a big TM is built once and then read.
    const used = this.tokOff[this.units.length] as number;
    this.tokIds = this.tokIds.slice(0, used);
    this.tokOff = this.tokOff.slice(0, this.units.length + 1);
    this.dead = this.dead.slice(0, this.units.length);
    this.exact = this.exact.slice(0, this.units.length);
    this.numMask = this.numMask.slice(0, this.units.length);
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
    // Every unit that can score 100 is found by its text first; the rest score at most 99.
    const exact = this.exactSlots(q.norm);
    for (const slot of exact) {
      const m = toMatch(this.units[slot] as TmUnit, 100, options);
      if (m.score >= min) top.add(m);
    }
    if (min > BELOW_EXACT || top.floor >= 100) {
      this.lastLookup = { touched: 0, scored: 0, skippedGrams: 0, exact: exact.length };
      return top.list;
    }
    const lq = q.ids.length;
    // Bigram occurrences of the query, marks included. A unit counts a bigram it shares with
    // the weight the bigram has in the query: never below the true shared occurrences.
    const dq = lq + 1;
    const weights = new Map<number, number>();
    for (let i = 0; i <= lq; i++) {
      const a = i === 0 ? BOS : (q.ids[i - 1] as number);
      const b = i === lq ? EOS : (q.ids[i] as number);
      // A bigram holding a word no unit has cannot be shared: it counts in dq, never scanned.
      if (a < 0 || b < 0) continue;
      const h = gramHash(a, b);
      weights.set(h, (weights.get(h) ?? 0) + 1);
    }
    const scan: { hash: number; bucket: number; n: number; w: number }[] = [];
    for (const [hash, w] of weights) {
      const bucket = hash >>> this.shift;
      const n = (this.starts[bucket + 1] as number) - (this.starts[bucket] as number);
      scan.push({ hash, bucket, n, w });
    }
    // Skip the commonest bigrams while a unit sharing only those still could not reach `min`.
    scan.sort((x, y) => y.n - x.n);
    let skipped = 0;
    let k = 0;
    while (k < scan.length && bestBound(lq, dq, skipped + (scan[k] as { w: number }).w) < min)
      skipped += (scan[k++] as { w: number }).w;
    const grams = scan.slice(k);
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
        if (counts[s] === 0) touched[nt++] = s;
        counts[s] += g.w;
      }
    }
    if (this.compacted < n) {
      const wanted = new Map(grams.map((g) => [g.hash, g.w]));
      for (let s = this.compacted; s < n; s++) {
        const k = s - this.compacted;
        for (let i = this.pendOff[k] as number, e = this.pendOff[k + 1] as number; i < e; i++) {
          const w = wanted.get(this.pendHash[i] as number);
          if (w === undefined) continue;
          if (counts[s] === 0) touched[nt++] = s;
          counts[s] += w;
        }
      }
    }
    // The best bound of a unit by its shared count alone: the order units are scored in.
    const byCount = new Uint8Array(dq + 1);
    for (let c = 0; c <= dq; c++) byCount[c] = bestBound(lq, dq, c);
    const dead = this.dead;
    const countOf = (s: number) => (dead[s] ? -1 : Math.min((counts[s] as number) + skipped, dq));
    const vocabEnd = this.vocab.size + 3;
    if (this.bag.length < vocabEnd) {
      this.bag = new Int32Array(vocabEnd * 2);
      this.used = new Int32Array(vocabEnd * 2);
    }
    for (const id of q.ids) if (id >= 0) this.bag[id]!++;
    const view: IndexView = {
      units: this.units,
      vocab: this.vocab,
      tokIds: this.tokIds,
      tokOff: this.tokOff,
      numMask: this.numMask,
      bag: this.bag,
      used: this.used,
    };
    const values = [...new Set(q.numbers)].slice(0, MAX_VALUES);
    const run: Run = {
      q,
      top,
      min,
      options,
      budget: this.maxScored,
      found: exact.length ? new Set(exact) : undefined,
      valueBits: Uint32Array.from(values, valueBits),
      mask: values.reduce((m, v) => m | valueBits(v), 0) >>> 0,
    };
    scoreByCount(view, touched, nt, countOf, byCount, run);
    // A short or repetitive query: a unit sharing none of its bigrams may still reach `min`.
    const rest = Math.min(BELOW_EXACT, bestBound(lq, dq, skipped));
    if (run.budget > 0 && rest >= min && (top.floor < 0 || rest >= top.floor)) {
      const others = new Uint32Array(n - nt);
      let no = 0;
      for (let s = 0; s < n; s++) if (counts[s] === 0 && !dead[s]) others[no++] = s;
      scoreByCount(view, others, no, countOf, byCount, run);
    }
    for (let t = 0; t < nt; t++) counts[touched[t] as number] = 0;
    for (const id of q.ids) if (id >= 0) this.bag[id] = 0;
    this.lastLookup = {
      touched: nt,
      scored: this.maxScored - run.budget,
      skippedGrams: k,
      exact: exact.length,
    };
    return top.list;
  }

  /** The live slots whose source is `norm` (whitespace normalised), checked against the text. */
  private exactSlots(norm: string): number[] {
    const h = exactHash(norm);
    const out: number[] = [];
    const take = (slot: number) => {
      // A hash is shared by about one text in four billion: the text decides.
      const u = this.units[slot];
      if (u && !this.dead[slot] && normalizeSpaces(u.source) === norm) out.push(slot);
    };
    const sorted = this.byExact;
    for (let i = lowerBound(sorted, this.exact, h); i < sorted.length; i++) {
      const slot = sorted[i] as number;
      if (this.exact[slot] !== h) break;
      take(slot);
    }
    for (let s = this.compacted; s < this.units.length; s++) if (this.exact[s] === h) take(s);
    return out;
  }
}

/** A candidate index over the sources of a TM's units, in `lang`. */
export function createTmIndex(
  lang: LangCode,
  options?: TmIndexOptions,
): TmIndex & {
  compact(): void;
  snapshot(): TmIndexSnapshot;
  readonly bytes: number;
  readonly lastLookup: { touched: number; scored: number; skippedGrams: number; exact: number };
} {
  return new GramIndex(lang, options);
}

/** An index from a snapshot and its units (in the snapshot's `ids` order; a missing or other unit
 * leaves its slot empty), without tokenising anything. */
export function loadTmIndex(
  snapshot: TmIndexSnapshot,
  units: readonly (TmUnit | undefined)[],
  options: Omit<TmIndexOptions, 'bits'> = {},
): ReturnType<typeof createTmIndex> {
  if (snapshot.version !== TM_INDEX_VERSION)
    throw new Error(`unknown TM index snapshot version ${snapshot.version}`);
  const index = new GramIndex(snapshot.lang, { ...options, bits: snapshot.bits });
  index.restore(snapshot, units);
  return index;
}
