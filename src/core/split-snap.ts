// Where "Split at caret" really cuts a sentence: a caret dropped inside a word must never cut the
// word ("open sourc|e"). The cut snaps to the nearest boundary of the strongest kind within reach
// of the caret: a sentence boundary (the segmenter's rules), then a clause boundary (，；： and
// , ; : before a space), then a word boundary (Intl.Segmenter for Chinese, spaces for English).
import { sentenceSpans } from './segment/index.js';
import type { LangCode } from './text/lang.js';
import { wordSegmenter } from './text/segmenter.js';

export type SnapKind = 'sentence' | 'clause' | 'word';

export interface Snap {
  /** Offset where the second half starts (the first half is trimmed of trailing spaces). */
  offset: number;
  kind: SnapKind;
}

/**
 * How far from the caret a stronger boundary still wins over the nearest word boundary: a
 * quarter of the sentence, at least a few characters. Beyond it the user meant that spot.
 */
const reach = (text: string): number => Math.max(4, Math.round(text.length / 4));

const CLOSERS = /[”’"'」』）)】》〉]/;

function sentenceBoundaries(text: string, lang: LangCode): number[] {
  return sentenceSpans(text, lang)
    .slice(1)
    .map(([start]) => start);
}

function clauseBoundaries(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const wide = c === '，' || c === '；' || c === '：';
    const narrow = (c === ',' || c === ';' || c === ':') && /\s/.test(text[i + 1] ?? '');
    if (!wide && !narrow) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end])) end++;
    while (end < text.length && /\s/.test(text[end])) end++;
    out.push(end);
  }
  return out;
}

function wordBoundaries(text: string, lang: LangCode): number[] {
  const out: number[] = [];
  if (lang === 'zh') {
    // A boundary opens a word (never a punctuation mark, which stays with what it closes).
    for (const s of wordSegmenter('zh').segment(text))
      if (s.index > 0 && s.isWordLike) out.push(s.index);
    return out;
  }
  for (let i = 1; i < text.length; i++)
    if (/\s/.test(text[i - 1]) && !/\s/.test(text[i])) out.push(i);
  return out;
}

const inside = (text: string) => (o: number) =>
  o > 0 && o < text.length && text.slice(0, o).trim() !== '' && text.slice(o).trim() !== '';

function nearest(candidates: number[], caret: number): number | undefined {
  let best: number | undefined;
  for (const c of candidates)
    if (best === undefined || Math.abs(c - caret) < Math.abs(best - caret)) best = c;
  return best;
}

/**
 * The boundary a split at `caret` (a UTF-16 offset into `text`) snaps to, or undefined when the
 * sentence has no boundary inside it (one word): then it is not cut at all. `edges` says whether
 * the row has a sentence before (`start`) or after (`end`) this one: then a caret near that edge
 * splits between the sentences (offset 0 or text.length) rather than cutting this one.
 */
export function snapSplit(
  text: string,
  caret: number,
  lang: LangCode,
  edges: { start: boolean; end: boolean } = { start: false, end: false },
): Snap | undefined {
  const ok = inside(text);
  const outer = [...(edges.start ? [0] : []), ...(edges.end ? [text.length] : [])];
  const levels: [SnapKind, number[]][] = [
    ['sentence', [...outer, ...sentenceBoundaries(text, lang).filter(ok)]],
    ['clause', clauseBoundaries(text).filter(ok)],
    ['word', wordBoundaries(text, lang).filter(ok)],
  ];
  for (const [kind, candidates] of levels) {
    const at = nearest(candidates, caret);
    if (at === undefined) continue;
    if (kind === 'word' || Math.abs(at - caret) <= reach(text)) return { offset: at, kind };
  }
  return undefined;
}
