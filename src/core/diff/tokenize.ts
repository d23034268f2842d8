// Word tokens for diffs. Intl.Segmenter gives dictionary-based Chinese words and Unicode word
// boundaries (UAX #29) for everything else; both only break between grapheme clusters, so a
// token never splits a surrogate pair, an emoji sequence or a base letter from its combining mark.
import type { Lang } from '../model.js';

const wordSegmenters = new Map<string, Intl.Segmenter>();
let graphemeSegmenter: Intl.Segmenter | undefined;

function wordSegmenter(lang: Lang): Intl.Segmenter {
  // ICU's word rules are nearly locale-independent; the locale mainly picks the CJK dictionary.
  const locale = lang === 'en' ? 'en' : 'zh';
  let seg = wordSegmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'word' });
    wordSegmenters.set(locale, seg);
  }
  return seg;
}

/** User-perceived characters: surrogate pairs, ZWJ emoji and combining sequences stay whole. */
export function graphemes(text: string): string[] {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: string[] = [];
  for (const s of graphemeSegmenter.segment(text)) out.push(s.segment);
  return out;
}

const WS = /^\s+$/u;

/**
 * Splits text into word tokens that concatenate back to the input exactly. Runs of whitespace
 * are one token (so a changed amount of spacing is one small change); each punctuation mark is
 * its own token; numbers such as `3.14` stay whole.
 */
export function tokenize(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const { segment } of wordSegmenter(lang).segment(text)) {
    const last = out.length - 1;
    if (last >= 0 && WS.test(segment) && WS.test(out[last])) out[last] += segment;
    else out.push(segment);
  }
  return out;
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORDISH = /[\p{L}\p{N}]/u;

/** True when the text holds at least one Chinese (or Japanese kana) character. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** A guess good enough for diff purposes: any Chinese character makes a text Chinese. */
export const detectLang = (text: string): Lang => (hasHan(text) ? 'zh-Hans' : 'en');

export interface Counts {
  /** Chinese characters (each Han character counts once, as Chinese word counts are by character). */
  chars: number;
  /** Words of alphabetic scripts and numbers. */
  words: number;
}

/** Counts a text the way translators do: Chinese by characters, English by words. */
export function countText(text: string, lang: Lang): Counts {
  let chars = 0;
  let words = 0;
  for (const token of tokenize(text, lang)) {
    const han = token.match(HAN_G)?.length ?? 0;
    chars += han;
    // "2024年" splits into "2024" + "年"; a token with letters besides Han still counts as a word.
    if (han === 0 && WORDISH.test(token)) words++;
  }
  return { chars, words };
}
