// One cache of Intl.Segmenter instances for all of core: creating one loads break data (for
// Chinese a dictionary), which costs far more than a segmentation.
import type { LangCode } from './lang.js';

const words = new Map<LangCode, Intl.Segmenter>();
let graphemes: Intl.Segmenter | undefined;

/** Word boundaries; for Chinese, dictionary words. */
export function wordSegmenter(lang: LangCode): Intl.Segmenter {
  let s = words.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'zh' ? 'zh-Hans' : 'en', { granularity: 'word' });
    words.set(lang, s);
  }
  return s;
}

/** User-perceived characters, the same in every language. */
export function graphemeSegmenter(): Intl.Segmenter {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemes;
}
