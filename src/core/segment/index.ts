// Sentence segmentation for zh and en: a small SRX-like rules engine (engine.ts) over rule sets
// that are plain data (rules-en.ts, rules-zh.ts). The signatures of segmentParagraph and
// segmentText are the contract other parts of the app use.
import type { LangCode } from '../text/lang.js';
import { cut, findBreaks } from './engine.js';
import { enRuleSet } from './rules-en.js';
import { zhRuleSet } from './rules-zh.js';
import type { RuleSet, SegmentOptions } from './types.js';

export type { RuleSet, SegmentOptions, SegRule } from './types.js';
export type { LangCode } from '../text/lang.js';
export {
  EN_ABBREVIATIONS,
  EN_WEAK_ABBREVIATIONS,
  EN_SENTENCE_OPENERS,
  EN_SPEECH_VERBS,
  enRuleSet,
} from './rules-en.js';
export { ZH_CONTINUATIONS, zhRuleSet } from './rules-zh.js';

const defaults: Record<LangCode, RuleSet> = { en: enRuleSet(), zh: zhRuleSet() };

/** The rule set for a language: the built-in one, or a fresh one with the caller's additions. */
export function ruleSet(lang: LangCode, options?: SegmentOptions): RuleSet {
  if (!options) return defaults[lang];
  return lang === 'en' ? enRuleSet(options) : zhRuleSet(options);
}

/** Sentence spans of one paragraph as [start, end) UTF-16 offsets, whitespace trimmed. */
export function sentenceSpans(
  text: string,
  lang: LangCode,
  options?: SegmentOptions,
): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const end of [...findBreaks(text, ruleSet(lang, options)), text.length]) {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  }
  return spans;
}

/** Sentences of one paragraph, trimmed; a paragraph of only whitespace has none. */
export function segmentParagraph(text: string, lang: LangCode, options?: SegmentOptions): string[] {
  return cut(text, findBreaks(text, ruleSet(lang, options)));
}

/** Every line is a paragraph: sentences per paragraph, empty paragraphs dropped. */
export function segmentText(text: string, lang: LangCode, options?: SegmentOptions): string[][] {
  const rules = ruleSet(lang, options);
  const out: string[][] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const p = cut(line, findBreaks(line, rules));
    if (p.length > 0) out.push(p);
  }
  return out;
}
