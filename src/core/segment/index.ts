// Sentence segmentation for zh and en. PLACEHOLDER: Intl.Segmenter only, replaced by the rules
// engine of the segmentation issue. The signatures below are the contract other parts use.
import type { Lang } from '../model.js';

export type SegLang = 'zh' | 'en';

export const segLang = (l: Lang | SegLang): SegLang => (l === 'en' ? 'en' : 'zh');

/** Sentences of one paragraph (no line breaks inside a sentence's boundaries are kept as is). */
export function segmentParagraph(text: string, lang: SegLang): string[] {
  const seg = new Intl.Segmenter(lang === 'zh' ? 'zh-Hans' : 'en', { granularity: 'sentence' });
  return [...seg.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/** Every line is a paragraph: sentences per paragraph, empty paragraphs dropped. */
export function segmentText(text: string, lang: SegLang): string[][] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => segmentParagraph(p, lang))
    .filter((p) => p.length > 0);
}
