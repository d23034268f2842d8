// Concordance: where a word or phrase occurs in a TM's sources or targets. A phrase with Chinese
// characters is found as a substring (Chinese has no spaces to tell words by); any other phrase
// by whole words, case-insensitive, its words separated by any spaces. `concordance` scans units
// one by one (small TMs, and the reference); `ConcordanceIndex` (concordance-index.ts) keeps each
// side as joined strings, so one indexOf or one regular expression run reads a million sentences.
import { phraseMatcher } from './phrase.js';
import type { TmUnit } from './types.js';

export { phraseMatcher, type PhraseMatcher } from './phrase.js';
export {
  ConcordanceIndex,
  unitHits,
  type UnitHit,
  type UnitHitsResult,
} from './concordance-index.js';

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
