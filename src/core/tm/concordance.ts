// Concordance: where a word or phrase occurs in a TM's sources or targets. A phrase with Chinese
// characters is found as a substring (Chinese has no spaces to tell words by); any other phrase
// by whole words, case-insensitive, its words separated by any spaces. `concordance` scans units
// one by one (small TMs, and the reference); `ConcordanceIndex` keeps each side as one joined
// string, so one indexOf or one regular expression run reads a million sentences.
import type { TmUnit } from './types.js';

export type ConcordanceSide = 'source' | 'target';

export interface ConcordanceHit {
  unit: TmUnit;
  side: ConcordanceSide;
  /** [start, end) UTF-16 offsets of every occurrence in that side's text. */
  ranges: [number, number][];
}

export interface ConcordanceOptions {
  /** Which texts to search (default both). */
  sides?: readonly ConcordanceSide[];
  /** Most hits returned (default 100); the scan stops there. */
  max?: number;
}

export interface ConcordanceResult {
  hits: ConcordanceHit[];
  /** True when the scan stopped at `max`: there may be more. */
  more: boolean;
}

const HAN = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the occurrences of a phrase in one text (see above for how). */
export type PhraseMatcher = (text: string) => [number, number][];

/** The regular expression of a phrase without Chinese: whole words, any case, any spaces. */
function wordPattern(p: string): RegExp {
  const body = p.split(/\s+/u).map(escape).join('\\s+');
  // A word boundary that does not count Han characters as word characters ("Excel导出").
  return new RegExp(
    `(?<![[\\p{L}\\p{N}]--\\p{Script=Han}])${body}(?![[\\p{L}\\p{N}]--\\p{Script=Han}])`,
    'giv',
  );
}

export function phraseMatcher(phrase: string): PhraseMatcher | undefined {
  const p = phrase.trim();
  if (!p) return undefined;
  if (HAN.test(p)) {
    return (text) => {
      let i = text.indexOf(p);
      if (i < 0) return NO_RANGES;
      const out: [number, number][] = [];
      for (; i >= 0; i = text.indexOf(p, i + p.length)) out.push([i, i + p.length]);
      return out;
    };
  }
  const re = wordPattern(p);
  // The first letter, to skip most texts with one indexOf before the regular expression runs.
  const probe = /^[\p{L}\p{N}]/u.test(p) ? (p[0] ?? '') : '';
  const lower = probe.toLowerCase();
  const upper = probe.toUpperCase();
  return (text) => {
    if (probe && text.indexOf(lower) < 0 && text.indexOf(upper) < 0) return NO_RANGES;
    re.lastIndex = 0;
    let out: [number, number][] | undefined;
    for (let m = re.exec(text); m; m = re.exec(text))
      (out ??= []).push([m.index, m.index + m[0].length]);
    return out ?? NO_RANGES;
  };
}

const NO_RANGES: [number, number][] = [];

/** Every unit whose source or target holds the phrase, in the order given, up to `max`. */
export function concordance(
  units: Iterable<TmUnit>,
  phrase: string,
  options: ConcordanceOptions = {},
): ConcordanceResult {
  const match = phraseMatcher(phrase);
  const max = options.max ?? 100;
  const sides = options.sides ?? ['source', 'target'];
  const hits: ConcordanceHit[] = [];
  if (!match || max <= 0) return { hits, more: false };
  for (const unit of units) {
    for (const side of sides) {
      const ranges = match(unit[side]);
      if (ranges.length === 0) continue;
      if (hits.length >= max) return { hits, more: true };
      hits.push({ unit, side, ranges });
    }
  }
  return { hits, more: false };
}

/** Units in slots; removed ones leave a hole, and the joined sides are rebuilt when read. */
const SEP = '\u0001';
/**
 * Units added after the sides were joined are matched one by one (a unit edited in a TM editor
 * must not cost joining a million sentences again) until there are this many of them.
 */
const TAIL_MAX = 20_000;

export class ConcordanceIndex {
  private units: (TmUnit | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private joined?: Record<ConcordanceSide, { text: string; starts: Uint32Array }>;
  /** Slots held by the joined sides; those from here on are the tail. */
  private joinedSlots = 0;

  /** UTF-16 units held by the joined sides (0 until the first search). */
  get chars(): number {
    return this.joined ? this.joined.source.text.length + this.joined.target.text.length : 0;
  }

  /** Units held. */
  get size(): number {
    return this.slotOf.size;
  }

  add(units: Iterable<TmUnit>): void {
    for (const u of units) {
      this.remove(u.id);
      this.slotOf.set(u.id, this.units.length);
      this.units.push(u);
    }
    if (this.units.length - this.joinedSlots > TAIL_MAX) this.joined = undefined;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.units[slot] = undefined;
  }

  private side(side: ConcordanceSide): { text: string; starts: Uint32Array } {
    if (!this.joined) {
      const n = this.units.length;
      const build = (s: ConcordanceSide) => {
        const starts = new Uint32Array(n + 1);
        const parts: string[] = [];
        let at = 0;
        for (let i = 0; i < n; i++) {
          // The separator in a text would join two units: it becomes another control.
          const raw = this.units[i]?.[s] ?? '';
          const t = raw.includes(SEP) ? raw.replaceAll(SEP, '\u0002') : raw;
          starts[i] = at;
          parts.push(t);
          at += t.length + 1;
        }
        starts[n] = at;
        return { text: parts.join(SEP), starts };
      };
      this.joined = { source: build('source'), target: build('target') };
      this.joinedSlots = n;
    }
    return this.joined[side];
  }

  /** Joins the sides now (a search does it first), so the next search answers at once. */
  prepare(): void {
    this.side('source');
  }

  /** The same hits as `concordance` over the units in the order added, each side searched once. */
  search(phrase: string, options: ConcordanceOptions = {}): ConcordanceResult {
    const p = phrase.trim();
    const max = options.max ?? 100;
    if (!p || max <= 0) return { hits: [], more: false };
    const bySlot = new Map<number, ConcordanceHit[]>();
    let more = false;
    const match = phraseMatcher(p) as PhraseMatcher;
    for (const side of options.sides ?? ['source', 'target']) {
      const { text, starts } = this.side(side);
      let slots = 0;
      let last = -1;
      let hit: ConcordanceHit | undefined;
      const take = (start: number, end: number): boolean => {
        let lo = 0;
        let hi = starts.length - 2;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((starts[mid] as number) <= start) lo = mid;
          else hi = mid - 1;
        }
        const unit = this.units[lo];
        if (!unit) return true;
        const base = starts[lo] as number;
        if (lo !== last) {
          if (slots >= max) {
            more = true;
            return false;
          }
          slots++;
          last = lo;
          hit = { unit, side, ranges: [] };
          const list = bySlot.get(lo);
          if (list) list.push(hit);
          else bySlot.set(lo, [hit]);
        }
        hit?.ranges.push([start - base, end - base]);
        return true;
      };
      let full = false;
      if (HAN.test(p)) {
        for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length))
          if (!take(i, i + p.length)) {
            full = true;
            break;
          }
      } else {
        const re = wordPattern(p);
        for (let m = re.exec(text); m; m = re.exec(text))
          if (!take(m.index, m.index + m[0].length)) {
            full = true;
            break;
          }
      }
      // The tail: units added (or changed) since the sides were joined, after them in order.
      for (let s = this.joinedSlots; !full && s < this.units.length; s++) {
        const unit = this.units[s];
        if (!unit) continue;
        const ranges = match(unit[side]);
        if (ranges.length === 0) continue;
        if (slots >= max) {
          more = true;
          break;
        }
        slots++;
        const list = bySlot.get(s);
        const h = { unit, side, ranges: [...ranges] };
        if (list) list.push(h);
        else bySlot.set(s, [h]);
      }
    }
    const hits = [...bySlot.keys()]
      .sort((a, b) => a - b)
      .flatMap((k) => bySlot.get(k) as ConcordanceHit[]);
    if (hits.length > max) more = true;
    return { hits: hits.slice(0, max), more };
  }

  /**
   * The first `max` units holding the phrase, in the order added, each with its ranges on both
   * sides (a TM editor lists units, not sides); `more` when there are others.
   */
  searchUnits(phrase: string, max: number): UnitHitsResult {
    // Each side gives at most max + 1 units, so 2 (max + 1) hits hold the first max + 1 units.
    return unitHits(this.search(phrase, { max: 2 * (max + 1) }).hits, max);
  }
}

/** A unit holding a phrase, with where it is on each side. */
export interface UnitHit {
  unit: TmUnit;
  source: [number, number][];
  target: [number, number][];
}

export interface UnitHitsResult {
  hits: UnitHit[];
  more: boolean;
}

/** Concordance hits (a unit's sides one after the other) as units, the first `max` of them. */
export function unitHits(hits: readonly ConcordanceHit[], max: number): UnitHitsResult {
  const out: UnitHit[] = [];
  for (const h of hits) {
    let last = out[out.length - 1];
    if (last?.unit !== h.unit) {
      if (out.length === max) return { hits: out, more: true };
      last = { unit: h.unit, source: [], target: [] };
      out.push(last);
    }
    last[h.side] = h.ranges;
  }
  return { hits: out, more: false };
}
