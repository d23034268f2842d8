// Reading a document's rows where they live (rows.ts): in order with chunks and single rows
// merged, counted, a row's neighbours, every row (backups), and a document's rows taken away.
// Loaded with the first read of a document, not on a first visit; callers import it before they
// open a transaction (awaiting an import inside one would let it commit).
import type { Segment } from '../core/model.js';
import type { WriteTx } from './connection.js';
import { byOrder, CHUNK_ROWS, writeRows, type AnyTx, type SegmentChunk } from './rows.js';
import { docRange } from './util.js';

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

/** What `takeDocRows` removed: per-row records and chunks, as stored. */
export interface DocRows {
  segments: Segment[];
  chunks: SegmentChunk[];
}

/** Deletes every row of a document (per-row and chunked) and returns them as they were stored. */
export async function takeDocRows(tx: WriteTx, docId: string): Promise<DocRows> {
  const segments = await tx.objectStore('segments').index('byDoc').getAll(docRange(docId));
  const chunks = await tx.objectStore('segmentChunks').index('byDoc').getAll(docRange(docId));
  await writeRows(tx, { clearDoc: docId });
  return { segments, chunks };
}
