// Ordering and context shared by the index and the exhaustive reference, so both rank alike.
import type { LookupOptions, MatchKind, TmMatch, TmUnit } from './types.js';
import { normalizeSpaces } from './tokens.js';

export const DEFAULT_MIN = 70;
export const DEFAULT_MAX = 5;

/** Best first: score, then the newest change, then the id (so every search orders ties alike). */
export function better(a: TmMatch, b: TmMatch): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.unit.changedAt !== b.unit.changedAt) return a.unit.changedAt > b.unit.changedAt;
  return a.unit.id > b.unit.id;
}

/** True when the query's neighbours were given and are the unit's (whitespace aside). */
export function sameContext(unit: TmUnit, options: LookupOptions): boolean {
  if (options.prev === undefined && options.next === undefined) return false;
  // A unit stored without its neighbours cannot be a context match.
  if (unit.prev === undefined && unit.next === undefined) return false;
  const same = (a: string | undefined, b: string | undefined) =>
    normalizeSpaces(a ?? '') === normalizeSpaces(b ?? '');
  return same(unit.prev, options.prev) && same(unit.next, options.next);
}

/** A scored unit as a match: 100 with the same neighbours becomes a 101 context match. */
export function toMatch(unit: TmUnit, score: number, options: LookupOptions): TmMatch {
  let kind: MatchKind = 'fuzzy';
  if (score >= 100) {
    kind = sameContext(unit, options) ? 'context' : 'exact';
    score = kind === 'context' ? 101 : 100;
  }
  return { unit, score, kind };
}

/** The best `max` matches, kept sorted as they come (max is small). */
export class TopMatches {
  readonly list: TmMatch[] = [];
  constructor(readonly max: number) {}

  /** The score a newcomer must reach to enter (it may still lose a tie), or -1 when not full. */
  get floor(): number {
    return this.list.length < this.max ? -1 : (this.list[this.list.length - 1] as TmMatch).score;
  }

  add(m: TmMatch): void {
    if (this.max <= 0) return;
    const l = this.list;
    if (l.length >= this.max && !better(m, l[l.length - 1] as TmMatch)) return;
    let i = l.length;
    while (i > 0 && better(m, l[i - 1] as TmMatch)) i--;
    l.splice(i, 0, m);
    if (l.length > this.max) l.pop();
  }
}
