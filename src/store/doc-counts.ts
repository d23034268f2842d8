// Each document's progress counts (core/progress.ts), one small record a document in `docCounts`
// (schema v10). They are derived data: `writeRows` — the one function that writes rows — changes
// them in the same transaction as the rows, by what the write removed and added, so they cannot
// drift from the rows; a record that is missing or unreadable is counted again from the rows
// rather than shown wrong. Backups do not carry them: a restore counts them again. With them,
// writeRows' whole-document forms (bulk creation, rows put back, a document emptied): this module
// loads before the first write (rows.ts: loadCounts), so a first visit does not download it.
import type { Segment } from '../core/model.js';
import {
  countAll,
  countRow,
  emptyCounts,
  isRowCounts,
  sumCounts,
  type RowCounts,
} from '../core/progress.js';
import type { IDBPTransaction } from 'idb';
import type { Connection, WriteTx } from './connection.js';
import { chunkIdOf, ROW_STORES, type AnyTx, type RowRecords, type RowsWrite } from './rows.js';
import type { BitextDB, StoreName } from './schema.js';
import { docRange } from './util.js';

/**
 * A damaged row is left out of the counts, as every read leaves it out of the grid: the reads'
 * own check (validate.ts), handed over by `loadCounts` so this module does not share its chunk.
 */
let isCountable = (_r: unknown): _r is Segment => true;
export function useRowCheck(check: (r: unknown) => r is Segment): void {
  isCountable = check;
}

export interface DocCountsRecord extends RowCounts {
  docId: string;
}

/** A stored record's counts, or null when it is missing or cannot be trusted. */
export function soundCounts(x: unknown): RowCounts | null {
  return isRowCounts(x) ? x : null;
}

/** Every row of a document, wherever it lives (rows.ts), in no particular order. */
async function docRows<M extends IDBTransactionMode>(tx: AnyTx<M>, docId: string) {
  const [single, chunks] = await Promise.all([
    tx.objectStore('segments').index('byDoc').getAll(docRange(docId)),
    tx.objectStore('segmentChunks').index('byDoc').getAll(docRange(docId)),
  ]);
  return [...single, ...chunks.flatMap((c) => c.rows)];
}

/** Counts a document's rows from scratch, inside the caller's transaction. */
export async function recount<M extends IDBTransactionMode>(
  tx: AnyTx<M>,
  docId: string,
): Promise<DocCountsRecord> {
  return { docId, ...countAll((await docRows(tx, docId)).filter(isCountable)) };
}

/**
 * @internal Only `writeRows` calls this, after issuing its writes: each document's counts move by
 * the rows the write removed and added. A document without a sound record is counted from its
 * rows as they are now (the write's requests come first, so they are seen).
 */
export async function updateCounts(
  tx: WriteTx,
  removed: readonly Segment[],
  added: readonly Segment[],
  /** The records `added` came in, when a whole-document write added them (`writeWhole`). */
  records?: RowRecords,
): Promise<void> {
  const deltas = new Map<string, RowCounts>();
  const delta = (docId: string) => {
    let d = deltas.get(docId);
    if (!d) deltas.set(docId, (d = emptyCounts()));
    return d;
  };
  for (const r of removed) if (isCountable(r)) countRow(delta(r.docId), r, -1);
  for (const r of added) if (isCountable(r)) countRow(delta(r.docId), r, 1);
  const store = tx.objectStore('docCounts');
  await Promise.all(
    [...deltas].map(async ([docId, d]) => {
      const cur =
        soundCounts(await store.get(docId)) ??
        // A new document's first rows: the records just added are all it holds, so its counts
        // are what they add (two index counts, not a read of every row).
        ((await holdsOnly(tx, docId, records)) ? emptyCounts() : null);
      const next = cur ? applyDelta(docId, cur, d) : null;
      // A record that would go negative was wrong before this write: count again.
      await store.put(next && isRowCounts(next) ? next : await recount(tx, docId));
    }),
  );
}

async function holdsOnly(tx: WriteTx, docId: string, added?: RowRecords): Promise<boolean> {
  if (!added) return false;
  const range = docRange(docId);
  const [single, chunks] = await Promise.all([
    tx.objectStore('segments').index('byDoc').count(range),
    tx.objectStore('segmentChunks').index('byDoc').count(range),
  ]);
  return (
    single === added.single.filter((r) => r.docId === docId).length &&
    chunks === added.chunks.filter((c) => c.docId === docId).length
  );
}

function applyDelta(docId: string, c: RowCounts, d: RowCounts): DocCountsRecord {
  const status = { ...c.status };
  for (const s of Object.keys(status) as (keyof typeof status)[]) status[s] += d.status[s];
  return {
    docId,
    rows: c.rows + d.rows,
    status,
    withTarget: c.withTarget + d.withTarget,
    sourceChars: c.sourceChars + d.sourceChars,
    sourceWords: c.sourceWords + d.sourceWords,
  };
}

/**
 * The upgrade to v10: counts every document's rows as stored (one pass over each row store), and
 * writes a record for every document, one without rows too.
 */
export async function countExisting(
  tx: IDBPTransaction<BitextDB, StoreName[], 'versionchange'>,
): Promise<void> {
  const counts = new Map<string, RowCounts>();
  const add = (r: Segment) => {
    let c = counts.get(r.docId);
    if (!c) counts.set(r.docId, (c = emptyCounts()));
    // A damaged row (the reads report and leave it out) is not counted either.
    if (isCountable(r)) countRow(c, r, 1);
  };
  let single = await tx.objectStore('segments').openCursor();
  while (single) {
    add(single.value);
    single = await single.continue();
  }
  let chunk = await tx.objectStore('segmentChunks').openCursor();
  while (chunk) {
    for (const r of chunk.value.rows) add(r);
    chunk = await chunk.continue();
  }
  for (const docId of await tx.objectStore('documents').getAllKeys())
    if (!counts.has(docId)) counts.set(docId, emptyCounts());
  const store = tx.objectStore('docCounts');
  await Promise.all([...counts].map(([docId, c]) => store.put({ docId, ...c })));
}

/**
 * Every project's counts, the sum of its documents': one read of two small stores, never of rows.
 * A document whose record is missing or unreadable is counted from its rows and the record
 * written again, in a transaction of its own.
 */
export async function projectCounts(conn: Connection): Promise<Map<string, RowCounts>> {
  const { docs, records } = await conn.read(['documents', 'docCounts'], async (tx) => ({
    docs: await tx.objectStore('documents').getAll(),
    records: await tx.objectStore('docCounts').getAll(),
  }));
  const byDoc = new Map<string, RowCounts>();
  for (const r of records) {
    const c = soundCounts(r);
    if (c && typeof r.docId === 'string') byDoc.set(r.docId, c);
  }
  const missing = docs.filter((d) => typeof d?.id === 'string' && !byDoc.has(d.id));
  if (missing.length) {
    const counted = await conn.write([...ROW_STORES, 'documents'], (tx) =>
      Promise.all(
        missing.map(async (d) => {
          // Deleted meanwhile: nothing to count nor to write.
          if (!(await tx.objectStore('documents').get(d.id))) return null;
          const c = await recount(tx, d.id);
          await tx.objectStore('docCounts').put(c);
          return c;
        }),
      ),
    );
    for (const c of counted) if (c) byDoc.set(c.docId, c);
  }
  const byProject = new Map<string, RowCounts[]>();
  for (const d of docs) {
    const c = byDoc.get(d?.id);
    if (!c) continue;
    const list = byProject.get(d.projectId);
    if (list) list.push(c);
    else byProject.set(d.projectId, [c]);
  }
  return new Map([...byProject].map(([p, list]) => [p, sumCounts(list)]));
}

/** `writeRows`' whole-document forms (rows.ts: RowsWrite), with their counts. */
export async function writeWhole(
  tx: WriteTx,
  w: Exclude<RowsWrite, readonly unknown[]>,
): Promise<void> {
  if ('clearDoc' in w) return clearDoc(tx, w.clearDoc);
  const { chunks, single } = 'add' in w ? newChunks(w.add) : w;
  // Requests issued at once (a big import); a failing one aborts the transaction. `add`, never
  // `put`: a key already stored fails the write, so no row is ever counted twice.
  const toChunks = tx.objectStore('segmentChunks');
  const toSingle = tx.objectStore('segments');
  await Promise.all([
    ...chunks.map((c) => toChunks.add(c)),
    ...single.map((r) => toSingle.add(r)),
    updateCounts(tx, [], [...single, ...chunks.flatMap((c) => c.rows)], { chunks, single }),
  ]);
}

/**
 * New rows (in document order, ids from `chunkedIds`) as records: rows whose ids name one chunk,
 * one after another, become that chunk; a row whose id names none is a record of its own.
 */
export function newChunks(rows: readonly Segment[]): RowRecords {
  const out: RowRecords = { chunks: [], single: [] };
  let at = 0;
  while (at < rows.length) {
    const id = chunkIdOf(rows[at].id);
    let end = at + 1;
    while (id !== null && end < rows.length && chunkIdOf(rows[end].id) === id) end++;
    const part = rows.slice(at, end);
    if (id === null) out.single.push(...part);
    else out.chunks.push({ id, docId: part[0].docId, first: part[0].order, rows: part });
    at = end;
  }
  return out;
}

/** Deletes every row of a document, per-row records and chunks, and its counts. */
async function clearDoc(tx: WriteTx, docId: string): Promise<void> {
  const single = tx.objectStore('segments');
  const chunks = tx.objectStore('segmentChunks');
  const [keys, chunkKeys] = await Promise.all([
    single.index('byDoc').getAllKeys(docRange(docId)),
    chunks.index('byDoc').getAllKeys(docRange(docId)),
  ]);
  await Promise.all([
    ...keys.map((k) => single.delete(k)),
    ...chunkKeys.map((k) => chunks.delete(k)),
    tx.objectStore('docCounts').delete(docId),
  ]);
}
