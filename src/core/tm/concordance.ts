// Concordance: where a word or phrase occurs in a TM's sources or targets. A phrase with Chinese
// characters is found as a substring (Chinese has no spaces to tell words by); any other phrase
// by whole words, case-insensitive, its words separated by any spaces. A plain scan: V8's
// indexOf and compiled regular expressions read a million sentences within the 100 ms asked.
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
  // A word boundary that does not count Han characters as word characters ("Excel导出").
  const body = p.split(/\s+/u).map(escape).join('\\s+');
  const re = new RegExp(
    `(?<![[\\p{L}\\p{N}]--\\p{Script=Han}])${body}(?![[\\p{L}\\p{N}]--\\p{Script=Han}])`,
    'giv',
  );
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
