// Re-aligning from a row onward: rows up to the chosen one stay as they are, and so does every
// later row a person checked (each is an anchor the aligner must keep). The unchecked rows
// between two anchors are one piece: its sentences are aligned again on their own, and the new
// rows take the piece's place.
import type { Bead } from './align/index.js';
import { rowsFromBeads, type AlignRow } from './beads.js';

export interface RealignPiece {
  /** Rows [start, end) of the current rows that the piece replaces. */
  start: number;
  end: number;
  source: string[];
  target: string[];
  /** Source sentence indices (within the piece) that open a paragraph. */
  paragraphStarts: number[];
}

/** The pieces to align again after row `from` (-1: every unchecked row). */
export function realignPieces(rows: readonly AlignRow[], from: number): RealignPiece[] {
  const pieces: RealignPiece[] = [];
  let cur: RealignPiece | undefined;
  for (let i = Math.max(0, from + 1); i <= rows.length; i++) {
    const r = rows[i];
    if (!r || r.checked) {
      if (cur) {
        cur.end = i;
        pieces.push(cur);
        cur = undefined;
      }
      continue;
    }
    cur ??= { start: i, end: i, source: [], target: [], paragraphStarts: [] };
    if (r.paragraphStart && r.source.length > 0) cur.paragraphStarts.push(cur.source.length);
    cur.source.push(...r.source);
    cur.target.push(...r.target);
  }
  return pieces;
}

/** The rows with each piece replaced by the rows of its new beads (`beads[k]` for `pieces[k]`). */
export function applyRealign(
  rows: readonly AlignRow[],
  pieces: readonly RealignPiece[],
  beads: readonly (readonly Bead[])[],
): AlignRow[] {
  const out: AlignRow[] = [];
  let at = 0;
  pieces.forEach((p, k) => {
    out.push(...rows.slice(at, p.start));
    const fresh = rowsFromBeads(p.source, p.target, beads[k] ?? [], new Set(p.paragraphStarts));
    // A paragraph that opened with a target-only row still opens there.
    if (rows[p.start]?.paragraphStart && fresh[0]) fresh[0] = { ...fresh[0], paragraphStart: true };
    out.push(...fresh);
    at = p.end;
  });
  out.push(...rows.slice(at));
  return out;
}
