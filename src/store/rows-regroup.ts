// Rows coming back whole — a backup restored over an empty workspace, a team project joined —
// put back into the chunks their ids name (rows.ts). Loaded with those, not on a first visit.
import type { Segment } from '../core/model.js';
import { byOrder, chunkIdOf, CHUNK_ROWS, type SegmentChunk } from './rows.js';

/**
 * Rows coming back whole (a backup restored over an empty workspace) sorted into where they
 * lived: a document's rows whose ids name the same chunk, in order with no other chunk's rows
 * between them, become that chunk again (at most CHUNK_ROWS), so a big backup restores as fast
 * as an import writes. Every other row is written on its own: rows with plain ids (they may sit
 * between a chunk's rows, as an inserted row does), a chunk's rows found again after another
 * chunk's (a row moved away), and the rest of an over-long run. The chunks made cover disjoint
 * stretches of document order, as reading needs (rows-read.ts).
 */
export function regroupRows(rows: readonly Segment[]): {
  chunks: SegmentChunk[];
  single: Segment[];
} {
  const byDoc = new Map<string, Segment[]>();
  for (const r of rows) {
    const list = byDoc.get(r.docId);
    if (list) list.push(r);
    else byDoc.set(r.docId, [r]);
  }
  const chunks: SegmentChunk[] = [];
  const single: Segment[] = [];
  const used = new Set<string>();
  for (const [docId, list] of byDoc) {
    let run = null as SegmentChunk | null;
    for (const r of list.sort(byOrder)) {
      const id = chunkIdOf(r.id);
      if (id !== null && id !== run?.id && !used.has(id)) {
        used.add(id);
        run = { id, docId, first: r.order, rows: [] };
        chunks.push(run);
      } else if (id !== null && id !== run?.id) run = null; // another chunk's row: the run ends
      if (id !== null && id === run?.id && run.rows.length < CHUNK_ROWS) run.rows.push(r);
      else single.push(r);
    }
  }
  return { chunks, single };
}
