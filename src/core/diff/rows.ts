// Row matching between two versions: by segment id, with merges and splits recognised.
import type { Lang, VersionSegment } from '../model.js';
import { findJoins } from './joins.js';
import { summarize, type Summary } from './summary.js';
import { diffText, type TextDiff } from './text-diff.js';
import { detectLang } from './tokenize.js';
import { joinTexts } from '../text/join.js';
import type { CompareLangs } from './options.js';

/** A row as one side of a comparison sees it: a saved version's segment, or "now" mapped to it. */
export type RowSnapshot = VersionSegment;

export type RowChange = 'unchanged' | 'modified' | 'added' | 'removed' | 'merged' | 'split';

export interface RowComparison {
  type: RowChange;
  /** B's id when the row exists in B (the first B row of a split), otherwise A's. */
  id: string;
  /** The row(s) in A: none when added, several when merged in B. */
  a: RowSnapshot[];
  /** The row(s) in B: none when removed, several when split in B. */
  b: RowSnapshot[];
  /** Diff of the source, or null when it did not change (merged/split texts joined first). */
  source: TextDiff | null;
  /** Diff of the target (all equal when unchanged). */
  target: TextDiff;
  statusChanged: boolean;
  noteChanged: boolean;
  /** The row kept its id but moved relative to its neighbours. */
  moved: boolean;
  /**
   * Row numbers as the grid shows them (1-based, in order) of the first row in A and in B;
   * 0 on the side the row is absent from. Readers cite rows by these, never by id.
   */
  aRow: number;
  bRow: number;
}

export interface Comparison {
  rows: RowComparison[];
  summary: Summary;
  sourceLang: Lang;
  targetLang: Lang;
}

const byOrder = (x: RowSnapshot, y: RowSnapshot): number =>
  x.order < y.order ? -1 : x.order > y.order ? 1 : 0;

// Merging drops empty notes, so only the notes that say something are compared.
const notes = (rows: RowSnapshot[]): string =>
  rows
    .map((r) => r.note)
    .filter((n) => n.length > 0)
    .join('\n');

const sameIgnoringSpace = (x: string, y: string): boolean =>
  x.replace(/\s+/gu, '') === y.replace(/\s+/gu, '');

/** The language most of the first 200 non-empty texts of `field` are written in. */
export function guessLang(rows: readonly RowSnapshot[], field: 'source' | 'target'): Lang {
  let zh = 0;
  let seen = 0;
  for (const r of rows) {
    if (!r[field]) continue;
    if (detectLang(r[field]) === 'zh-Hans') zh++;
    if (++seen >= 200) break;
  }
  return seen > 0 && zh * 2 >= seen ? 'zh-Hans' : 'en';
}

/** Indices (into `seq`) of one longest increasing subsequence: rows that did not move. */
function stayed(seq: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]] < seq[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}

interface Draft {
  row: RowComparison;
  /** Sort keys: position in B (removed rows sit after their A predecessor), then in A. */
  bKey: number;
  aKey: number;
  aIdx: number[];
  /** Matched by id: unchanged once its diffs show nothing and it kept its place. */
  matched: boolean;
}

/**
 * Progress of `compareRowsInChunks`: `rows` holds every row in its final order, of which the
 * first `ready` are complete (diffed); the rest still carry empty diffs.
 */
export interface ComparePartial {
  rows: readonly RowComparison[];
  ready: number;
  sourceLang: Lang;
  targetLang: Lang;
}

/** Compares two versions of a document (A old, B new), row by row. */
export function compareRows(
  aRows: readonly RowSnapshot[],
  bRows: readonly RowSnapshot[],
  options: CompareLangs = {},
): Comparison {
  const run = compareRowsInChunks(aRows, bRows, options, Infinity);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * `compareRows` in steps, so a caller can show the first rows while the rest are diffed.
 * Matching rows is quick; diffing their texts is most of the work, so rows are diffed in their
 * final order, `chunk` at a time, and each step yields what is ready. Returns the comparison.
 */
export function* compareRowsInChunks(
  aRows: readonly RowSnapshot[],
  bRows: readonly RowSnapshot[],
  options: CompareLangs = {},
  chunk = 250,
): Generator<ComparePartial, Comparison, void> {
  const A = [...aRows].sort(byOrder);
  const B = [...bRows].sort(byOrder);
  const sourceLang = options.sourceLang ?? guessLang([...A, ...B], 'source');
  const targetLang = options.targetLang ?? guessLang([...A, ...B], 'target');
  const usedA = new Array<boolean>(A.length).fill(false);
  const usedB = new Array<boolean>(B.length).fill(false);

  const diffs = (as: RowSnapshot[], bs: RowSnapshot[]) => {
    // One row is taken as it is, so leading and trailing spaces count; groups are joined.
    const text = (rows: RowSnapshot[], f: 'source' | 'target') =>
      rows.length === 1
        ? rows[0][f]
        : joinTexts(
            rows.map((r) => r[f]),
            f === 'source' ? sourceLang : targetLang,
          );
    const merged = as.length > 1 || bs.length > 1;
    const field = (f: 'source' | 'target') => {
      const before = text(as, f);
      const after = text(bs, f);
      // A merge or split joins texts with whatever spacing the editor chose: not a change.
      const old = merged && sameIgnoringSpace(before, after) ? after : before;
      return old === after ? null : diffText(old, after, f === 'source' ? sourceLang : targetLang);
    };
    const target = field('target');
    const same = text(bs, 'target');
    return { source: field('source'), target: target ?? diffText(same, same, targetLang) };
  };

  const drafts: Draft[] = [];
  const bPos = new Map(B.map((r, i) => [r.id, i]));
  const bIndex = new Map(B.map((r, i) => [r, i]));
  const bNo = (r: RowSnapshot) => (bIndex.get(r) ?? -1) + 1;
  const pending = diffText('', '', targetLang);
  const make = (
    type: RowChange,
    aIdx: number[],
    bs: RowSnapshot[],
    aKey: number,
    bKey: number,
    matched = false,
  ) => {
    const as = aIdx.map((i) => A[i]);
    const statusChanged = as.length > 0 && bs.length > 0 && as[0].status !== bs[0].status;
    const noteChanged = as.length > 0 && bs.length > 0 && notes(as) !== notes(bs);
    const row: RowComparison = {
      type,
      id: (bs[0] ?? as[0]).id,
      a: as,
      b: bs,
      source: null,
      target: pending,
      statusChanged,
      noteChanged,
      moved: false,
      aRow: as.length ? aIdx[0] + 1 : 0,
      bRow: bs.length ? bNo(bs[0]) : 0,
    };
    drafts.push({ row, aKey, bKey, aIdx, matched });
    return row;
  };

  for (const j of findJoins(B, A, usedA, usedB)) {
    make('merged', j.run, [B[j.one]], j.run[0], j.one);
  }
  for (const j of findJoins(A, B, usedB, usedA)) {
    make(
      'split',
      [j.one],
      j.run.map((i) => B[i]),
      j.one,
      j.run[0],
    );
  }

  const matched: { row: RowComparison; aIndex: number; bIndex: number }[] = [];
  A.forEach((a, ai) => {
    if (usedA[ai]) return;
    const bi = bPos.get(a.id);
    if (bi === undefined || usedB[bi]) return;
    usedA[ai] = usedB[bi] = true;
    const b = B[bi];
    const row = make('modified', [ai], [b], ai, bi, true);
    matched.push({ row, aIndex: ai, bIndex: bi });
  });
  // Matched rows in B order; those off the longest run in A order are the ones that moved.
  matched.sort((x, y) => x.bIndex - y.bIndex);
  const keep = stayed(matched.map((m) => m.aIndex));
  matched.forEach((m, i) => {
    m.row.moved = !keep.has(i);
  });

  B.forEach((b, bi) => {
    if (!usedB[bi]) make('added', [], [b], -1, bi);
  });
  // A removed row sits right after the B position of the nearest earlier A row still present.
  const aAnchor = new Array<number>(A.length).fill(-1);
  for (const d of drafts) if (d.row.b.length) for (const i of d.aIdx) aAnchor[i] = d.bKey;
  let anchor = -1;
  A.forEach((_, ai) => {
    if (aAnchor[ai] >= 0) anchor = aAnchor[ai];
    if (!usedA[ai]) make('removed', [ai], [], ai, anchor + 0.5);
  });

  drafts.sort((x, y) => x.bKey - y.bKey || x.aKey - y.aKey);
  const rows = drafts.map((d) => d.row);
  for (let ready = 0; ready < rows.length;) {
    const end = Math.min(rows.length, ready + chunk);
    for (let i = ready; i < end; i++) {
      const { row: r, matched: byId } = drafts[i];
      const d = diffs(r.a, r.b);
      r.source = d.source;
      r.target = d.target;
      const same = r.source === null && r.target.hunks.length === 0;
      if (byId && same && !r.statusChanged && !r.noteChanged && !r.moved) r.type = 'unchanged';
    }
    ready = end;
    if (ready < rows.length) yield { rows, ready, sourceLang, targetLang };
  }
  return { rows, summary: summarize(rows, sourceLang, targetLang), sourceLang, targetLang };
}
