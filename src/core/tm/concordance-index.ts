// The concordance's index: a TM's texts kept as a few long strings, in segments of consecutive
// slots, so one indexOf or one regular expression run reads thousands of sentences. Units added as
// objects (`add`: a project's TM, edits) are joined, each side apart; units straight from a TM's
// stored blocks (`addColumns`) are searched in their blocks' own text (sources and targets one
// after another, as stored), so they cost no join and no unit object until a search lists one,
// and a TM read block by block is searchable as far as it has been read (`search` with `from`
// reads only the slots added since).
import type { TmUnitColumns } from './columns.js';
import type { ConcordanceHit, ConcordanceOptions, ConcordanceResult } from './concordance.js';
import { HAN, phraseMatcher, wordBody, wordPattern, type PhraseMatcher } from './phrase.js';
import type { TmUnit } from './types.js';
import { SideJoin, WIDE, atMost, unitOf, type Block, type Segment } from './concordance-parts.js';
import { searchBlocks, searchPart } from './concordance-scan.js';

/**
 * Joined units replaced since (a unit edited in a TM editor) are matched one by one — an edit
 * must not cost joining a million sentences again — until there are this many of them.
 */
const TAIL_MAX = 20_000;
/** Units joined a step (`joinStep`): about 0.1 s of the Worker's time. */
const JOIN_STEP = 50_000;

export interface IndexSearchOptions extends ConcordanceOptions {
  /** Only units in slots from here on (those added since a search that read the others). */
  from?: number;
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
    const to = {
      from,
      max,
      keep,
      unitOf,
      capped: () => (more = true),
      gone: (slot: number) => this.units[slot] === undefined || this.changed.has(slot),
    };
    for (const seg of this.segments) {
      if (seg.to <= from) continue;
      if (found > max) {
        more = true;
        break;
      }
      if (seg.blocks) {
        found += searchBlocks(seg.blocks, sides, han ? p : wordBody(p), max - found, to);
        continue;
      }
      for (const side of sides)
        for (const part of seg[side]) {
          // A phrase with a wide character cannot be in one-byte text.
          if (wide && part.narrow) continue;
          found += searchPart(part, side, p, re, to);
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
