// Pattern pieces and builders shared by the English and Chinese rule sets.
import type { SegRule } from './types.js';

/** Escapes a literal for use inside a regular-expression source. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** Closing quotes and brackets that stay with the sentence they close. */
export const CLOSERS = `'"”’»」』）)\\]】〉》`;
export const OPENERS = `'"“‘«「『（(\\[【〈《`;

/** Ellipses as people type them: …, ⋯, three or more dots, or spaced ". . .". */
export const ELLIPSIS = `(?:[…⋯]{1,8}|\\.{3,20}|\\.(?: \\.){2,8})`;

/** An e-mail address; lengths are bounded so no pattern ever rescans a long run of letters. */
export const EMAIL = `[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){1,8}`;

/** Web addresses and e-mail addresses are never split, whatever dots and question marks they hold. */
export const PROTECT_WEB: string[] = [
  // Trailing punctuation is left outside so "see www.x.com." still ends the sentence.
  `(?:https?://|ftp://|www\\.)[^\\s<>"“”]{1,2000}?(?=[.,;:!?)\\]'"”’]*(?:\\s|$|[<>"“”]))`,
  EMAIL,
  // Bare domain names, written in any case: "Example.Com", "shop.co.uk".
  `[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,8}\\.(?:[Cc]om|COM|[Nn]et|NET|[Oo]rg|ORG|[Ee]du|[Gg]ov|co\\.uk|[Ii]o)\\b`,
];

/**
 * A no-break rule for a list of abbreviations written with their dots ("Mr.", "e.g.").
 * Lower-case entries also match in capitals ("I.E."), since web text shouts.
 */
export function abbreviationRule(
  list: readonly string[],
  after: string,
  note: string,
): SegRule | null {
  const forms = new Set<string>();
  for (const a of list) {
    const t = a.trim();
    if (!t.endsWith('.')) continue;
    forms.add(t);
    if (t === t.toLowerCase()) forms.add(t.toUpperCase());
  }
  if (forms.size === 0) return null;
  // Longest first, so "Sept." wins over "Sep." inside the alternation.
  const alt = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  return { break: false, before: `(?<![\\p{L}\\p{N}.'’-])(?:${alt})`, after, note };
}
