// How a lookup scores the units its bigram counts found (gram-index.ts): the bound a shared count
// gives a unit's score, and the passes that score units best bound first until no later unit
// can enter the list. Kept apart from the index's storage, which it reads through `IndexView`.
import { toMatch, type TopMatches } from './rank.js';
import {
  baseScore,
  boundedDistance,
  maxDistanceFor,
  prepare,
  scorePrepared,
  type Prepared,
  type Vocab,
} from './score.js';
import type { LookupOptions, TmUnit } from './types.js';

/** The best a unit not found by its text can score (see the score's definition). */
export const BELOW_EXACT = 99;

/** What scoring reads of an index: its units, their token ids, and scratch for the bag bound. */
export interface IndexView {
  units: readonly (TmUnit | undefined)[];
  vocab: Vocab;
  /** Unit s's content token ids are tokIds[tokOff[s]…tokOff[s+1]). */
  tokIds: Uint16Array | Uint32Array;
  tokOff: Uint32Array;
  /** Per slot, the mask of its numbers' values. */
  numMask: Uint32Array;
  /** The query's token counts by id, and zeroed scratch of the same size. */
  bag: Int32Array;
  used: Int32Array;
}

/**
 * The highest base score a unit of `lu` content tokens can reach when it shares at most `c` of
 * the query's `dq` bigram occurrences (query: `lq` tokens, so lq + 1 bigrams with the marks). Substitutions and deletions destroy at
 * most two query bigrams each, insertions one, and there are at least lu − lq insertions.
 */
export function scoreBound(lq: number, lu: number, dq: number, c: number): number {
  const extra = lu > lq ? lu - lq : 0;
  const byGrams = Math.ceil((dq - c + extra) / 2);
  const d = Math.max(Math.abs(lu - lq), byGrams, 0);
  return baseScore(Math.min(d, Math.max(lq, lu)), lq, lu);
}

/** The best bound of a unit sharing at most `c` bigrams, whatever its length. */
export function bestBound(lq: number, dq: number, c: number): number {
  let best = 0;
  for (let lu = Math.max(0, lq - 1); lu <= lq + Math.max(0, dq - c) + 1; lu++)
    best = Math.max(best, scoreBound(lq, lu, dq, c));
  return best;
}

/** One lookup's state, shared by its passes. */
export interface Run {
  q: Prepared;
  top: TopMatches;
  min: number;
  options: LookupOptions;
  /** Units left to score before the lookup gives up. */
  budget: number;
  /** The units found by their text (100 or 101): not scored again. */
  found: Set<number> | undefined;
  /** The bits of the query's number values (at most MAX_VALUES), and all of them. */
  valueBits: Uint32Array;
  mask: number;
}

/**
 * How well a unit's numbers agree with the query's, to order units of one shared count:
 * twice the query values its mask holds, plus one when the masks are equal (no other number).
 */
function numberKey(ix: IndexView, slot: number, run: Run): number {
  const m = ix.numMask[slot] as number;
  let agree = 0;
  for (let i = 0; i < run.valueBits.length; i++) {
    const b = run.valueBits[i] as number;
    if ((m & b) >>> 0 === b) agree++;
  }
  return 2 * agree + (m === run.mask ? 1 : 0);
}

/**
 * Whether a unit's base score may reach `thr`, from its stored token ids: first the bag bound
 * (tokens one side has more of than the other each need an edit), then the distance itself,
 * stopping once it is too far. Only units that pass are tokenised and fully scored.
 */
function mayReach(ix: IndexView, qids: Int32Array, slot: number, thr: number): boolean {
  const a = ix.tokOff[slot] as number;
  const b = ix.tokOff[slot + 1] as number;
  const lu = b - a;
  const lq = qids.length;
  const maxD = maxDistanceFor(lq, lu, thr);
  if (Math.abs(lq - lu) > maxD) return false;
  const bag = ix.bag;
  const used = ix.used;
  const ids = ix.tokIds;
  let common = 0;
  for (let i = a; i < b; i++) {
    const id = ids[i] as number;
    if ((used[id] as number) < (bag[id] as number)) {
      used[id]!++;
      common++;
    }
  }
  for (let i = a; i < b; i++) used[ids[i] as number] = 0;
  if (Math.max(lq, lu) - common > maxD) return false;
  return boundedDistance(qids, ids.subarray(a, b), maxD) <= maxD;
}

/**
 * Scores `slots` by their shared count, highest first, until the best bound of a count cannot
 * beat the last of a full `top`, or the budget ends. Within a count, units whose numbers agree
 * with the query's come first when the budget may end there, and a unit's own bound (with its
 * length) rules it out before anything is computed for it.
 */
export function scoreByCount(
  ix: IndexView,
  slots: Uint32Array,
  count: number,
  countOf: (slot: number) => number,
  byCount: Uint8Array,
  run: Run,
): void {
  const { q, top, min, options } = run;
  const dq = byCount.length - 1;
  const lq = q.ids.length;
  const keys = new Int32Array(count);
  const perCount = new Uint32Array(dq + 2);
  for (let t = 0; t < count; t++) {
    const c = countOf(slots[t] as number);
    const keep = c >= 0 && (byCount[c] as number) >= min;
    keys[t] = keep ? c : -1;
    if (keep) perCount[c]!++;
  }
  // Where each count's group starts in `order`, highest count first.
  const from = new Uint32Array(dq + 2);
  for (let c = dq - 1; c >= 0; c--) from[c] = (from[c + 1] as number) + (perCount[c + 1] as number);
  const order = new Uint32Array((from[0] as number) + (perCount[0] as number));
  const at = from.slice();
  for (let t = 0; t < count; t++) {
    const c = keys[t] as number;
    if (c >= 0) order[at[c]!++] = slots[t] as number;
  }
  const off = ix.tokOff;
  for (let c = dq; c >= 0; c--) {
    const best = Math.min(BELOW_EXACT, byCount[c] as number);
    if (best < min) return;
    // Below the last of a full list nothing can enter (a tie may, if newer).
    if (top.floor >= 0 && best < top.floor) return;
    const start = from[c] as number;
    const end = start + (perCount[c] as number);
    // Only a group the budget cannot see through needs an order: numbers agreeing first.
    if (end - start > run.budget) byNumbers(ix, order.subarray(start, end), run);
    for (let o = start; o < end; o++) {
      const slot = order[o] as number;
      if (run.found?.has(slot)) continue;
      const thr = Math.min(BELOW_EXACT, Math.max(min, top.floor));
      const lu = (off[slot + 1] as number) - (off[slot] as number);
      const ub = scoreBound(lq, lu, dq, c);
      if (ub < thr) continue;
      if (run.budget-- <= 0) return;
      if (!mayReach(ix, q.ids, slot, thr)) continue;
      const unit = ix.units[slot] as TmUnit;
      const score = scorePrepared(q, prepare(unit.source, ix.vocab, false), thr);
      if (score >= 0) top.add(toMatch(unit, score, options));
    }
  }
}

/** Reorders `group` in place by `numberKey`, highest first (stable: ties keep their order). */
function byNumbers(ix: IndexView, group: Uint32Array, run: Run): void {
  const K = 2 * run.valueBits.length + 2;
  const keys = new Uint8Array(group.length);
  const at = new Uint32Array(K + 1);
  for (let i = 0; i < group.length; i++) {
    const k = K - 1 - numberKey(ix, group[i] as number, run);
    keys[i] = k;
    at[k + 1]!++;
  }
  for (let k = 1; k <= K; k++) at[k]! += at[k - 1] as number;
  const copy = group.slice();
  for (let i = 0; i < copy.length; i++) group[at[keys[i] as number]!++] = copy[i] as number;
}
