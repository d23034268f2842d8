// How texts become one: merging rows, building a row from aligned sentences, and replaying a
// merge in a comparison all use this rule, so a comparison sees a merge as no change.
import type { Lang } from '../model.js';
import { langCode, type LangCode } from './lang.js';

// Printable ASCII: where it meets itself in Chinese text, Latin text (an English sentence or a
// product name quoted in Chinese) meets Latin text and still needs its space.
const ASCII = /[\x21-\x7e]/;

/**
 * Joins two texts of one language: Chinese without a separator, English with one space.
 * Nothing is added where a text is empty or the seam already has whitespace (a space or a line
 * break), so a space never doubles; in Chinese, a space still goes where Latin meets Latin.
 */
export function joinText(a: string, b: string, lang: Lang | LangCode): string {
  if (!a) return b;
  if (!b) return a;
  if (/\s$/u.test(a) || /^\s/u.test(b)) return a + b;
  const space = langCode(lang) === 'en' || (ASCII.test(a[a.length - 1]) && ASCII.test(b[0]));
  return space ? `${a} ${b}` : a + b;
}

/** Joins several texts (sentences of one row, rows being merged) with `joinText`. */
export function joinTexts(texts: readonly string[], lang: Lang | LangCode): string {
  return texts.reduce((joined, t) => joinText(joined, t, lang), '');
}
