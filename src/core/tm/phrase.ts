// How a concordance phrase is found in a text: a phrase with Chinese characters as a substring
// (Chinese has no spaces to tell words by); any other by whole words, case-insensitive, its words
// separated by any spaces.

export const HAN = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the occurrences of a phrase in one text (see above for how). */
export type PhraseMatcher = (text: string) => [number, number][];

/** The regular expression of a phrase without Chinese: whole words, any case, any spaces. */
export function wordPattern(p: string): RegExp {
  const body = p.split(/\s+/u).map(escape).join('\\s+');
  // A word boundary that does not count Han characters as word characters ("Excel导出").
  return new RegExp(
    `(?<![[\\p{L}\\p{N}]--\\p{Script=Han}])${body}(?![[\\p{L}\\p{N}]--\\p{Script=Han}])`,
    'giv',
  );
}

const NO_RANGES: [number, number][] = [];

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
  const re = wordPattern(p);
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
