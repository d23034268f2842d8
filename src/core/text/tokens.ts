// Word tokens and CAT-style counts over Intl.Segmenter, which knows Chinese word boundaries
// (dictionary based) as well as English ones.

export type TokenLang = 'zh' | 'en';

export interface Token {
  text: string;
  /** UTF-16 offset in the input. */
  index: number;
  /** True for words (letters, digits, Han), false for spaces and punctuation. */
  isWord: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: TokenLang): Intl.Segmenter {
  const locale = lang === 'zh' ? 'zh-Hans' : 'en';
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Every token of the text in order (words, spaces, punctuation), so joining them gives it back. */
export function wordTokens(text: string, lang: TokenLang): Token[] {
  const out: Token[] = [];
  for (const s of wordSegmenter(lang).segment(text)) {
    out.push({ text: s.segment, index: s.index, isWord: s.isWordLike === true });
  }
  return out;
}

export interface UnitCounts {
  /** Han characters (Chinese is counted by characters, as CAT tools do). */
  cjkChars: number;
  /** Words outside Han text: Latin words, numbers ("3.5" is one word, "don't" is one). */
  words: number;
}

const HAN_CHAR = /\p{Script=Han}/u;
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Counts as CAT tools do: every Han character is one unit, and every non-Han word is one word,
 * found by the word segmenter rather than by spaces. Mixed text counts both.
 */
export function countUnits(text: string, lang: TokenLang): UnitCounts {
  let cjkChars = 0;
  let words = 0;
  for (const ch of text) if (HAN_CHAR.test(ch)) cjkChars++;
  for (const t of wordTokens(text, lang)) {
    if (!t.isWord || HAN_CHAR.test(t.text)) continue;
    if (WORDISH.test(t.text)) words++;
  }
  return { cjkChars, words };
}
