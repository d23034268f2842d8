// Where a document's rows live, and the only code that reads or writes them where they are.
// Rows created in bulk (an import, a new project with its rows) are stored CHUNK_ROWS to a record
// in `segmentChunks` (schema v9): IndexedDB costs per record, and one record per row made a
// 262,000-row import take a minute. Such a row's id names its chunk (`<chunk id>.<n>`), so
// finding it costs one `get`, and no index entry per row is written (bench:idb-rows). Every other row, and every row that is written on its own, is
// one record in `segments`. A row lives in exactly one of the two: a single-row write first takes
// the row out of its chunk (`takeRow`), then writes it as before, so edits, undo, history and
// structure keep their per-row code and only their lookups go through here.
import { unwrap, type IDBPTransaction } from 'idb';
import type { Segment } from '../core/model.js';
import type { WriteTx } from './connection.js';
import type { BitextDB, StoreName } from './schema.js';
import { docRange } from './util.js';

/** Rows per chunk record (bench:idb-rows: 100 a record writes 262k rows in seconds, not a minute). */
export const CHUNK_ROWS = 100;

/** A run of consecutive rows of one document, keyed by the document and its first order key. */
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

type AnyTx<M extends IDBTransactionMode> = IDBPTransaction<BitextDB, StoreName[], M>;

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
  const row = await tx.objectStore('segments').get(id);
  if (row !== undefined) return row;
  const chunks = tx.objectStore('segmentChunks');
  const chunk = await chunkOfRow(tx, id);
  const at = chunk ? chunk.rows.findIndex((r) => r.id === id) : -1;
  if (!chunk || at < 0) return undefined;
  const moved = chunk.rows[at];
  const rows = chunk.rows.filter((_, i) => i !== at);
  if (rows.length === 0) await chunks.delete(chunk.id);
  else await chunks.put({ ...chunk, rows });
  await tx.objectStore('segments').put(moved);
  return moved;
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

/** Every row of the workspace, in no particular order (backups). */
export async function allRows<M extends IDBTransactionMode>(tx: AnyTx<M>): Promise<Segment[]> {
  const out = await tx.objectStore('segments').getAll();
  let cur = await tx.objectStore('segmentChunks').openCursor();
  while (cur) {
    for (const r of cur.value.rows) out.push(r);
    cur = await cur.continue();
  }
  return out;
}

/** How many rows a document has. */
export async function countRows<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
): Promise<number> {
  let n = await tx.objectStore('segments').index('byDoc').count(docRange(docId));
  let cur = await tx.objectStore('segmentChunks').index('byDoc').openCursor(docRange(docId));
  while (cur) {
    n += cur.value.rows.length;
    cur = await cur.continue();
  }
  return n;
}

/**
 * The row just after (`next`) or before (`prev`) the position `at` (order key, then id) of a
 * document, wherever it lives; null at either end.
 */
export async function neighbourRow<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  at: { order: string; id: string },
  dir: 'prev' | 'next',
): Promise<Segment | null> {
  const range =
    dir === 'next'
      ? IDBKeyRange.bound([docId, at.order], [docId, []], true, false)
      : IDBKeyRange.bound([docId], [docId, at.order], false, true);
  const index = tx.objectStore('segments').index('byDoc');
  let single = (await index.openCursor(range, dir))?.value ?? null;
  // Rows sharing the order key are sorted by id; look at those too.
  for (const r of await index.getAll(IDBKeyRange.only([docId, at.order]))) {
    const c = byOrder(r, at as Segment);
    if ((dir === 'next' ? c > 0 : c < 0) && (!single || closer(r, single, dir))) single = r;
  }
  const chunked = await chunkNeighbour(tx, docId, at, dir);
  if (!single) return chunked;
  if (!chunked) return single;
  return closer(chunked, single, dir) ? chunked : single;
}

const closer = (a: Segment, b: Segment, dir: 'prev' | 'next'): boolean =>
  dir === 'next' ? byOrder(a, b) < 0 : byOrder(a, b) > 0;

async function chunkNeighbour<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  at: { order: string; id: string },
  dir: 'prev' | 'next',
): Promise<Segment | null> {
  const chunks = tx.objectStore('segmentChunks').index('byDoc');
  const here = { ...at } as Segment;
  // Chunks do not overlap: the one that starts at or before `order` may hold the neighbour;
  // else it is the first row of a later chunk or the last row of an earlier one.
  const upTo = IDBKeyRange.bound([docId], [docId, at.order]);
  let cur = await chunks.openCursor(upTo, 'prev');
  if (dir === 'next') {
    const found = cur?.value.rows.find((r) => byOrder(r, here) > 0);
    if (found) return found;
    const after = IDBKeyRange.bound([docId, at.order], [docId, []], true);
    return (await chunks.openCursor(after))?.value.rows[0] ?? null;
  }
  while (cur) {
    const rows = cur.value.rows;
    for (let i = rows.length - 1; i >= 0; i--) if (byOrder(rows[i], here) < 0) return rows[i];
    cur = await cur.continue();
  }
  return null;
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

/** Pages of one store's rows of a document, in order, `size` (at least) a page. */
type Pages = () => Promise<Segment[] | null>;

/** The per-row records of a document in pages of `size` by their order keys. */
function singlePages<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  size: number,
): Pages {
  const index = tx.objectStore('segments').index('byDoc');
  let range: IDBKeyRange | null = docRange(docId);
  // Rows of the last order key taken: the next page starts at that key again, in case rows
  // share it (the index sorts those by id), and skips them.
  let tie = { order: '', ids: new Set<string>() };
  return async () => {
    while (range) {
      const page = await index.getAll(range, size);
      const fresh = page.filter((r) => !(r.order === tie.order && tie.ids.has(r.id)));
      if (page.length < size) {
        range = null;
        return fresh;
      }
      const last = page[page.length - 1].order;
      if (fresh.length === 0) {
        // A whole page of one key, all taken already: take the rest of that key, go past it.
        const rest = (await index.getAll(IDBKeyRange.only([docId, last]))).filter(
          (r) => !tie.ids.has(r.id),
        );
        range = IDBKeyRange.bound([docId, last], [docId, []], true);
        tie = { order: '', ids: new Set() };
        if (rest.length) return rest;
        continue;
      }
      if (tie.order !== last) tie = { order: last, ids: new Set() };
      for (const r of page) if (r.order === last) tie.ids.add(r.id);
      range = IDBKeyRange.bound([docId, last], [docId, []]);
      return fresh;
    }
    return null;
  };
}

/** The chunked rows of a document, `size / CHUNK_ROWS` chunks (at least one) a page. */
function chunkPages<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  size: number,
): Pages {
  const store = tx.objectStore('segmentChunks').index('byDoc');
  const count = Math.max(1, Math.ceil(size / CHUNK_ROWS));
  let range: IDBKeyRange | null = docRange(docId);
  return async () => {
    if (!range) return null;
    const page = await store.getAll(range, count);
    if (page.length < count) range = null;
    else range = IDBKeyRange.bound([docId, page[page.length - 1].first], [docId, []], true);
    return page.flatMap((c) => c.rows);
  };
}

/** A stream of rows from pages, looked at one row at a time. */
class Source {
  buf: Segment[] = [];
  i = 0;
  done = false;
  constructor(private readonly more: Pages) {}

  /** Makes a row available unless the stream is at its end. */
  async fill(): Promise<void> {
    while (this.i >= this.buf.length && !this.done) {
      const page = await this.more();
      if (page === null) this.done = true;
      else [this.buf, this.i] = [page, 0];
    }
  }
}

/**
 * A document's rows in order, per-row records and chunks merged, handed to `take` in pages of
 * about `size`; stops early when `take` returns false. Inside the caller's transaction.
 */
export async function eachRowPage<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  size: number,
  take: (rows: Segment[]) => boolean | void,
): Promise<void> {
  const a = new Source(chunkPages(tx, docId, size));
  const b = new Source(singlePages(tx, docId, size));
  let out: Segment[] = [];
  for (;;) {
    await a.fill();
    await b.fill();
    const aLeft = a.i < a.buf.length;
    const bLeft = b.i < b.buf.length;
    if (!aLeft && !bLeft) break;
    // Merge until either buffer runs dry, then refill it.
    while (a.i < a.buf.length || b.i < b.buf.length) {
      if (a.i < a.buf.length && b.i < b.buf.length)
        out.push(byOrder(a.buf[a.i], b.buf[b.i]) <= 0 ? a.buf[a.i++] : b.buf[b.i++]);
      else if (a.i < a.buf.length && b.done) out.push(a.buf[a.i++]);
      else if (b.i < b.buf.length && a.done) out.push(b.buf[b.i++]);
      else break;
      if (out.length >= size) {
        if (take(out) === false) return;
        out = [];
      }
    }
  }
  if (out.length) take(out);
}

/** Every row of a document, in order. */
export async function docRows<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
): Promise<Segment[]> {
  const out: Segment[] = [];
  await eachRowPage(tx, docId, 10_000, (page) => {
    for (const r of page) out.push(r);
  });
  return out;
}

/** Rows `offset … offset + limit` of a document, in order. */
export async function rowsAt<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
  offset: number,
  limit: number,
): Promise<Segment[]> {
  const out: Segment[] = [];
  let skip = offset;
  await eachRowPage(tx, docId, Math.min(10_000, offset + limit), (page) => {
    const from = Math.min(skip, page.length);
    skip -= from;
    for (let i = from; i < page.length && out.length < limit; i++) out.push(page[i]);
    return out.length < limit;
  });
  return out;
}

/** What `takeDocRows` removed: per-row records and chunks, as stored. */
export interface DocRows {
  segments: Segment[];
  chunks: SegmentChunk[];
}

/** Deletes every row of a document (per-row and chunked) and returns them as they were stored. */
export async function takeDocRows(tx: WriteTx, docId: string): Promise<DocRows> {
  const segments = await tx.objectStore('segments').index('byDoc').getAll(docRange(docId));
  const chunks = await tx.objectStore('segmentChunks').index('byDoc').getAll(docRange(docId));
  await deleteDocRows(
    tx,
    docId,
    segments.map((s) => s.id),
  );
  return { segments, chunks };
}

/** Deletes every row of a document, per-row records and chunks. */
export async function deleteDocRows(
  tx: WriteTx,
  docId: string,
  known?: readonly string[],
): Promise<void> {
  const keys =
    known ?? (await tx.objectStore('segments').index('byDoc').getAllKeys(docRange(docId)));
  const raw = unwrap(tx.objectStore('segments'));
  for (const k of keys) raw.delete(k);
  const chunks = tx.objectStore('segmentChunks');
  const chunkKeys = await chunks.index('byDoc').getAllKeys(docRange(docId));
  const rawChunks = unwrap(chunks);
  for (const k of chunkKeys) rawChunks.delete(k);
}
