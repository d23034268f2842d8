// A text segmented into paragraphs of sentences, as the new-project form counts it and hands it
// to the aligner: one list of sentences, and which of them open a paragraph.
import type { AlignRow } from './beads.js';

/** How many paragraphs and sentences a segmented text has (the form's preview line). */
export function sentenceCounts(paragraphs: readonly (readonly string[])[]): {
  paragraphs: number;
  sentences: number;
} {
  return {
    paragraphs: paragraphs.length,
    sentences: paragraphs.reduce((a, x) => a + x.length, 0),
  };
}

/** The sentences in order, and the indices of those that open a paragraph. */
export function flattenParagraphs(paragraphs: readonly (readonly string[])[]): {
  sentences: string[];
  starts: Set<number>;
} {
  const starts = new Set<number>();
  let n = 0;
  for (const p of paragraphs) {
    starts.add(n);
    n += p.length;
  }
  return { sentences: paragraphs.flat(), starts };
}

/** A text without a translation: every source sentence is a row to translate. */
export function untranslatedRows(
  sentences: readonly string[],
  starts: ReadonlySet<number>,
): AlignRow[] {
  return sentences.map((s, i) => ({
    source: [s],
    target: [],
    confidence: 1,
    paragraphStart: starts.has(i),
  }));
}
