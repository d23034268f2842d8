// Boundary scoring for sentence segmentation on the shared gold sets (shared by the benchmark and
// the accuracy test). A boundary is the UTF-16 offset where a gold sentence ends (the paragraph
// end is not scored), the same definition as ../shared/data/segmentation/score.mjs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceSpans, type LangCode as SegLang } from '../src/core/segment/index.js';

export const SEG_DATA = path.resolve('../shared/data/segmentation');
export const SEG_SETS = ['zh-mac-dev', 'en-mac-dev', 'zh-gsdsimp-dev', 'en-ewt-dev'] as const;
export type SegSet = (typeof SEG_SETS)[number];

export interface GoldParagraph {
  id: string;
  /** The source document (EWT); absent or one value for the whole set elsewhere. */
  doc?: string;
  lang: SegLang;
  text: string;
  sentences: string[];
  boundaries: number[];
}

/** Sentence end offsets (exclusive) of one paragraph, in order; the paragraph end may be included. */
export type Splitter = (text: string, lang: SegLang) => number[];

export const ours: Splitter = (text, lang) => sentenceSpans(text, lang).map(([, e]) => e);

const intlCache = new Map<SegLang, Intl.Segmenter>();
export const intl: Splitter = (text, lang) => {
  let seg = intlCache.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
    intlCache.set(lang, seg);
  }
  return [...seg.segment(text)].map((s) => s.index + s.segment.length);
};

export const splitters: Record<'ours' | 'intl', Splitter> = { ours, intl };

export function setPath(set: SegSet): string {
  return path.join(SEG_DATA, `${set}.jsonl`);
}

export function hasData(): boolean {
  return SEG_SETS.every((s) => existsSync(setPath(s)));
}

export function readSet(set: SegSet): GoldParagraph[] {
  return readFileSync(setPath(set), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldParagraph);
}

/**
 * Each set is split in two halves by document: rules are written looking at the "tune" half only,
 * and the "held-out" half shows how they do on text nobody tuned them on. EWT is split by its
 * source document (a mail thread or a review stays whole); MAC by chapter, with the language tag
 * dropped so a chapter and its translation fall in the same half; GSDSimp has no document ids, so
 * by pseudo-paragraph.
 */
export const HALVES = ['tune', 'held-out'] as const;
export type Half = (typeof HALVES)[number];

export function docKey(set: SegSet, p: GoldParagraph): string {
  if (set === 'en-ewt-dev') return p.doc ?? p.id;
  return p.id.replace(/_(?:zh|en)(?=\.xml)/, '');
}

/** A stable hash (not a sequence number), so the halves do not follow the order of the file. */
export function halfOf(set: SegSet, p: GoldParagraph): Half {
  const byte = createHash('sha256').update(docKey(set, p)).digest()[0]!;
  return byte & 1 ? 'held-out' : 'tune';
}

export function readHalf(set: SegSet, half: Half): GoldParagraph[] {
  return readSet(set).filter((p) => halfOf(set, p) === half);
}

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

function trimEnd(text: string, e: number): number {
  while (e > 0 && isSpace(text[e - 1])) e--;
  return e;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(paragraphs: GoldParagraph[], split: Splitter): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of paragraphs) {
    const gold = new Set(p.boundaries);
    const last = trimEnd(p.text, p.text.length);
    const pred = new Set<number>();
    for (const e of split(p.text, p.lang)) {
      const t = trimEnd(p.text, e);
      if (t > 0 && t < last) pred.add(t);
    }
    for (const b of pred) if (gold.has(b)) tp++;
    fp += pred.size - [...pred].filter((b) => gold.has(b)).length;
    for (const b of gold) if (!pred.has(b)) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}
