// The concordance's index: a TM's texts kept as a few long strings, in segments of consecutive
// slots, so one indexOf or one regular expression run reads thousands of sentences. Units added as
// objects (`add`: a project's TM, edits) are joined, each side apart; units straight from a TM's
// stored blocks (`addColumns`) are searched in their blocks' own text (sources and targets one
// after another, as stored), so they cost no join and no unit object until a search lists one,
// and a TM read block by block is searchable as far as it has been read (`search` with `from`
// reads only the slots added since).
import type { TmUnitColumns } from './columns.js';
import type {
  ConcordanceHit,
  ConcordanceOptions,
  ConcordanceResult,
  ConcordanceSide,
} from './concordance.js';
import {
  HAN,
  phraseMatcher,
  wholeWord,
  wordBody,
  wordPattern,
  type PhraseMatcher,
} from './phrase.js';
import type { TmUnit } from './types.js';

/** Between two texts of a joined side. */
const SEP = '\u0001';
/**
 * Joined units replaced since (a unit edited in a TM editor) are matched one by one — an edit
 * must not cost joining a million sentences again — until there are this many of them.
 */
const TAIL_MAX = 20_000;
/** Units joined a step (`joinStep`): about 0.1 s of the Worker's time. */
const JOIN_STEP = 50_000;
const WIDE = /[\u0100-\uffff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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

/** A stored block's units in columns, from slot `base` on (empty slots are holes). */
interface Block {
  c: TmUnitColumns;
  base: number;
}

/** Slots `from` … `to` − 1: joined sides, or stored blocks searched as they are. */
interface Segment {
  from: number;
  to: number;
  source: Part[];
  target: Part[];
  blocks?: Block[];
}

/**
 * The texts joined, as a one-byte string: they have no wide character, but a text cut from a
 * larger two-byte one (a parsed file, a stored block) stays two bytes a character in V8, and so
 * would their join. Decoding makes a string one byte a character whenever it can; done in chunks
 * to keep the transient copies small.
 */
function joinNarrow(list: readonly string[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < list.length; i += 10_000)
    chunks.push(decoder.decode(encoder.encode(list.slice(i, i + 10_000).join(SEP))));
  return chunks.join(SEP);
}

/**
 * Joins one side's texts in two parts — texts written in one-byte characters only (English,
 * mostly) and the others: one wide character (a dash, a Chinese character) makes V8 store a whole
 * string two bytes a character, so kept apart the English side of a TM takes half the memory.
 */
class SideJoin {
  private readonly texts: [string[], string[]] = [[], []];
  private readonly slots: [number[], number[]] = [[], []];

  push(slot: number, raw: string): void {
    // The separator in a text would join two units: it becomes another control.
    const t = raw.includes(SEP) ? raw.replaceAll(SEP, '\u0002') : raw;
    const k = WIDE.test(t) ? 1 : 0;
    this.texts[k].push(t);
    this.slots[k].push(slot);
  }

  parts(): Part[] {
    return ([0, 1] as const).map((k) => {
      const list = this.texts[k];
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
        slots: Uint32Array.from(this.slots[k]),
        narrow: k === 0,
      };
    });
  }
}

/** The unit in slot `s` of a block's columns, or undefined for an empty slot. */
function unitOf(c: TmUnitColumns, s: number): TmUnit | undefined {
  const id = c.ids[s];
  if (!id) return undefined;
  const at = s === 0 ? 0 : (c.ends[2 * s - 1] as number);
  const mid = c.ends[2 * s] as number;
  const unit: TmUnit = {
    id,
    source: c.text.slice(at, mid),
    target: c.text.slice(mid, c.ends[2 * s + 1]),
    createdAt: c.createdAt[s] as number,
    changedAt: c.changedAt[s] as number,
  };
  // The few units with optional fields, by slot in order.
  let lo = 0;
  let hi = c.extraSlots.length - 1;
  while (lo <= hi) {
    const k = (lo + hi) >> 1;
    const at = c.extraSlots[k] as number;
    if (at === s) return { ...unit, ...c.extras[k] };
    if (at < s) lo = k + 1;
    else hi = k - 1;
  }
  return unit;
}

/** The last index of a sorted list whose value is at most `x` (0 when none is). */
function atMost<T>(list: ArrayLike<T>, x: number, of: (v: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (of(list[mid] as T) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface IndexSearchOptions extends ConcordanceOptions {
  /** Only units in slots from here on (those added since a search that read the others). */
  from?: number;
}

/** Where a search puts what it finds. */
interface Collect {
  from: number;
  max: number;
  keep: (slot: number, hit: ConcordanceHit) => void;
  unitOf: (slot: number) => TmUnit;
  capped: () => void;
}

export class ConcordanceIndex {
  /**
   * Units by slot: an object, `null` for a unit kept only in its segment's columns (made into an
   * object when listed), undefined for a removed one (a hole).
   */
  private readonly units: (TmUnit | null | undefined)[] = [];
  /** Made at the first add or remove by id: a TM only searched never pays for a million ids. */
  private slotOf?: Map<string, number>;
  private live = 0;
  /** Joined segments, in slot order; the slots from `tailFrom` on are the tail. */
  private segments: Segment[] = [];
  private tailFrom = 0;
  /** Joined slots whose unit was replaced since: their joined text is stale, matched one by one. */
  private readonly changed = new Set<number>();

  /** UTF-16 units held by the joined sides (0 until the first search). */
  get chars(): number {
    let n = 0;
    for (const s of this.segments) for (const p of [...s.source, ...s.target]) n += p.text.length;
    return n;
  }

  /** Units held. */
  get size(): number {
    return this.live;
  }

  /** Slots used so far: a search `from` here reads only what is added after. */
  get slots(): number {
    return this.units.length;
  }

  private ids(): Map<string, number> {
    if (!this.slotOf) {
      const m = new Map<string, number>();
      for (const seg of this.segments)
        for (const { c, base } of seg.blocks ?? [])
          c.ids.forEach((id, s) => {
            if (this.units[base + s] === null) m.set(id, base + s);
          });
      this.units.forEach((u, s) => {
        if (u) m.set(u.id, s);
      });
      this.slotOf = m;
    }
    return this.slotOf;
  }

  /** Adds units; one with the id of a unit held replaces it in its place (an edit). */
  add(units: Iterable<TmUnit>): void {
    const ids = this.ids();
    for (const u of units) {
      const slot = ids.get(u.id);
      if (slot !== undefined) {
        this.units[slot] = u;
        if (slot < this.tailFrom) this.changed.add(slot);
        continue;
      }
      ids.set(u.id, this.units.length);
      this.units.push(u);
      this.live++;
    }
  }

  /**
   * Adds the units of stored blocks, in order (their empty slots left empty), kept as they are: a
   * TM read block by block is searchable as far as it has been read.
   */
  addColumns(blocks: readonly TmUnitColumns[]): void {
    // Slots stay in order: units added one by one before these are joined first.
    if (this.units.length > this.tailFrom) this.joinTail();
    const from = this.units.length;
    const list: Block[] = [];
    for (const c of blocks) {
      if (c.version !== 1) throw new Error(`unknown TM unit columns version ${c.version}`);
      const base = this.units.length;
      list.push({ c, base });
      for (let s = 0; s < c.count; s++) {
        const id = c.ids[s];
        this.units.push(id ? null : undefined);
        if (!id) continue;
        this.slotOf?.set(id, base + s);
        this.live++;
      }
    }
    this.segments.push({ from, to: this.units.length, source: [], target: [], blocks: list });
    this.tailFrom = this.units.length;
  }

  remove(id: string): void {
    const ids = this.ids();
    const slot = ids.get(id);
    if (slot === undefined) return;
    ids.delete(id);
    this.units[slot] = undefined;
    this.changed.delete(slot);
    this.live--;
  }

  /** Joins now everything not joined yet, so the next search answers at once. */
  prepare(): void {
    if (this.changed.size > TAIL_MAX) this.rejoin();
    while (this.joinStep(Infinity));
  }

  /** Units added one by one and not joined yet: a search reads them one by one. */
  get unjoined(): number {
    return this.units.length - this.tailFrom;
  }

  /**
   * Joins the next `n` units not joined yet, as a segment; true while some remain. A search never
   * waits for a join: its owner joins a step at a time between searches (the TM Worker does), so
   * the first search of a million units reads them one by one instead of joining them first.
   */
  joinStep(n = JOIN_STEP): boolean {
    const to = Math.min(this.units.length, this.tailFrom + n);
    if (to > this.tailFrom) this.joinTail(to);
    return this.units.length > this.tailFrom;
  }

  /** The units added one by one since the last join, up to slot `to`, as a segment of their own. */
  private joinTail(to = this.units.length): void {
    const source = new SideJoin();
    const target = new SideJoin();
    const from = this.tailFrom;
    for (let s = from; s < to; s++) {
      const u = this.units[s];
      if (!u) continue;
      source.push(s, u.source);
      target.push(s, u.target);
    }
    this.segments.push({ from, to, source: source.parts(), target: target.parts() });
    this.tailFrom = to;
  }

  /** Too many units replaced since their join: everything joined again, as objects. */
  private rejoin(): void {
    for (let s = 0; s < this.units.length; s++)
      if (this.units[s] === null) this.units[s] = this.unitAt(s);
    this.segments = [];
    this.tailFrom = 0;
    this.changed.clear();
    this.joinTail();
  }

  /** The unit in a slot, made from its block's columns when it is kept there. */
  private unitAt(slot: number): TmUnit | undefined {
    const u = this.units[slot];
    if (u !== null) return u;
    const seg = this.segments[atMost(this.segments, slot, (x) => x.from)] as Segment;
    const blocks = seg.blocks as Block[];
    const { c, base } = blocks[atMost(blocks, slot, (x) => x.base)] as Block;
    return unitOf(c, slot - base);
  }

  /**
   * The same hits as `concordance` over the units in the order first added (a unit replaced keeps
   * its place), each side searched once.
   */
  search(phrase: string, options: IndexSearchOptions = {}): ConcordanceResult {
    const p = phrase.trim();
    const max = options.max ?? 100;
    const from = options.from ?? 0;
    if (!p || max <= 0) return { hits: [], more: false };
    if (this.changed.size > TAIL_MAX) this.rejoin();
    const bySlot = new Map<number, ConcordanceHit[]>();
    let more = false;
    const han = HAN.test(p);
    const wide = WIDE.test(p);
    const match = phraseMatcher(p) as PhraseMatcher;
    const re = han ? undefined : wordPattern(p);
    const sides = options.sides ?? ['source', 'target'];
    const keep = (slot: number, hit: ConcordanceHit) => {
      const list = bySlot.get(slot);
      if (list) list.push(hit);
      else bySlot.set(slot, [hit]);
    };
    // One object a unit, whichever side found it (units are told apart by identity).
    const made = new Map<number, TmUnit>();
    const unitOf = (slot: number): TmUnit => {
      let u = made.get(slot);
      if (!u) made.set(slot, (u = this.unitAt(slot) as TmUnit));
      return u;
    };
    // The tail: units replaced since they were joined, and those not joined yet, one by one in
    // slot order (both sides of each), so past `max` hits the rest cannot be listed.
    const tail = [...this.changed].filter((s) => s >= from).sort((a, b) => a - b);
    let inTail = 0;
    const scan = (s: number): boolean => {
      const unit = this.units[s];
      if (!unit) return true;
      for (const side of sides) {
        const ranges = match(unit[side]);
        if (ranges.length === 0) continue;
        if (inTail > max) {
          more = true;
          return false;
        }
        inTail++;
        keep(s, { unit, side, ranges: [...ranges] });
      }
      return true;
    };
    let going = tail.every(scan);
    for (let s = Math.max(from, this.tailFrom); going && s < this.units.length; s++)
      going = scan(s);
    // Segments in slot order: once more than `max` hits are found, later slots cannot be listed.
    let found = 0;
    const to = { from, max, keep, unitOf, capped: () => (more = true) };
    for (const seg of this.segments) {
      if (seg.to <= from) continue;
      if (found > max) {
        more = true;
        break;
      }
      if (seg.blocks) {
        found += this.searchBlocks(seg.blocks, sides, han ? p : wordBody(p), max - found, to);
        continue;
      }
      for (const side of sides)
        for (const part of seg[side]) {
          // A phrase with a wide character cannot be in one-byte text.
          if (wide && part.narrow) continue;
          found += this.searchPart(part, side, p, re, to);
        }
    }
    const hits = [...bySlot.keys()]
      .sort((a, b) => a - b)
      .flatMap((k) => bySlot.get(k) as ConcordanceHit[]);
    if (hits.length > max) more = true;
    return { hits: hits.slice(0, max), more };
  }

  /** The first `max` units of one part holding the phrase; returns how many were kept. */
  private searchPart(
    part: Part,
    side: ConcordanceSide,
    p: string,
    re: RegExp | undefined,
    to: Collect,
  ): number {
    const { from, max, keep, unitOf, capped } = to;
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
      if (slot < from || this.units[slot] === undefined || this.changed.has(slot)) return true;
      const base = starts[lo] as number;
      if (lo !== last) {
        if (slots >= max) {
          capped();
          return false;
        }
        slots++;
        last = lo;
        hit = { unit: unitOf(slot), side, ranges: [] };
        keep(slot, hit);
      }
      hit?.ranges.push([start - base, end - base]);
      return true;
    };
    if (!re) {
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length))
        if (!take(i, i + p.length)) break;
    } else {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text))
        if (!take(m.index, m.index + m[0].length)) break;
    }
    return slots;
  }

  /**
   * Searches stored blocks in their own text, where each slot's source and target follow one
   * another: a match must lie within one text, and a phrase without Chinese (`find` a regular
   * expression without word boundaries) must have them within that text. Hits come in slot
   * order, so the search stops after `room` of them (more than can be listed); returns how many
   * were kept.
   */
  private searchBlocks(
    blocks: readonly Block[],
    sides: readonly ConcordanceSide[],
    find: string | RegExp,
    room: number,
    to: Collect,
  ): number {
    const { from, keep, unitOf, capped } = to;
    const want = { source: sides.includes('source'), target: sides.includes('target') };
    let kept = 0;
    for (const { c, base } of blocks) {
      if (base + c.count <= from) continue;
      const { text, ends } = c;
      let last = -1;
      let hit: ConcordanceHit | undefined;
      /** Keeps a match of text k (slot k >> 1, its target when odd); false: no room left. */
      const take = (k: number, start: number, end: number): boolean => {
        const slot = base + (k >> 1);
        if (slot < from || this.units[slot] === undefined || this.changed.has(slot)) return true;
        const side: ConcordanceSide = k & 1 ? 'target' : 'source';
        if (!want[side]) return true;
        const at = k === 0 ? 0 : (ends[k - 1] as number);
        if (k !== last) {
          if (kept > room) {
            capped();
            return false;
          }
          kept++;
          last = k;
          hit = { unit: unitOf(slot), side, ranges: [] };
          keep(slot, hit);
        }
        hit?.ranges.push([start - at, end - at]);
        return true;
      };
      /** Which text a match from `i` to `end` is in (the first ending after `i`); inside it? */
      const textAt = (i: number, end: number) => {
        let lo = 0;
        let hi = ends.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((ends[mid] as number) > i) hi = mid;
          else lo = mid + 1;
        }
        return { k: lo, inside: end <= (ends[lo] as number) };
      };
      if (typeof find === 'string') {
        for (let i = text.indexOf(find); i >= 0;) {
          const end = i + find.length;
          const { k, inside } = textAt(i, end);
          if (!inside) {
            i = text.indexOf(find, i + 1);
            continue;
          }
          if (!take(k, i, end)) return kept;
          i = text.indexOf(find, end);
        }
      } else {
        find.lastIndex = 0;
        for (let m = find.exec(text); m; m = find.exec(text)) {
          const end = m.index + m[0].length;
          const { k, inside } = textAt(m.index, end);
          const start = k === 0 ? 0 : (ends[k - 1] as number);
          if (!inside || !wholeWord(text, m.index, end, start, ends[k] as number)) {
            find.lastIndex = m.index + 1;
            continue;
          }
          if (!take(k, m.index, end)) return kept;
        }
      }
    }
    return kept;
  }

  /**
   * The first `max` units holding the phrase, in the order added, each with its ranges on both
   * sides (a TM editor lists units, not sides); `more` when there are others.
   */
  searchUnits(phrase: string, max: number, from = 0): UnitHitsResult {
    // Each side gives at most max + 1 units, so 2 (max + 1) hits hold the first max + 1 units.
    return unitHits(this.search(phrase, { max: 2 * (max + 1), from }).hits, max);
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
