// Searching the concordance index's storage: one joined side (`searchPart`) and stored blocks in
// their own text (`searchBlocks`), each keeping its hits in slot order through a `Collect`.
import type { ConcordanceHit, ConcordanceSide } from './concordance.js';
import type { Block, Part } from './concordance-parts.js';
import type { TmUnit } from './types.js';
import { wholeWord } from './phrase.js';

/** Where a search puts what it finds. */
export interface Collect {
  from: number;
  max: number;
  keep: (slot: number, hit: ConcordanceHit) => void;
  unitOf: (slot: number) => TmUnit;
  capped: () => void;
  /** A slot whose joined text no longer counts: its unit removed, or replaced since the join. */
  gone: (slot: number) => boolean;
}

/** The first `max` units of one part holding the phrase; returns how many were kept. */
export function searchPart(
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
    if (slot < from || to.gone(slot)) return true;
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
export function searchBlocks(
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
      if (slot < from || to.gone(slot)) return true;
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
