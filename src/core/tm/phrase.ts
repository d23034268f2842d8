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

/** A phrase without Chinese, its words separated by any spaces, without the word boundaries. */
export function wordBody(p: string): RegExp {
  return new RegExp(p.split(/\s+/u).map(escape).join('\\s+'), 'giv');
}

const WORD = new RegExp('[[\\p{L}\\p{N}]--\\p{Script=Han}]', 'v');

/**
 * Whether a match of `wordBody` from `start` to `end` in `text` is a match of `wordPattern` in
 * the text that runs from `from` to `to` (a word boundary, as `wordPattern` sees one, each side).
 */
export function wholeWord(text: string, start: number, end: number, from: number, to: number) {
  if (start > from) {
    // The code point just before (a letter outside the BMP is two UTF-16 units).
    const lo = text.charCodeAt(start - 1);
    const at = lo >= 0xdc00 && lo <= 0xdfff && start - 2 >= from ? start - 2 : start - 1;
    if (WORD.test(String.fromCodePoint(text.codePointAt(at) as number))) return false;
  }
  return end >= to || !WORD.test(String.fromCodePoint(text.codePointAt(end) as number));
}
