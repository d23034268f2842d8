// Anchors: beads a person fixed, which the alignment must contain exactly (re-aligning after a
// row keeps every row up to it and every later row a person checked). They constrain the one
// alignment of the whole document rather than cutting it into pieces aligned apart, so the
// model is still learned on all of it.
//
// The path must pass through each anchor's two corners and take the anchor's bead between them.
// A monotone path passes through a corner (p, q) exactly when it visits no cell above-right of
// it (row < p, column > q) or below-left of it, and no bead jumps over it; the first is a limit
// on each row's columns (narrowing the band), the second a check of each bead. Between an
// anchor's corners only its bead is allowed, by forbidding every other bead from its first
// corner. A shape not among BEAD_TYPES (a row a person merged, 1-5 or 3-3) is an extra bead type
// that costs nothing at its anchor and is forbidden elsewhere.
import type { Band } from './band.js';
import { BEAD_TYPES, type BeadCost, type BeadCostBelow, type PathStep } from './dp.js';

/** A fixed bead: source sentences [start, end) and target sentences [start, end). */
export interface AlignAnchor {
  /** An empty range (start = end) places a one-sided bead at that position. */
  src: readonly [number, number];
  tgt: readonly [number, number];
}

export interface Anchors {
  n: number;
  m: number;
  /** The anchors as beads, in document order. */
  list: { i0: number; a: number; j0: number; b: number }[];
  /** Columns a cell of row i may take (inclusive): no corner above-right or below-left of it. */
  lo: Int32Array;
  hi: Int32Array;
  /** Corner columns of row i, ascending: cols[at[i]] … cols[at[i+1] − 1]. */
  at: Int32Array;
  cols: Int32Array;
  /** Rows where some anchor starts, and the anchor at each start cell (i × (m+1) + j). */
  startRow: Uint8Array;
  startAt: Map<number, number>;
  /** Anchor shapes not among BEAD_TYPES: the programme's extra types, after BEAD_TYPES. */
  extra: [number, number][];
}

/**
 * Checks and indexes the anchors of an n × m alignment. They must lie in the document, hold a
 * sentence each, and follow one another in both texts (given in any order); else a RangeError.
 */
export function anchorsOf(given: readonly AlignAnchor[], n: number, m: number): Anchors {
  const list = given
    .map(({ src, tgt }) => ({ i0: src[0], a: src[1] - src[0], j0: tgt[0], b: tgt[1] - tgt[0] }))
    .sort((x, y) => x.i0 - y.i0 || x.j0 - y.j0);
  let pi = 0;
  let pj = 0;
  for (const x of list) {
    const bad =
      !Number.isInteger(x.i0) ||
      !Number.isInteger(x.j0) ||
      !Number.isInteger(x.a) ||
      !Number.isInteger(x.b) ||
      x.a < 0 ||
      x.b < 0 ||
      x.a + x.b === 0 ||
      x.i0 < pi ||
      x.j0 < pj ||
      x.i0 + x.a > n ||
      x.j0 + x.b > m;
    if (bad) throw new RangeError(`anchor ${JSON.stringify(x)} overlaps another or the edge`);
    pi = x.i0 + x.a;
    pj = x.j0 + x.b;
  }
  // Corners in document order (rows, then columns, never decreasing), each once.
  const corners: [number, number][] = [];
  for (const x of list) {
    for (const c of [
      [x.i0, x.j0],
      [x.i0 + x.a, x.j0 + x.b],
    ] as [number, number][]) {
      const last = corners[corners.length - 1];
      if (!last || last[0] !== c[0] || last[1] !== c[1]) corners.push(c);
    }
  }
  const at = new Int32Array(n + 2);
  for (const [i] of corners) at[i + 1]!++;
  for (let i = 0; i <= n; i++) at[i + 1]! += at[i]!;
  const cols = Int32Array.from(corners, ([, j]) => j);
  // lo[i]: the last corner column of the rows above; hi[i]: the first of the rows below.
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) lo[i] = at[i]! > at[i - 1]! ? cols[at[i]! - 1]! : lo[i - 1]!;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) hi[i] = at[i + 2]! > at[i + 1]! ? cols[at[i + 1]!]! : hi[i + 1]!;
  const startRow = new Uint8Array(n + 1);
  const startAt = new Map<number, number>();
  const extra: [number, number][] = [];
  list.forEach((x, k) => {
    startRow[x.i0] = 1;
    startAt.set(x.i0 * (m + 1) + x.j0, k);
    const known = (t: readonly [number, number]) => t[0] === x.a && t[1] === x.b;
    if (!BEAD_TYPES.some(known) && !extra.some(known)) extra.push([x.a, x.b]);
  });
  // The programme keeps each cell's bead type in a byte.
  if (BEAD_TYPES.length + extra.length > 250) throw new RangeError('too many anchor shapes');
  return { n, m, list, lo, hi, at, cols, startRow, startAt, extra };
}

/** The bead types of a programme over these anchors: BEAD_TYPES, then the extra shapes. */
export const anchorTypes = (x: Anchors): (readonly [number, number])[] => [
  ...BEAD_TYPES,
  ...x.extra,
];

/** The anchor that starts at (i0, j0), if any (its index in `list`). */
function anchorAt(x: Anchors, i0: number, j0: number): number | undefined {
  return x.startRow[i0] ? x.startAt.get(i0 * (x.m + 1) + j0) : undefined;
}

/** Whether the bead of source [i0, i0+a) and target [j0, j0+b) may be on an anchored path. */
export function allows(x: Anchors, i0: number, a: number, j0: number, b: number): boolean {
  const i = i0 + a;
  const j = j0 + b;
  const { lo, hi, at, cols } = x;
  if (j0 < lo[i0]! || j0 > hi[i0]! || j < lo[i]! || j > hi[i]!) return false;
  const k = anchorAt(x, i0, j0);
  if (k !== undefined) {
    const y = x.list[k]!;
    return y.a === a && y.b === b;
  }
  // No corner inside the bead's box but its own two.
  for (let r = i0; r <= i; r++) {
    for (let c = at[r]!; c < at[r + 1]!; c++) {
      const q = cols[c]!;
      if (q < j0) continue;
      if (q > j) break;
      if ((r === i0 && q === j0) || (r === i && q === j)) continue;
      return false;
    }
  }
  return true;
}

/** True when the bead is one of the anchors. */
export function isAnchor(x: Anchors, i0: number, a: number, j0: number, b: number): boolean {
  const k = anchorAt(x, i0, j0);
  return k !== undefined && x.list[k]!.a === a && x.list[k]!.b === b;
}

/**
 * `cost` over `types`, Infinity for a bead the anchors forbid. Types from `free` on are anchor
 * shapes only: 0 at their anchor (the bead is forced, its cost moves no choice), else Infinity.
 * An anchor of a programme shape the scorer refuses (a 1-6 whose lengths are off its window)
 * costs 0 too: a person put it there.
 */
export function constrain(x: Anchors, cost: BeadCost, free: number): BeadCost {
  return (i0, a, j0, b, k) => {
    if (k >= free) return isAnchor(x, i0, a, j0, b) ? 0 : Infinity;
    if (!allows(x, i0, a, j0, b)) return Infinity;
    const c = cost(i0, a, j0, b, k);
    return c === Infinity && isAnchor(x, i0, a, j0, b) ? 0 : c;
  };
}

/** As `constrain`, for the programme's cost that may give up early (an anchor never does). */
export function constrainBelow(x: Anchors, cost: BeadCostBelow, free: number): BeadCostBelow {
  return (i0, a, j0, b, k, limit) => {
    if (k >= free) return isAnchor(x, i0, a, j0, b) ? 0 : Infinity;
    if (!allows(x, i0, a, j0, b)) return Infinity;
    if (!isAnchor(x, i0, a, j0, b)) return cost(i0, a, j0, b, k, limit);
    const c = cost(i0, a, j0, b, k, Infinity);
    return c === Infinity ? 0 : c;
  };
}

/**
 * The band widened to hold every corner (`loose`: its edges are the band's own, for telling
 * whether the path ran along them), and that band narrowed to the cells the anchors allow.
 */
export function anchorBand(x: Anchors, band: Band): { band: Band; loose: Band } {
  const { n, m } = band;
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  for (let i = 0; i <= n; i++) {
    if (x.at[i + 1] === x.at[i]) continue;
    lo[i] = Math.min(lo[i]!, x.cols[x.at[i]!]!);
    hi[i] = Math.max(hi[i]!, x.cols[x.at[i + 1]! - 1]!);
  }
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  const loose = withStarts(n, m, lo, hi);
  // Both limits never decrease and every corner is in the band: rows still overlap.
  const nlo = new Int32Array(n + 1);
  const nhi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    nlo[i] = Math.max(lo[i]!, x.lo[i]!);
    nhi[i] = Math.min(hi[i]!, x.hi[i]!);
  }
  return { band: withStarts(n, m, nlo, nhi), loose };
}

function withStarts(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i]! + (hi[i]! - lo[i]! + 1);
  return { n, m, lo, hi, start };
}

/** Whether `steps` hold every anchor. */
export function keepsAnchors(x: Anchors, steps: readonly PathStep[]): boolean {
  let k = 0;
  for (const s of steps) if (k < x.list.length && isAnchor(x, s.i0, s.a, s.j0, s.b)) k++;
  return k === x.list.length;
}

/**
 * Beads where one text is empty: each sentence alone, but for the anchors (all one-sided then).
 */
export function oneSided(x: Anchors): { src: number[]; tgt: number[] }[] {
  const out: { src: number[]; tgt: number[] }[] = [];
  const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
  let i = 0;
  let j = 0;
  for (const y of [...x.list, { i0: x.n, a: 0, j0: x.m, b: 0 }]) {
    for (; i < y.i0; i++) out.push({ src: [i], tgt: [] });
    for (; j < y.j0; j++) out.push({ src: [], tgt: [j] });
    if (y.a + y.b) out.push({ src: range(y.i0, y.a), tgt: range(y.j0, y.b) });
    i = y.i0 + y.a;
    j = y.j0 + y.b;
  }
  return out;
}
