// Where a document's rows live. Rows created in bulk (an import, a new project with its rows) are
// stored CHUNK_ROWS to a record in `segmentChunks` (schema v9): IndexedDB costs per record, and one
// record per row made a 262,000-row import take most of a minute. Such a row's id names its chunk
// (`<chunk id>.<n>`), so finding it costs one `get` and no index entry per row is written
// (bench:idb-rows). Every other row, and every row written on its own, is one record in
// `segments`. A row lives in exactly one of the two: a single-row write first takes the row out
// of its chunk (`takeRow`), then writes it as before, so edits, undo, history and structure keep
// their per-row code and only their lookups go through here. Reading rows in order, a row's
// neighbours and a document's rows taken away are in rows-read.ts (loaded on demand).
import { unwrap, type IDBPTransaction } from 'idb';
import type { Segment } from '../core/model.js';
import type { WriteTx } from './connection.js';
import type { BitextDB, StoreName } from './schema.js';
import { docRange } from './util.js';

/** Rows per chunk record (bench:idb-rows: 100 a record writes 262k rows in seconds, not a minute). */
export const CHUNK_ROWS = 100;

/** A run of consecutive rows of one document, read in order by `[docId, first]`. */
export interface SegmentChunk {
  /** A fresh id; every row written into the chunk has an id `<chunk id>.<n>`. */
  id: string;
  docId: string;
  /** The order key of the chunk's first row when written; it stays when that row moves out. */
  first: string;
  rows: Segment[];
}

/** The stores a transaction that reads or writes rows must hold. */
export const ROW_STORES: StoreName[] = ['segments', 'segmentChunks'];

export type AnyTx<M extends IDBTransactionMode> = IDBPTransaction<BitextDB, StoreName[], M>;

/** Document order: by order key, then by id (as the `[docId, order]` index sorts ties). */
export const byOrder = (a: Segment, b: Segment): number =>
  a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The id of the chunk a row with `rowId` was written into, if its id names one. */
export function chunkIdOf(rowId: string): string | null {
  const dot = rowId.lastIndexOf('.');
  return dot > 0 ? rowId.slice(0, dot) : null;
}

/**
 * Row ids for `n` rows written as chunks: CHUNK_ROWS a chunk, each naming its chunk, in order;
 * `addChunks` groups rows that have them into the chunk records.
 */
export function chunkedIds(n: number, newId: () => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i += CHUNK_ROWS) {
    const chunk = newId();
    for (let k = 0; k < Math.min(CHUNK_ROWS, n - i); k++) out.push(`${chunk}.${k}`);
  }
  return out;
}

/**
 * Adds `rows` (in document order, ids from `chunkedIds`) as chunks, inside the caller's
 * transaction: plain requests issued at once; a failing one aborts the transaction.
 */
export function addChunks(tx: WriteTx, docId: string, rows: readonly Segment[]): void {
  const raw = unwrap(tx.objectStore('segmentChunks'));
  let at = 0;
  while (at < rows.length) {
    const id = chunkIdOf(rows[at].id) ?? '';
    let end = at + 1;
    while (end < rows.length && chunkIdOf(rows[end].id) === id) end++;
    const part = rows.slice(at, end);
    raw.add({ id, docId, first: part[0].order, rows: part });
    at = end;
  }
}

async function chunkOfRow<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  id: string,
): Promise<SegmentChunk | undefined> {
  const chunk = chunkIdOf(id);
  return chunk === null ? undefined : tx.objectStore('segmentChunks').get(chunk);
}

/** One row by id, wherever it lives. */
export async function getRow<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  id: string,
): Promise<Segment | undefined> {
  const row = await tx.objectStore('segments').get(id);
  if (row !== undefined) return row;
  return (await chunkOfRow(tx, id))?.rows.find((r) => r.id === id);
}

/**
 * The row with `id`, moved out of its chunk (if it was in one) into `segments`, so the caller
 * can put or delete it there as any row. The chunk is rewritten without it, or deleted when empty.
 */
export async function takeRow(tx: WriteTx, id: string): Promise<Segment | undefined> {
  return (await takeRows(tx, [id])).get(id);
}

/**
 * `takeRow` for many rows at once (replace-all, a version restore, a team update): each chunk
 * they touch is read and rewritten once, not once per row. Rows not found are left out.
 */
export async function takeRows(tx: WriteTx, ids: readonly string[]): Promise<Map<string, Segment>> {
  const out = new Map<string, Segment>();
  const single = tx.objectStore('segments');
  const byChunk = new Map<string, Set<string>>();
  for (const id of ids) {
    const row = await single.get(id);
    if (row !== undefined) out.set(id, row);
    else {
      const chunk = chunkIdOf(id);
      if (chunk !== null) byChunk.set(chunk, (byChunk.get(chunk) ?? new Set()).add(id));
    }
  }
  const chunks = tx.objectStore('segmentChunks');
  for (const [id, wanted] of byChunk) {
    const chunk = await chunks.get(id);
    if (!chunk) continue;
    const moved = chunk.rows.filter((r) => wanted.has(r.id));
    if (moved.length === 0) continue;
    const rows = chunk.rows.filter((r) => !wanted.has(r.id));
    if (rows.length === 0) await chunks.delete(id);
    else await chunks.put({ ...chunk, rows });
    for (const r of moved) {
      await single.put(r);
      out.set(r.id, r);
    }
  }
  return out;
}

/** The last row of a document, or null when it has none. */
export async function lastRow<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
): Promise<Segment | null> {
  const single =
    (await tx.objectStore('segments').index('byDoc').openCursor(docRange(docId), 'prev'))?.value ??
    null;
  const chunks = tx.objectStore('segmentChunks').index('byDoc');
  const rows = (await chunks.openCursor(docRange(docId), 'prev'))?.value.rows;
  const chunked = rows?.[rows.length - 1] ?? null;
  if (!single) return chunked;
  if (!chunked) return single;
  return byOrder(chunked, single) > 0 ? chunked : single;
}
