// The reference search: every unit scored with the same measure as the index, no candidates
// skipped. Slow by design; benchmarks and tests compare the index with it.
import { DEFAULT_MAX, DEFAULT_MIN, TopMatches, toMatch } from './rank.js';
import { prepare, scorePrepared, Vocab, type Prepared } from './score.js';
import type { LookupOptions, TmMatch, TmUnit } from './types.js';

interface Prepping {
  vocab: Vocab;
  prepared: WeakMap<TmUnit, Prepared>;
}

// Units are tokenised once per array, so a benchmark's second query costs only the scoring.
const cache = new WeakMap<readonly TmUnit[], Prepping>();

/** Every unit ≥ `min`, best first (context 101, exact 100, then fuzzy; ties newest first). */
export function exhaustiveLookup(
  units: readonly TmUnit[],
  query: string,
  options: LookupOptions = {},
): TmMatch[] {
  let c = cache.get(units);
  if (!c) cache.set(units, (c = { vocab: new Vocab(), prepared: new WeakMap() }));
  const min = options.min ?? DEFAULT_MIN;
  const top = new TopMatches(options.max ?? DEFAULT_MAX);
  const q = prepare(query, c.vocab);
  for (const unit of units) {
    let u = c.prepared.get(unit);
    if (!u) c.prepared.set(unit, (u = prepare(unit.source, c.vocab)));
    // `min` only lets the distance stop once the unit is certainly below it: the same result.
    const score = scorePrepared(q, u, min);
    if (score >= 0) top.add(toMatch(unit, score, options));
  }
  return top.list;
}
