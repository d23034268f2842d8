// Shared by the diff tests: row snapshots in one line, and a grapheme-boundary check.
import type { Status } from '../../../src/core/model.js';
import type { RowSnapshot, TextDiff } from '../../../src/core/diff/index.js';

export const row = (
  id: string,
  order: string,
  source: string,
  target: string,
  status: Status = 'translated',
  note = '',
): RowSnapshot => ({ id, order, source, target, status, note });

/** Offsets (UTF-16) at which `text` may be cut without splitting a user-perceived character. */
export function graphemeBoundaries(text: string): Set<number> {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const cuts = new Set<number>([text.length]);
  for (const s of seg.segment(text)) cuts.add(s.index);
  return cuts;
}

/** Every cut a diff makes in the old and the new text, as UTF-16 offsets. */
export function cuts(d: TextDiff): { old: number[]; new: number[] } {
  const out = { old: [0], new: [0] };
  let o = 0;
  let n = 0;
  for (const p of d.parts) {
    if (p.kind !== 'insert') out.old.push((o += p.text.length));
    if (p.kind !== 'delete') out.new.push((n += p.text.length));
  }
  return out;
}
