// Shared by bench/align.ts and the accuracy test: the gold sets in ../shared/data/alignment
// (never copied into the project) and the official scorer beside them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangCode as AlignLang, Bead } from '../src/core/align/index.js';

export const DATA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'alignment',
);

export interface GoldSet {
  name: string;
  sourceLang: AlignLang;
  targetLang: AlignLang;
  docs: { id: string; source: string[]; target: string[]; gold: string }[];
}

export const SETS: [string, AlignLang, AlignLang][] = [
  ['mac-dev', 'zh', 'en'],
  ['mag', 'en', 'zh'],
  ['bible-001', 'en', 'zh'],
];

const lines = (p: string): string[] => {
  const t = readFileSync(p, 'utf8');
  const l = t.split(/\r\n|\r|\n/);
  if (l[l.length - 1] === '') l.pop();
  return l;
};

export function loadSet(
  name: string,
  sourceLang: AlignLang,
  targetLang: AlignLang,
): GoldSet | undefined {
  const dir = join(DATA_DIR, name);
  if (!existsSync(join(dir, 'gold'))) return undefined;
  const docs = readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.align'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.align'.length);
      return {
        id,
        source: lines(join(dir, sourceLang, `${id}.txt`)),
        target: lines(join(dir, targetLang, `${id}.txt`)),
        gold: readFileSync(join(dir, 'gold', f), 'utf8'),
      };
    });
  return { name, sourceLang, targetLang, docs };
}

export interface Scores {
  strict: { p: number; r: number; f1: number };
  lax: { p: number; r: number; f1: number };
}

interface Scorer {
  parseBeads: (text: string) => [number[], number[]][];
  scoreDocs: (golds: [number[], number[]][][], tests: [number[], number[]][][]) => Scores;
}

/** The official scorer (score.mjs), imported from the data folder. */
export async function loadScorer(): Promise<Scorer> {
  return (await import(join(DATA_DIR, 'score.mjs'))) as Scorer;
}

export const beadLines = (beads: Bead[]): string =>
  beads.map((b) => `[${b.src.join(',')}]:[${b.tgt.join(',')}]\n`).join('');

/** Confidences of predicted beads, split by whether the gold has the exact bead. */
export function confidenceSplit(
  gold: [number[], number[]][],
  pred: Bead[],
): { right: number[]; wrong: number[] } {
  const key = (s: number[], t: number[]): string => `${s.join(',')}:${t.join(',')}`;
  const g = new Set(gold.map(([s, t]) => key(s, t)));
  const right: number[] = [];
  const wrong: number[] = [];
  for (const b of pred) (g.has(key(b.src, b.tgt)) ? right : wrong).push(b.confidence);
  return { right, wrong };
}

/** ROC AUC: the probability that a right bead has a higher confidence than a wrong one (ties ½). */
export function rocAuc(right: number[], wrong: number[]): number {
  if (!right.length || !wrong.length) return NaN;
  const all = [...right.map((c) => [c, 1]), ...wrong.map((c) => [c, 0])] as [number, number][];
  all.sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let k = 0; k < all.length;) {
    let e = k;
    while (e < all.length && all[e]![0] === all[k]![0]) e++;
    const mid = (k + 1 + e) / 2;
    for (let q = k; q < e; q++) if (all[q]![1]) rankSum += mid;
    k = e;
  }
  return (rankSum - (right.length * (right.length + 1)) / 2) / (right.length * wrong.length);
}

/** Share of wrong beads among the `fraction` lowest-confidence beads. */
export function wrongShareOfLowest(right: number[], wrong: number[], fraction = 0.05): number {
  const all = [...right.map((c) => [c, 0]), ...wrong.map((c) => [c, 1])] as [number, number][];
  all.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const low = all.slice(0, Math.max(1, Math.round(all.length * fraction)));
  return low.reduce((a, [, w]) => a + w, 0) / low.length;
}

/**
 * As confidenceSplit, but a wrong bead that only splits one gold bead into finer pairs (both
 * sides non-empty, every sentence from the same gold bead: two right 1-1 beads where the gold
 * has one 2-2, as bible-001's verse-derived gold often does) counts as right. A second view of
 * the confidence: how well it finds pairings a person must change, not groupings the gold
 * happens to draw wider.
 */
export function confidenceSplitFiner(
  gold: [number[], number[]][],
  pred: Bead[],
): { right: number[]; wrong: number[] } {
  const judge = goldJudge(gold);
  const right: number[] = [];
  const wrong: number[] = [];
  for (const b of pred) {
    const j = judge(b);
    (j.right || j.finer ? right : wrong).push(b.confidence);
  }
  return { right, wrong };
}

/**
 * Judges a bead against the gold: `right` when the gold has it exactly; `finer` when it only
 * splits one gold bead into finer pairs (both sides non-empty, every sentence from the same gold
 * bead).
 */
export function goldJudge(
  gold: [number[], number[]][],
): (b: Pick<Bead, 'src' | 'tgt'>) => { right: boolean; finer: boolean } {
  const key = (s: number[], t: number[]): string => `${s.join(',')}:${t.join(',')}`;
  const g = new Set(gold.map(([s, t]) => key(s, t)));
  const srcOf = new Map<number, number>();
  const tgtOf = new Map<number, number>();
  gold.forEach(([s, t], k) => {
    for (const x of s) srcOf.set(x, k);
    for (const x of t) tgtOf.set(x, k);
  });
  return (b) => {
    const owners = new Set([...b.src.map((x) => srcOf.get(x)), ...b.tgt.map((x) => tgtOf.get(x))]);
    return {
      right: g.has(key(b.src, b.tgt)),
      finer: b.src.length > 0 && b.tgt.length > 0 && owners.size === 1,
    };
  };
}

/**
 * Predicted beads scored the way aligner-eval scores its Bible (utils/eval_bible.py in
 * bfsujason/aligner-eval, behind the published Bertalign and vecalign Bible figures): before
 * scoring, consecutive predicted beads that lie inside one verse are merged into one bead. The
 * aligner never sees verse numbers; the scorer does. Here each gold bead stands in for its verse
 * (bible-001's gold is made of verses), so the merge is at least as generous as theirs.
 */
export function mergeWithinGold(
  gold: [number[], number[]][],
  pred: [number[], number[]][],
): [number[], number[]][] {
  return verseGroups(gold, pred).map((g) => [
    g.flatMap((k) => pred[k]![0]),
    g.flatMap((k) => pred[k]![1]),
  ]);
}

/** The predicted beads (indices into `pred`) that mergeWithinGold joins into each bead. */
export function verseGroups(
  gold: [number[], number[]][],
  pred: [number[], number[]][],
): number[][] {
  const srcOf = new Map<number, number>();
  const tgtOf = new Map<number, number>();
  gold.forEach(([s, t], k) => {
    for (const x of s) srcOf.set(x, k);
    for (const x of t) tgtOf.set(x, k);
  });
  // eval_bible.py's find_beads_type: the one verse a bead lies in, or undefined.
  const verseOf = ([s, t]: [number[], number[]]): number | undefined => {
    const vs = new Set(s.map((x) => srcOf.get(x)));
    const vt = new Set(t.map((x) => tgtOf.get(x)));
    if (vs.size > 1 || vt.size > 1) return undefined;
    const [a] = vs;
    const [b] = vt;
    if (!s.length) return b;
    if (!t.length) return a;
    return a === b ? a : undefined;
  };
  const out: number[][] = [];
  let last: number | undefined;
  pred.forEach((b, k) => {
    const v = verseOf(b);
    if (out.length && v !== undefined && v === last) out[out.length - 1]!.push(k);
    else out.push([k]);
    last = v;
  });
  return out;
}

/**
 * As confidenceSplit, on the beads as mergeWithinGold merges them: a merged bead is as confident
 * as its least confident part.
 */
export function confidenceSplitMerged(
  gold: [number[], number[]][],
  pred: Bead[],
): { right: number[]; wrong: number[] } {
  const groups = verseGroups(
    gold,
    pred.map((b) => [b.src, b.tgt]),
  );
  return confidenceSplit(
    gold,
    groups.map((g) => ({
      src: g.flatMap((k) => pred[k]!.src),
      tgt: g.flatMap((k) => pred[k]!.tgt),
      confidence: Math.min(...g.map((k) => pred[k]!.confidence)),
    })),
  );
}

/** One set's predictions scored every way the benches print: strict/lax, verse-merged, confidences. */
export interface PredictionScores {
  scores: Scores;
  /** Scored with the beads inside one gold bead merged first (aligner-eval's Bible scoring). */
  merged: Scores;
  /** Confidences of right and wrong beads: exact, finer-than-gold counted right, verse-merged. */
  right: number[];
  wrong: number[];
  fineRight: number[];
  fineWrong: number[];
  mergedRight: number[];
  mergedWrong: number[];
}

export function scorePredictions(
  scoreDocs: Scorer['scoreDocs'],
  golds: [number[], number[]][][],
  preds: Bead[][],
): PredictionScores {
  const out: PredictionScores = {
    scores: scoreDocs(
      golds,
      preds.map((p) => p.map((b) => [b.src, b.tgt] as [number[], number[]])),
    ),
    merged: scoreDocs(
      golds,
      preds.map((p, i) =>
        mergeWithinGold(
          golds[i]!,
          p.map((b) => [b.src, b.tgt]),
        ),
      ),
    ),
    right: [],
    wrong: [],
    fineRight: [],
    fineWrong: [],
    mergedRight: [],
    mergedWrong: [],
  };
  preds.forEach((p, i) => {
    const s = confidenceSplit(golds[i]!, p);
    out.right.push(...s.right);
    out.wrong.push(...s.wrong);
    const f = confidenceSplitFiner(golds[i]!, p);
    out.fineRight.push(...f.right);
    out.fineWrong.push(...f.wrong);
    const m = confidenceSplitMerged(golds[i]!, p);
    out.mergedRight.push(...m.right);
    out.mergedWrong.push(...m.wrong);
  });
  return out;
}
