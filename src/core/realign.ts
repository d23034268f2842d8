// Re-aligning from a row onward: rows up to the chosen one stay as they are, and so does every
// later row a person checked. The whole document is aligned again with those rows as anchors
// (beads the alignment must keep), so the model is learned on all of it: aligned apart, the
// stretches between anchors were small documents of their own, and on mac-dev re-aligning with
// nothing changed turned right 1-1 rows into wrong 2-2 ones (bench/align-realign.ts).
import type { AlignAnchor, Bead } from './align/index.js';
import type { AlignRow } from './beads.js';

export interface RealignJob {
  /** Every row's sentences, in order. */
  source: string[];
  target: string[];
  /** The rows kept: every row up to the chosen one, and every later checked row. */
  anchors: AlignAnchor[];
  /** The row of each anchor. */
  anchorRows: number[];
  /** Rows up to this one are kept as they are. */
  from: number;
  /**
   * Sentences that open a paragraph in the rows aligned again: a row's first source sentence,
   * or, for a row without source, its first target sentence.
   */
  sourceStarts: number[];
  targetStarts: number[];
}

/** What to align again after row `from` (-1: every unchecked row); undefined: nothing to do. */
export function realignJob(rows: readonly AlignRow[], from: number): RealignJob | undefined {
  const job: RealignJob = {
    source: [],
    target: [],
    anchors: [],
    anchorRows: [],
    from,
    sourceStarts: [],
    targetStarts: [],
  };
  let free = false;
  rows.forEach((r, k) => {
    const i = job.source.length;
    const j = job.target.length;
    job.source.push(...r.source);
    job.target.push(...r.target);
    if (r.source.length + r.target.length === 0) return;
    if (k <= from || r.checked) {
      job.anchors.push({ src: [i, job.source.length], tgt: [j, job.target.length] });
      job.anchorRows.push(k);
      return;
    }
    free = true;
    if (!r.paragraphStart) return;
    if (r.source.length) job.sourceStarts.push(i);
    else job.targetStarts.push(j);
  });
  return free ? job : undefined;
}

/**
 * The rows after aligning `job` into `beads`: rows up to `from` and the checked rows are the
 * same objects as before; the others are new, with the aligner's confidence.
 */
export function applyRealign(
  rows: readonly AlignRow[],
  job: RealignJob,
  beads: readonly Bead[],
): AlignRow[] {
  const out = rows.slice(0, Math.max(0, job.from + 1));
  const src = new Set(job.sourceStarts);
  const tgt = new Set(job.targetStarts);
  let k = 0;
  for (const b of beads) {
    const a = job.anchors[k];
    const first = (xs: number[], range: readonly [number, number]) =>
      xs.length ? xs[0] === range[0] : range[0] === range[1];
    if (
      a &&
      first(b.src, a.src) &&
      first(b.tgt, a.tgt) &&
      b.src.length === a.src[1] - a.src[0] &&
      b.tgt.length === a.tgt[1] - a.tgt[0]
    ) {
      const row = job.anchorRows[k++]!;
      if (row > job.from) out.push(rows[row]!);
      continue;
    }
    out.push({
      source: b.src.map((i) => job.source[i]!),
      target: b.tgt.map((j) => job.target[j]!),
      confidence: b.confidence,
      paragraphStart: b.src.some((i) => src.has(i)) || b.tgt.some((j) => tgt.has(j)),
    });
  }
  if (k < job.anchors.length) throw new Error('re-alignment lost a kept row');
  return out;
}
