// Where a document's rows live. Rows created in bulk (an import, a new project with its rows) are
// stored CHUNK_ROWS to a record in `segmentChunks` (schema v9): IndexedDB costs per record, and one
// record per row made a 262,000-row import take most of a minute. Such a row's id names its chunk
// (`<chunk id>.<n>`), so finding it costs one `get` and no index entry per row is written
// (bench:idb-rows). Every other row, and every row written on its own, is one record in
// `segments`. A row lives in exactly one of the two. Every write goes through `writeRows`: a lone
// edit moves its row out of its chunk, a write of many rows of one chunk (replace-all, restoring
// a version, undo) updates them in it, so a big document does not decay into a record per row;
// and it updates each document's progress counts in the same transaction (doc-counts.ts).
// Reading rows in order, a row's neighbours and a document's rows taken away are in rows-read.ts
// (loaded on demand).
import type { IDBPTransaction } from 'idb';
import type { Segment } from '../core/model.js';
import type { WriteTx } from './connection.js';
import type { BitextDB, StoreName } from './schema.js';
import { docRange } from './util.js';
import { isSegment } from './validate.js';

/**
 * The progress counts' code (doc-counts.ts), loaded before the first transaction that writes
 * rows — `Connection.write` loads it for any that holds `docCounts` — so a first visit that only
 * reads does not download it, and no transaction ever waits on a download (it would commit).
 */
let counts: typeof import('./doc-counts.js') | null = null;
export async function loadCounts(): Promise<typeof import('./doc-counts.js')> {
  if (counts) return counts;
  const code = await import('./doc-counts.js');
  code.useRowCheck(isSegment);
  return (counts = code);
}

/** The counts' code, loaded by `loadCounts`; a transaction opened without it is a bug. */
export function countsCode(): typeof import('./doc-counts.js') {
  if (!counts) throw new Error('doc-counts.ts not loaded');
  return counts;
}

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

/** The stores a transaction that reads or writes rows must hold (writes change the counts too). */
export const ROW_STORES: StoreName[] = ['segments', 'segmentChunks', 'docCounts'];

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

/** One row by id, wherever it lives. */
export async function getRow<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  id: string,
): Promise<Segment | undefined> {
  // A row written on its own lives in `segments`: typing finds it there without reading a chunk.
  const row = await tx.objectStore('segments').get(id);
  return row ?? (await getRows(tx, [id])).get(id);
}

/**
 * The chunks `ids` name, each read once with its requests issued at once (a replace-all touches
 * every chunk of a document), and the ids of each; `rest` names no chunk.
 */
async function chunksOf<M extends IDBTransactionMode>(tx: AnyTx<M>, ids: readonly string[]) {
  const named = new Map<string, Set<string>>();
  const rest: string[] = [];
  for (const id of ids) {
    const c = chunkIdOf(id);
    if (c === null) rest.push(id);
    else named.set(c, (named.get(c) ?? new Set()).add(id));
  }
  const store = tx.objectStore('segmentChunks');
  const chunks = await Promise.all([...named.keys()].map((c) => store.get(c)));
  return { chunks: [...named.values()].map((wanted, i) => ({ wanted, chunk: chunks[i] })), rest };
}

/** Rows found by id, wherever they live; ids not found are left out. Nothing moves. */
export async function getRows<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  ids: readonly string[],
): Promise<Map<string, Segment>> {
  const out = new Map<string, Segment>();
  const { chunks, rest } = await chunksOf(tx, ids);
  // A row found in its chunk lives nowhere else; only the rest are looked for one a record.
  for (const { wanted, chunk } of chunks) {
    for (const r of chunk?.rows ?? []) if (wanted.delete(r.id)) out.set(r.id, r);
    rest.push(...wanted);
  }
  const single = tx.objectStore('segments');
  const found = await Promise.all(rest.map((id) => single.get(id)));
  found.forEach((r) => r && out.set(r.id, r));
  return out;
}

/** A row's new content (`null`: the row is deleted). */
export interface RowWrite {
  id: string;
  after: Segment | null;
}

/**
 * Rows that are not stored yet, as the records to add: new rows (`newChunks`), or rows coming
 * back whole as they were stored (a deleted project put back, a backup, a team project joined).
 */
export interface RowRecords {
  chunks: SegmentChunk[];
  single: Segment[];
}

/**
 * What `writeRows` writes: rows where they live; new rows (`add`, in document order, ids from
 * `chunkedIds`); rows coming back as they were stored (`RowRecords`); or a document emptied.
 */
export type RowsWrite =
  readonly RowWrite[] | { add: readonly Segment[] } | RowRecords | { clearDoc: string };

/**
 * Rows a write changes together in one chunk from which on they stay in it: a replace-all, a
 * version restore or an undo of either rewrites each chunk once and the document keeps reading
 * 100 rows a record. A lone edit moves its row out instead, so typing rewrites one small record.
 */
export const IN_PLACE_MIN = 2;

/**
 * Every write of rows, inside the caller's transaction (which must hold ROW_STORES), and with it
 * each document's progress counts (doc-counts.ts), so they change in the same transaction:
 * - a list of `RowWrite`s: each row where it lives, each chunk read and rewritten once. A chunk's
 *   row is updated in it when the write changes IN_PLACE_MIN or more of its rows and keeps its
 *   order key (a chunk is a run of rows in order); otherwise it moves out into `segments`, so it
 *   lives in one place only. Rows a chunk does not hold are written one a record.
 * - `{ add }`, `RowRecords` and `{ clearDoc }`, whole documents' writes: see `writeWhole`
 *   (doc-counts.ts, loaded with the counts).
 */
export async function writeRows(tx: WriteTx, writes: RowsWrite): Promise<void> {
  if (!Array.isArray(writes))
    return countsCode().writeWhole(tx, writes as Exclude<RowsWrite, readonly RowWrite[]>);
  const after = new Map((writes as readonly RowWrite[]).map((w) => [w.id, w.after]));
  const { chunks, rest } = await chunksOf(tx, [...after.keys()]);
  const store = tx.objectStore('segmentChunks');
  const single = tx.objectStore('segments');
  const before: Segment[] = [];
  const moved = new Set<string>();
  const done: Promise<unknown>[] = [];
  for (const { wanted, chunk } of chunks) {
    const all = chunk?.rows ?? [];
    const hits = all.filter((r) => wanted.has(r.id)).length;
    const inPlace = hits >= IN_PLACE_MIN;
    const rows = all.flatMap((r) => {
      if (!wanted.delete(r.id)) return [r];
      before.push(r);
      const next = after.get(r.id);
      if (next && inPlace && next.order === r.order && next.docId === r.docId) return [next];
      moved.add(r.id);
      return [];
    });
    rest.push(...wanted);
    // A chunk none of whose rows is written (they moved out before) is left as it is.
    if (chunk && hits)
      done.push(rows.length ? store.put({ ...chunk, rows }) : store.delete(chunk.id));
  }
  // A row of its own is read before it is overwritten, for what the counts lose.
  const own = await Promise.all(rest.map((id) => single.get(id)));
  for (const r of own) if (r) before.push(r);
  for (const id of [...rest, ...moved]) {
    const next = after.get(id);
    done.push(next ? single.put(next) : single.delete(id));
  }
  await Promise.all(done);
  const added = [...after.values()].filter((r): r is Segment => r !== null);
  await countsCode().updateCounts(tx, before, added);
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
