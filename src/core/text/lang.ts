// The short language code the text algorithms work with, and language detection by script
// share: enough to tell Chinese from English in a workbench whose only languages are those two,
// with no model to download.
import type { Lang } from '../model.js';

/**
 * The language as segmentation, alignment and tokens see it. A project's `Lang` is a tag for
 * `lang` attributes and files ('zh-Hans'); the algorithms only need to know which of the two.
 */
export type LangCode = 'zh' | 'en';

/** The short code of a project's language tag (a code passes through unchanged). */
export const langCode = (lang: Lang | LangCode): LangCode => (lang === 'en' ? 'en' : 'zh');

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** Han characters count once each, Latin letters are weighted down: a word has several. */
const LATIN_WEIGHT = 0.25;

/**
 * 'zh' when Han characters dominate, 'en' when Latin letters do, 'unknown' for text with
 * neither (digits, punctuation, other scripts) or too little of either to decide.
 */
export function detectLang(text: string): LangCode | 'unknown' {
  let han = 0;
  let latin = 0;
  let other = 0;
  // A sample is enough for long documents and keeps this O(1) for huge inputs.
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  for (const ch of sample) {
    if (HAN.test(ch)) han++;
    else if (LATIN.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) other++;
  }
  const latinScore = latin * LATIN_WEIGHT;
  if (han === 0 && latin === 0) return 'unknown';
  if (other > han + latin) return 'unknown';
  if (han >= latinScore) return han > 0 ? 'zh' : 'unknown';
  return latin >= 2 ? 'en' : 'unknown';
}
