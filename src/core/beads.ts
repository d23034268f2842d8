// The rows of the alignment view: each holds the sentences of one bead on both sides. Fixing an
// alignment by hand is a handful of pure operations over these rows, each returning new rows
// (so undo is keeping the previous array).
import type { Bead } from './align/index.js';
import type { Lang } from './model.js';
import { joinTexts } from './text/join.js';

export interface AlignRow {
  source: string[];
  target: string[];
  /** 0…1 as the aligner scored the row; rows a person fixed count as certain (1). */
  confidence: number;
  paragraphStart: boolean;
  /**
   * A person made or checked this row (a merge, split, move, empty partner, or "Mark checked"):
   * the view says so instead of a score, and re-aligning keeps it as an anchor.
   */
  checked?: boolean;
}

export type Side = 'source' | 'target';

const other = (s: Side): Side => (s === 'source' ? 'target' : 'source');

/** Rows from aligner beads; `paragraphStarts` holds source sentence indices that open a paragraph. */
export function rowsFromBeads(
  source: readonly string[],
  target: readonly string[],
  beads: readonly Bead[],
  paragraphStarts: ReadonlySet<number> = new Set(),
): AlignRow[] {
  return beads.map((b) => ({
    source: b.src.map((i) => source[i]),
    target: b.tgt.map((i) => target[i]),
    confidence: b.confidence,
    paragraphStart: b.src.some((i) => paragraphStarts.has(i)),
  }));
}

const fixed = (r: AlignRow): AlignRow => ({ ...r, confidence: 1, checked: true });
const isEmpty = (r: AlignRow) => r.source.length === 0 && r.target.length === 0;

/** Row i and the next become one row. */
export function mergeNext(rows: readonly AlignRow[], i: number): AlignRow[] {
  if (i < 0 || i + 1 >= rows.length) return rows.slice();
  const a = rows[i];
  const b = rows[i + 1];
  const merged = fixed({
    source: [...a.source, ...b.source],
    target: [...a.target, ...b.target],
    confidence: 1,
    paragraphStart: a.paragraphStart,
  });
  return [...rows.slice(0, i), merged, ...rows.slice(i + 2)];
}

/**
 * Moves one sentence of one side to the neighbouring row: `up` moves the first sentence to the end
 * of the row above, `down` the last sentence to the start of the row below. Rows left empty go.
 */
export function moveSentence(
  rows: readonly AlignRow[],
  i: number,
  side: Side,
  dir: 'up' | 'down',
): AlignRow[] {
  const j = dir === 'up' ? i - 1 : i + 1;
  if (j < 0 || j >= rows.length || rows[i][side].length === 0) return rows.slice();
  const from = rows[i][side];
  const moved = dir === 'up' ? from[0] : from[from.length - 1];
  const rest = dir === 'up' ? from.slice(1) : from.slice(0, -1);
  const to = dir === 'up' ? [...rows[j][side], moved] : [moved, ...rows[j][side]];
  const out = rows.slice();
  out[i] = fixed({ ...rows[i], [side]: rest });
  out[j] = fixed({ ...rows[j], [side]: to });
  return out.filter((r) => !isEmpty(r));
}

/**
 * Splits row i before sentence `k` of `side` (after splitting that sentence itself at `offset`
 * characters when offset > 0). The other side is cut at the sentence boundary nearest the same
 * relative position, so a 2-2 row becomes two 1-1 rows; a lone sentence on the other side stays
 * in the first row (a 2-1 row becomes a 1-1 and a 1-0, whatever the sentences' lengths), as the
 * text after a cut is what leaves.
 */
export function splitRow(
  rows: readonly AlignRow[],
  i: number,
  side: Side,
  k: number,
  offset = 0,
): AlignRow[] {
  const r = rows[i];
  if (!r) return rows.slice();
  let sents = r[side].slice();
  if (offset > 0 && k < sents.length && offset < sents[k].length) {
    // The space at a word boundary belongs to neither half.
    const head = sents[k].slice(0, offset).trimEnd();
    const tail = sents[k].slice(offset).trimStart();
    if (head && tail) {
      sents = [...sents.slice(0, k), head, tail, ...sents.slice(k + 1)];
      k += 1;
    }
  }
  if (k <= 0 || k >= sents.length) return rows.slice();
  const o = r[other(side)];
  const len = (xs: string[]) => xs.reduce((n, s) => n + s.length, 0);
  const fraction = len(sents.slice(0, k)) / Math.max(1, len(sents));
  // A lone sentence stays in the first row: by length it went to whichever half was longer, so
  // the same kind of split kept it in one row and moved it down in the next.
  let cut = o.length === 1 ? 1 : 0;
  let best = Infinity;
  for (let m = 0, acc = 0; o.length > 1 && m <= o.length; acc += o[m]?.length ?? 0, m++) {
    const d = Math.abs(acc / Math.max(1, len(o)) - fraction);
    if (d <= best) [best, cut] = [d, m]; // on a tie the first row keeps the sentence
  }
  const first = fixed({ ...r, [side]: sents.slice(0, k), [other(side)]: o.slice(0, cut) });
  const second = fixed({
    ...r,
    [side]: sents.slice(k),
    [other(side)]: o.slice(cut),
    paragraphStart: false,
  });
  return [...rows.slice(0, i), first, second, ...rows.slice(i + 1)];
}

/**
 * Gives row i an empty partner on `side`: that side's sentences move to a new row just below,
 * so the row stands alone (1-0 or 0-1) and its old partner is free to pair with the next.
 */
export function insertEmpty(rows: readonly AlignRow[], i: number, side: Side): AlignRow[] {
  const r = rows[i];
  if (!r || r[side].length === 0 || r[other(side)].length === 0) return rows.slice();
  const stay = fixed({ ...r, [side]: [] });
  const moved = fixed({ ...r, [other(side)]: [], paragraphStart: false });
  return [...rows.slice(0, i), stay, moved, ...rows.slice(i + 1)];
}

/** Row i marked as checked by a person, as it is (undo takes the mark back). */
export function markChecked(rows: readonly AlignRow[], i: number): AlignRow[] {
  if (!rows[i]) return rows.slice();
  const out = rows.slice();
  out[i] = fixed(rows[i]);
  return out;
}

/** Whether a row still wants a look: scored below `threshold` and not checked by a person. */
export const isLow = (r: AlignRow, threshold: number): boolean =>
  !r.checked && r.confidence < threshold;

/**
 * Index of the next row after `from` that is low (see isLow), going on from the first row past
 * the last (as "find next" does), or -1 when no row is low.
 */
export function nextLowConfidence(
  rows: readonly AlignRow[],
  from: number,
  threshold: number,
): number {
  const n = rows.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + step) % n) + n) % n;
    if (isLow(rows[i], threshold)) return i;
  }
  return -1;
}

/** The same rows, sentence for sentence, with the same scores and marks. */
export function sameRows(a: readonly AlignRow[], b: readonly AlignRow[]): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((s, i) => s === y[i]);
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r === b[i] ||
        (same(r.source, b[i].source) &&
          same(r.target, b[i].target) &&
          r.confidence === b[i].confidence &&
          !!r.checked === !!b[i].checked &&
          !!r.paragraphStart === !!b[i].paragraphStart),
    )
  );
}

/** A project row made of an alignment row (see `projectRows`). */
export interface AlignedSegment {
  source: string;
  target: string;
  link: { source: number; target: number };
  confidence: number;
  paragraphStart: boolean;
  /** Left out: the store's default (draft with a translation, new without). */
  status?: 'translated';
}

/**
 * The rows of a project made from a checked alignment: each row's sentences joined as its
 * language joins them, how many it joined kept as its link. A row a person checked, with text on
 * both sides, is a translation someone confirmed, so it starts as translated; every other row
 * starts as a draft, so the rows nobody looked at stay the ones to look at.
 */
export function projectRows(
  rows: readonly AlignRow[],
  sourceLang: Lang,
  targetLang: Lang,
): AlignedSegment[] {
  return rows.map((row) => {
    const seg: AlignedSegment = {
      source: joinTexts(row.source, sourceLang),
      target: joinTexts(row.target, targetLang),
      link: { source: row.source.length, target: row.target.length },
      confidence: row.confidence,
      paragraphStart: row.paragraphStart,
    };
    if (row.checked && seg.source.trim() && seg.target.trim()) seg.status = 'translated';
    return seg;
  });
}
