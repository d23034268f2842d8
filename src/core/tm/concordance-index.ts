// The concordance's index: each side of a TM's units kept as joined strings, in segments of
// consecutive slots, so one indexOf or one regular expression run reads a million sentences.
// Units come as objects (`add`: a project's TM, edits) or straight from a TM's stored blocks in
// columns (`addColumns`): those are joined as they arrive, batch by batch — no unit object is
// made until a search lists the unit — so a TM read block by block can be searched as soon as its
// first blocks are in (`search` with `from` reads only the slots added since).
import type { TmUnitColumns } from './columns.js';
import type {
  ConcordanceHit,
  ConcordanceOptions,
  ConcordanceResult,
  ConcordanceSide,
} from './concordance.js';
import { HAN, phraseMatcher, wordPattern, type PhraseMatcher } from './phrase.js';
import type { TmUnit } from './types.js';

/** Between two texts of a joined side. */
const SEP = '\u0001';
/**
 * Units added or replaced after the last join are matched one by one (a unit edited in a TM
 * editor must not cost joining a million sentences again) until there are this many of them.
 */
const TAIL_MAX = 20_000;
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

/** What a segment of units added as columns keeps besides the joined texts, by slot − `from`. */
interface Held {
  ids: string[];
  createdAt: Float64Array;
  changedAt: Float64Array;
  /** Optional fields (context, origin, codes…) of the few units that have them. */
  extras: Map<number, Partial<TmUnit>>;
  /** Where each slot's text is in the side's parts: its index in the part × 2 + the part. */
  source: Uint32Array;
  target: Uint32Array;
}

/** Slots `from` … `to` − 1 joined. */
interface Segment {
  from: number;
  to: number;
  source: Part[];
  target: Part[];
  held?: Held;
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

  /** `loc`, when given, learns where each slot's text goes (see `Held`). */
  constructor(
    private readonly loc?: Uint32Array,
    private readonly from = 0,
  ) {}

  push(slot: number, raw: string): void {
    // The separator in a text would join two units: it becomes another control.
    const t = raw.includes(SEP) ? raw.replaceAll(SEP, '\u0002') : raw;
    const k = WIDE.test(t) ? 1 : 0;
    if (this.loc) this.loc[slot - this.from] = this.texts[k].length * 2 + k;
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

/** The text at `loc` (see `Held`) of a side's parts. */
function textAt(parts: readonly Part[], loc: number): string {
  const part = parts[loc & 1] as Part;
  const j = loc >>> 1;
  return part.text.slice(part.starts[j], (part.starts[j + 1] as number) - 1);
}

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
        if (seg.held)
          seg.held.ids.forEach((id, i) => {
            if (this.units[seg.from + i] === null) m.set(id, seg.from + i);
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
   * Adds the units of stored blocks, in order (empty slots skipped), joined at once: a TM read
   * block by block is searchable as far as it has been read.
   */
  addColumns(blocks: readonly TmUnitColumns[]): void {
    // Slots stay in order: units added one by one before these are joined first.
    if (this.units.length > this.tailFrom) this.joinTail();
    const from = this.units.length;
    const n = blocks.reduce((sum, c) => sum + c.count, 0);
    const held: Held = {
      ids: new Array<string>(n),
      createdAt: new Float64Array(n),
      changedAt: new Float64Array(n),
      extras: new Map(),
      source: new Uint32Array(n),
      target: new Uint32Array(n),
    };
    const source = new SideJoin(held.source, from);
    const target = new SideJoin(held.target, from);
    let i = 0;
    for (const c of blocks) {
      if (c.version !== 1) throw new Error(`unknown TM unit columns version ${c.version}`);
      const extra = new Map<number, Partial<TmUnit>>();
      c.extraSlots.forEach((s, k) => extra.set(s, c.extras[k] as Partial<TmUnit>));
      let at = 0;
      for (let s = 0; s < c.count; s++, i++) {
        const mid = c.ends[2 * s] as number;
        const end = c.ends[2 * s + 1] as number;
        const id = c.ids[s] as string;
        const slot = from + i;
        held.ids[i] = id;
        if (!id) {
          this.units.push(undefined);
          at = end;
          continue;
        }
        const src = c.text.slice(at, mid);
        const tgt = c.text.slice(mid, end);
        at = end;
        held.createdAt[i] = c.createdAt[s] as number;
        held.changedAt[i] = c.changedAt[s] as number;
        const x = extra.get(s);
        if (x) held.extras.set(i, x);
        source.push(slot, src);
        target.push(slot, tgt);
        // A text holding the separator is not kept as it was in the joined side: kept whole.
        const whole = src.includes(SEP) || tgt.includes(SEP);
        this.units.push(
          whole
            ? {
                id,
                source: src,
                target: tgt,
                createdAt: held.createdAt[i] as number,
                changedAt: held.changedAt[i] as number,
                ...x,
              }
            : null,
        );
        this.slotOf?.set(id, slot);
        this.live++;
      }
    }
    this.segments.push({
      from,
      to: this.units.length,
      source: source.parts(),
      target: target.parts(),
      held,
    });
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

  /** Joins what is not joined yet (a search does it first), so the next search answers at once. */
  prepare(): void {
    if (this.changed.size > TAIL_MAX) this.rejoin();
    const tail = this.units.length - this.tailFrom;
    if (tail > TAIL_MAX || (tail > 0 && this.segments.length === 0)) this.joinTail();
  }

  /** The units added one by one since the last join, as a segment of their own. */
  private joinTail(): void {
    const source = new SideJoin();
    const target = new SideJoin();
    const from = this.tailFrom;
    const to = this.units.length;
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

  /** The unit in a slot, made from its segment's columns when it is kept there. */
  private unitAt(slot: number): TmUnit | undefined {
    const u = this.units[slot];
    if (u !== null) return u;
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.segments[mid] as Segment).from <= slot) lo = mid;
      else hi = mid - 1;
    }
    const seg = this.segments[lo] as Segment;
    const h = seg.held as Held;
    const i = slot - seg.from;
    return {
      id: h.ids[i] as string,
      source: textAt(seg.source, h.source[i] as number),
      target: textAt(seg.target, h.target[i] as number),
      createdAt: h.createdAt[i] as number,
      changedAt: h.changedAt[i] as number,
      ...h.extras.get(i),
    };
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
    this.prepare();
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
    // The tail: units replaced since they were joined, and those added after, one by one.
    const tail = [...this.changed].filter((s) => s >= from).sort((a, b) => a - b);
    for (let s = Math.max(from, this.tailFrom); s < this.units.length; s++) tail.push(s);
    for (const side of sides) {
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
    // Segments in slot order: once more than `max` hits are found, later slots cannot be listed.
    let found = 0;
    for (const seg of this.segments) {
      if (seg.to <= from) continue;
      if (found > max) {
        more = true;
        break;
      }
      for (const side of sides)
        for (const part of seg[side]) {
          // A phrase with a wide character cannot be in one-byte text.
          if (wide && part.narrow) continue;
          found += this.searchPart(
            part,
            side,
            p,
            re,
            { from, max, keep, unitOf },
            () => (more = true),
          );
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
    to: {
      from: number;
      max: number;
      keep: (slot: number, hit: ConcordanceHit) => void;
      unitOf: (slot: number) => TmUnit;
    },
    capped: () => void,
  ): number {
    const { from, max, keep, unitOf } = to;
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
