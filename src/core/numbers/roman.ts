// Roman numerals where a text uses them as numbers: after a name or a label (Louis XIV, World
// War II, Chapter IV, Type I) and, in Chinese text, before what they number (III期, I型).
// Letters that spell a word or a size are left alone (CV, XL, VI), and one letter is a numeral
// only after a label: never the pronoun I, nor an initial (Robert C. Atkins).

const VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const TENS = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'];
const ONES = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** The numeral's value, or NaN unless it is written the one standard way (up to 399). */
export function romanValue(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const a = VALUE[s[i]!];
    const b = VALUE[s[i + 1]!] ?? 0;
    if (a === undefined) return NaN;
    v += a < b ? -a : a;
  }
  const canonical =
    'C'.repeat(Math.floor(v / 100)) + TENS[Math.floor(v / 10) % 10]! + ONES[v % 10]!;
  return v > 0 && canonical === s ? v : NaN;
}

/** Spelled like a numeral, read as something else: CV, CC, XL (a size), VI (the editor), LI. */
const NOT_NUMERALS = new Set(['CV', 'CC', 'CI', 'CL', 'LI', 'VI', 'XL', 'XXL', 'XXXL', 'IC']);

/** Words after which a lone I (and any numeral) numbers something: World War I, Type I. */
const LABEL =
  /\b(?:Chapter|Part|Book|Volume|Vol\.|Act|Scene|Phase|Stage|Article|Section|Title|War|Type|Class|Level|Grade|Schedule|Annex|Appendix|Round|Tier|Category|Division|Episode|Canto|Psalm)\s$/;

/**
 * Candidates: letters that could be a numeral standing alone; `romanAt` then asks what is around
 * them (the class comes first so the scan stays cheap on long texts).
 */
export const ROMAN =
  /\b[IVXLC]{1,8}\b(?![-'’]?\w)|(?<![A-Za-z0-9])[IVXLC]{1,8}(?=[期型类级度号卷章部册集季代世])/g;

/** What may go before a numeral: a capitalised word (a name, a label). */
const NAME_BEFORE = /\b[A-Z][a-z]+\.?\s$/;

/** The value of a ROMAN match in `text` at `index`, or NaN when it is no number there. */
export function romanAt(text: string, match: string, index: number): number {
  if (NOT_NUMERALS.has(match)) return NaN;
  const han = /^[期型类级度号卷章部册集季代世]/.test(text.slice(index + match.length));
  const before = text.slice(Math.max(0, index - 12), index);
  if (!han && !NAME_BEFORE.test(before)) return NaN;
  // One letter after a name is an initial (Robert C. Atkins), unless a label goes before it.
  if (match.length === 1 && !han && !LABEL.test(before)) return NaN;
  return romanValue(match);
}
