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
 * Units added or replaced after the sides were joined are matched one by one (a unit edited in a
 * TM editor must not cost joining a million sentences again) until there are this many of them.
 */
const TAIL_MAX = 20_000;

/**
 * One side's texts joined: `text` holds the texts of `slots` in order, the one of `slots[k]` from
 * `starts[k]` (and a separator after it).
 */
interface Part {
  text: string;
  starts: Uint32Array;
  slots: Uint32Array;
  /** Every character is below U+0100: V8 keeps the string one byte a character. */
  narrow: boolean;
}

const WIDE = /[\u0100-\uffff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The texts joined, as a one-byte string: they have no wide character, but a text cut from a
 * larger two-byte one (a parsed file) stays two bytes a character in V8, and so would their join.
 * Decoding makes a string one byte a character whenever it can; done in chunks to keep the
 * transient copies small.
 */
function joinNarrow(list: readonly string[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < list.length; i += 10_000)
    chunks.push(decoder.decode(encoder.encode(list.slice(i, i + 10_000).join(SEP))));
  return chunks.join(SEP);
}

export class ConcordanceIndex {
  private units: (TmUnit | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /**
   * Each side in two parts: the texts written in one-byte characters only (English, mostly) and
   * the others. One wide character (a dash, a Chinese character) makes V8 store a whole string
   * two bytes a character: kept apart, the English side of a TM takes half the memory.
   */
  private joined?: Record<ConcordanceSide, Part[]>;
  /** Slots held by the joined sides; those from here on are the tail. */
  private joinedSlots = 0;
  /** Joined slots whose unit was replaced since: their joined text is stale, matched one by one. */
  private readonly changed = new Set<number>();

  /** UTF-16 units held by the joined sides (0 until the first search). */
  get chars(): number {
    if (!this.joined) return 0;
    return [...this.joined.source, ...this.joined.target].reduce((n, p) => n + p.text.length, 0);
  }

  /** Units held. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Adds units; one with the id of a unit held replaces it in its place (an edit). */
  add(units: Iterable<TmUnit>): void {
    for (const u of units) {
      const slot = this.slotOf.get(u.id);
      if (slot !== undefined) {
        this.units[slot] = u;
        if (slot < this.joinedSlots) this.changed.add(slot);
        continue;
      }
      this.slotOf.set(u.id, this.units.length);
      this.units.push(u);
    }
    if (this.units.length - this.joinedSlots + this.changed.size > TAIL_MAX)
      this.joined = undefined;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.units[slot] = undefined;
  }

  /** Joins the sides now (a search does it first), so the next search answers at once. */
  prepare(): void {
    this.side('source');
  }

  private side(side: ConcordanceSide): Part[] {
    if (!this.joined) {
      const n = this.units.length;
      const build = (s: ConcordanceSide): Part[] => {
        const texts: [string[], string[]] = [[], []];
        const slots: [number[], number[]] = [[], []];
        for (let i = 0; i < n; i++) {
          const u = this.units[i];
          if (!u) continue;
          // The separator in a text would join two units: it becomes another control.
          const raw = u[s];
          const t = raw.includes(SEP) ? raw.replaceAll(SEP, '\u0002') : raw;
          const k = WIDE.test(t) ? 1 : 0;
          texts[k].push(t);
          slots[k].push(i);
        }
        return [0, 1].map((k) => {
          const list = texts[k as 0 | 1];
          const starts = new Uint32Array(list.length + 1);
          let at = 0;
          list.forEach((t, j) => {
            starts[j] = at;
            at += t.length + 1;
          });
          starts[list.length] = at;
          return {
            text: k === 0 ? joinNarrow(list) : list.join(SEP),
            starts,
            slots: Uint32Array.from(slots[k as 0 | 1]),
            narrow: k === 0,
          };
        });
      };
      this.joined = { source: build('source'), target: build('target') };
      this.joinedSlots = n;
      this.changed.clear();
    }
    return this.joined[side];
  }

  /**
   * The same hits as `concordance` over the units in the order first added (a unit replaced keeps
   * its place), each side searched once.
   */
  search(phrase: string, options: ConcordanceOptions = {}): ConcordanceResult {
    const p = phrase.trim();
    const max = options.max ?? 100;
    if (!p || max <= 0) return { hits: [], more: false };
    const bySlot = new Map<number, ConcordanceHit[]>();
    let more = false;
    const han = HAN.test(p);
    const wide = WIDE.test(p);
    const match = phraseMatcher(p) as PhraseMatcher;
    this.prepare(); // first: joining empties the tail
    const tail = [...this.changed].sort((a, b) => a - b);
    for (let s = this.joinedSlots; s < this.units.length; s++) tail.push(s);
    const keep = (slot: number, hit: ConcordanceHit) => {
      const list = bySlot.get(slot);
      if (list) list.push(hit);
      else bySlot.set(slot, [hit]);
    };
    for (const side of options.sides ?? ['source', 'target']) {
      // Each part (and the tail) gives its first `max` units: together they hold the side's.
      for (const part of this.side(side)) {
        // A phrase with a wide character cannot be in one-byte text.
        if (wide && part.narrow) continue;
        const { text, starts } = part;
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
          const slot = part.slots[lo] as number;
          const unit = this.units[slot];
          if (!unit || this.changed.has(slot)) return true;
          const base = starts[lo] as number;
          if (lo !== last) {
            if (slots >= max) {
              more = true;
              return false;
            }
            slots++;
            last = lo;
            hit = { unit, side, ranges: [] };
            keep(slot, hit);
          }
          hit?.ranges.push([start - base, end - base]);
          return true;
        };
        if (han) {
          for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length))
            if (!take(i, i + p.length)) break;
        } else {
          const re = wordPattern(p);
          for (let m = re.exec(text); m; m = re.exec(text))
            if (!take(m.index, m.index + m[0].length)) break;
        }
      }
      // The tail: units replaced since the sides were joined, and those added after, matched
      // one by one.
      let slots = 0;
      for (const s of tail) {
        const unit = this.units[s];
        if (!unit) continue;
        const ranges = match(unit[side]);
        if (ranges.length === 0) continue;
        if (slots >= max) {
          more = true;
          break;
        }
        slots++;
        keep(s, { unit, side, ranges: [...ranges] });
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
