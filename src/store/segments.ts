// Rows of a document: paged reads by the [docId, order] index, bulk creation, and plain edits
// with conflict detection (each row carries `rev`; a write based on an older rev is refused).
import { initialKeys } from '../core/order.js';
import type { Segment, SegmentField } from '../core/model.js';
import type { Connection, WriteTx } from './connection.js';
import { StoreError } from './errors.js';
import { commitOp, OP_STORES } from './undo-log.js';
import { chunkedIds, getRow, getRows, lastRow, ROW_STORES, writeRows } from './rows.js';
import { newId, type Who } from './util.js';
import { problemOfSegment } from './validate.js';

/** Fields a plain edit may change; `comments` replaces the row's whole comment list. */
export type SegmentPatch = Partial<Pick<Segment, SegmentField | 'comments'>>;

/** A row to create; everything but the text has a sensible default. */
export type SegmentInit = Pick<Segment, 'source' | 'target'> &
  Partial<Pick<Segment, 'status' | 'note' | 'paragraphStart' | 'link' | 'confidence' | 'codes'>>;

/**
 * Adds `rows` after the document's last row inside the caller's transaction, refusing the whole
 * write if any row would read back as damaged. Used by bulkCreate and by creating a project with
 * its rows in one transaction.
 */
export async function addRows(
  tx: WriteTx,
  docId: string,
  rows: readonly SegmentInit[],
  at: number,
): Promise<Segment[]> {
  const last = await lastRow(tx, docId);
  // Keys after the last row: its key plus evenly spread suffixes sorts after it and in order.
  const prefix = last?.order ?? '';
  return putRows(
    tx,
    docId,
    rows,
    initialKeys(rows.length).map((k) => prefix + k),
    at,
  );
}

/**
 * Writes `rows` with the order keys given, inside the caller's transaction, as chunks of
 * consecutive rows (rows.ts: these are bulk writes); `first` numbers the rows in messages when
 * they are one batch of many. A row that would read back as damaged (text too long, a bad status)
 * is refused, by the same check the reads use, before anything is written.
 */
export async function putRows(
  tx: WriteTx,
  docId: string,
  rows: readonly SegmentInit[],
  keys: readonly string[],
  at: number,
  first = 0,
): Promise<Segment[]> {
  const ids = chunkedIds(rows.length, newId);
  const out = rows.map((r, i) => makeSegment(docId, keys[i] ?? '', r, at, ids[i]));
  for (const [i, s] of out.entries()) {
    const problem = problemOfSegment(s);
    if (problem) throw new StoreError('invalid', `row ${first + i + 1}: ${problem}`);
  }
  // A failing request aborts the transaction, which `write` reports.
  await writeRows(tx, { add: out });
  return out;
}

/** The code that reads rows in order (rows-read.ts): loaded with the first read, not on a first visit. */
const reader = () => import('./rows-read.js');

/** Rows per request when a whole document is read. */
const ALL_PAGE = 10_000;

export type EditResult =
  | { ok: true; segment: Segment }
  /** Someone else wrote the row since `expectedRev`: here is the newer stored row. */
  | { ok: false; conflict: Segment };

export function makeSegment(
  docId: string,
  order: string,
  init: SegmentInit,
  at: number,
  id = newId(),
): Segment {
  return {
    id,
    docId,
    order,
    paragraphStart: init.paragraphStart ?? false,
    source: init.source,
    target: init.target,
    status: init.status ?? (init.target ? 'draft' : 'new'),
    link: init.link ?? { source: init.source ? 1 : 0, target: init.target ? 1 : 0 },
    confidence: init.confidence ?? 1,
    note: init.note ?? '',
    updatedAt: at,
    rev: 1,
    // Only imported rows with inline codes carry the field; everything else stays as it was.
    ...(init.codes?.length ? { codes: init.codes } : {}),
  };
}

export class Segments {
  constructor(private readonly conn: Connection) {}

  async count(docId: string): Promise<number> {
    const { countRows } = await reader();
    return this.conn.read(ROW_STORES, (tx) => countRows(tx, docId));
  }

  /**
   * Starts fetching the code that reads rows, so a document about to open does not wait for it
   * after its project and document records are read.
   */
  warm(): void {
    reader().catch(() => undefined);
  }

  /** Rows `offset … offset+limit` in document order. Damaged rows are reported and left out. */
  async page(docId: string, offset: number, limit: number): Promise<Segment[]> {
    const { rowsAt } = await reader();
    const rows = await this.conn.read(ROW_STORES, (tx) => rowsAt(tx, docId, offset, limit));
    return this.sound(rows);
  }

  /** Up to `limit` rows after the row with order key `afterOrder` (keyset paging). */
  async pageAfter(docId: string, afterOrder: string, limit: number): Promise<Segment[]> {
    const { eachRowPage } = await reader();
    const rows = await this.conn.read(ROW_STORES, async (tx) => {
      const out: Segment[] = [];
      // Chunks are read from the document's start: this is for tests and small documents.
      await eachRowPage(tx, docId, limit, (page) => {
        for (const r of page) if (r.order > afterOrder && out.length < limit) out.push(r);
        return out.length < limit;
      });
      return out;
    });
    return this.sound(rows);
  }

  /**
   * Every row of a document in order: read in pages of ALL_PAGE by their order keys, in one
   * transaction (a consistent view), so neither the browser's IndexedDB nor the page holds one
   * answer of 262,000 rows at once; each row compacted as read (see compact.ts).
   */
  async all(docId: string): Promise<Segment[]> {
    // Loaded with the first whole read (after the first screen), not on a first visit.
    const { compactSegment, interner } = await import('./compact.js');
    const { eachRowPage } = await reader();
    const rows = await this.conn.read(ROW_STORES, async (tx) => {
      const out: Segment[] = [];
      const intern = interner();
      await eachRowPage(tx, docId, ALL_PAGE, (page) => {
        for (const r of page) out.push(compactSegment(r, docId, intern));
      });
      return out;
    });
    return this.sound(rows);
  }

  /** One row; throws a `corrupt` StoreError when the stored record is damaged. */
  async get(id: string): Promise<Segment | undefined> {
    const row = await this.conn.read(ROW_STORES, (tx) => getRow(tx, id));
    if (row === undefined) return undefined;
    const problem = problemOfSegment(row);
    if (problem) {
      this.conn.reportCorrupt({ store: 'segments', key: id, problem });
      throw new StoreError('corrupt', `row ${id} is damaged: ${problem}`, [id]);
    }
    return row;
  }

  /**
   * Appends rows at the end of a document in one transaction (import, alignment). This is the
   * document's starting state, so it records no revisions and no undo step.
   */
  async bulkCreate(docId: string, rows: SegmentInit[]): Promise<Segment[]> {
    const at = Date.now();
    const created = await this.conn.write([...ROW_STORES, 'documents', 'projects'], async (tx) => {
      const doc = await tx.objectStore('documents').get(docId);
      if (!doc) throw new StoreError('invalid', `no document ${docId}`);
      const out = await addRows(tx, docId, rows, at);
      const project = await tx.objectStore('projects').get(doc.projectId);
      if (project) await tx.objectStore('projects').put({ ...project, updatedAt: at });
      return { out, projectId: doc.projectId };
    });
    this.conn.announce({
      type: 'structure',
      projectId: created.projectId,
      docId,
      segmentIds: created.out.map((s) => s.id),
    });
    return created.out;
  }

  /**
   * Writes a change to one row if nobody has written it since `expectedRev`; otherwise returns
   * the newer stored row and writes nothing. One undoable step with its revisions.
   */
  async edit(
    segmentId: string,
    patch: SegmentPatch,
    expectedRev: number,
    who: Who,
  ): Promise<EditResult> {
    const res = await this.conn.write(OP_STORES, async (tx) => {
      const current = await getRow(tx, segmentId);
      if (current === undefined) {
        throw new StoreError('conflict', `row ${segmentId} was deleted`, [segmentId]);
      }
      const problem = problemOfSegment(current);
      if (problem) throw new StoreError('corrupt', `row ${segmentId}: ${problem}`, [segmentId]);
      if (current.rev !== expectedRev) return { result: { ok: false, conflict: current } as const };
      const changed = (Object.keys(patch) as (keyof SegmentPatch)[]).some(
        (k) => patch[k] !== undefined && !samePatchValue(patch[k], current[k]),
      );
      if (!changed) return { result: { ok: true, segment: current } as const };
      const next: Segment = {
        ...current,
        ...definedOnly(patch),
        rev: current.rev + 1,
        updatedAt: Date.now(),
      };
      const { projectId } = await commitOp(tx, current.docId, 'edit', who, [
        { id: segmentId, before: current, after: next },
      ]);
      return { result: { ok: true, segment: next } as const, projectId, docId: current.docId };
    });
    if (res.result.ok && res.docId) {
      this.conn.announce({
        type: 'segments',
        projectId: res.projectId,
        docId: res.docId,
        segmentIds: [segmentId],
      });
    }
    return res.result;
  }

  /**
   * Writes rows as a team's shared document has them (someone else's change, already merged by
   * the sync engine): no undo step and no local revision — the change is not this user's — but a
   * new `rev`, so an edit based on the older row is refused as stale. Rows not stored yet are
   * added; `removed` rows are deleted. Other tabs are told.
   */
  async applyRemote(
    docId: string,
    rows: readonly Omit<Segment, 'docId' | 'rev'>[],
    removed: readonly string[],
  ): Promise<Segment[]> {
    const out = await this.conn.write([...ROW_STORES, 'documents'], async (tx) => {
      const doc = await tx.objectStore('documents').get(docId);
      if (!doc) throw new StoreError('conflict', `document ${docId} was deleted`);
      const written: Segment[] = [];
      const stored = await getRows(tx, [...rows.map((r) => r.id), ...removed]);
      for (const r of rows) {
        const current = stored.get(r.id);
        if (current && current.docId !== docId)
          throw new StoreError('invalid', `row ${r.id} belongs to another document`);
        const next: Segment = { ...r, docId, rev: (current?.rev ?? 0) + 1 };
        const problem = problemOfSegment(next);
        if (problem) throw new StoreError('invalid', `row ${r.id}: ${problem}`);
        written.push(next);
      }
      const gone = removed.filter((id) => stored.get(id)?.docId === docId);
      await writeRows(tx, [
        ...written.map((r) => ({ id: r.id, after: r })),
        ...gone.map((id) => ({ id, after: null })),
      ]);
      return { result: written, projectId: doc.projectId };
    });
    this.conn.announce({
      type: removed.length ? 'structure' : 'segments',
      projectId: out.projectId,
      docId,
      segmentIds: [...rows.map((r) => r.id), ...removed],
    });
    return out.result;
  }

  private sound(rows: Segment[]): Segment[] {
    return rows.filter((r) => {
      const problem = problemOfSegment(r);
      if (problem) {
        const key = String((r as { id?: unknown } | null)?.id);
        this.conn.reportCorrupt({ store: 'segments', key, problem });
      }
      return problem === null;
    });
  }
}

/** Texts compare as strings; comment lists by value (they are small and plain). */
export const samePatchValue = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && JSON.stringify(a) === JSON.stringify(b ?? []));

function definedOnly(patch: SegmentPatch): SegmentPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
