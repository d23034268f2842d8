// The TM page's unit editor, as memoQ's and Trados' TM editors offer it: the units of one TM that
// hold a word or phrase (found as the concordance finds them: Chinese as a substring, English by
// whole words), or its first units when nothing is asked; a unit's source or target changed; a
// unit deleted. Reads page through the TM's blocks as the TMX export does (nothing is indexed).
import { phraseMatcher } from '../core/tm/concordance.js';
import type { TmUnit } from '../core/tm/types.js';
import type { Workspace } from '../store/index.js';

/** A unit found, with where the phrase is in each side (empty lists when nothing was asked). */
export interface TmUnitHit {
  unit: TmUnit;
  source: readonly [number, number][];
  target: readonly [number, number][];
}

export interface TmUnitSearch {
  tm: string;
  phrase: string;
  hits: readonly TmUnitHit[];
  /** True when there are more than the hits listed. */
  more: boolean;
}

/** Units read from storage per step. */
const PAGE = 5_000;
/** Units listed at most: a search narrows them. */
export const UNITS_SHOWN = 100;

export async function searchUnits(
  ws: Workspace,
  tmId: string,
  phrase: string,
  max = UNITS_SHOWN,
): Promise<TmUnitSearch> {
  const match = phraseMatcher(phrase);
  const hits: TmUnitHit[] = [];
  let after: string | undefined;
  do {
    const page = await ws.tm.page(tmId, after, PAGE);
    for (const unit of page.units) {
      const source = match ? match(unit.source) : [];
      const target = match ? match(unit.target) : [];
      if (match && source.length === 0 && target.length === 0) continue;
      // One more than shown, to know there are more.
      if (hits.length === max) return { tm: tmId, phrase, hits, more: true };
      hits.push({ unit, source, target });
    }
    after = page.last;
  } while (after !== undefined);
  return { tm: tmId, phrase, hits, more: false };
}
