// The concordance index's storage: one side's texts joined into a few long strings (`Part`), the
// stored blocks searched in their own text (`Block`), and the segments of slots they make up.
import { addAuthors, type TmUnitColumns } from './columns.js';
import type { TmUnit } from './types.js';

/** Between two texts of a joined side. */
const SEP = '\u0001';
/** A character V8 cannot keep in a one-byte string. */
export const WIDE = /[\u0100-\uffff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * One side's texts joined: `text` holds the texts of `slots` in order, the one of `slots[k]` from
 * `starts[k]` (and a separator after it).
 */
export interface Part {
  text: string;
  starts: Uint32Array;
  slots: Uint32Array;
  /** Every character is below U+0100: V8 keeps the string one byte a character. */
  narrow: boolean;
}

/** A stored block's units in columns, from slot `base` on (empty slots are holes). */
export interface Block {
  c: TmUnitColumns;
  base: number;
}

/** Slots `from` … `to` − 1: joined sides, or stored blocks searched as they are. */
export interface Segment {
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
export class SideJoin {
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
export function unitOf(c: TmUnitColumns, s: number): TmUnit | undefined {
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
    if (at === s) return addAuthors(c, s, { ...unit, ...c.extras[k] });
    if (at < s) lo = k + 1;
    else hi = k - 1;
  }
  return addAuthors(c, s, unit);
}

/** The last index of a sorted list whose value is at most `x` (0 when none is). */
export function atMost<T>(list: ArrayLike<T>, x: number, of: (v: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (of(list[mid] as T) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
