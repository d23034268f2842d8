// The undo log: every change to a document's rows is one operation written in one
// transaction with its revisions and the row snapshots needed to undo and redo it. The log
// lives in IndexedDB, so undo/redo survive a reload.
import type { Revision, Segment, SegmentField } from '../core/model.js';
import type { Connection, WriteTx } from './connection.js';
import { StoreError } from './errors.js';
import type { IDBPIndex } from 'idb';
import type { BitextDB, OpChange, OpKind, OpRecord, StoreName, StoredRevision } from './schema.js';
import { getRows, writeRows } from './rows.js';
import { docRange, newId, touchProject, type Who } from './util.js';

/** Undo history kept per document; older steps are dropped. */
export const MAX_UNDO = 200;

export const OP_STORES: StoreName[] = [
  'segments',
  'segmentChunks',
  'docCounts',
  'revisions',
  'ops',
  'documents',
  'projects',
];

export type RevisionDraft = Pick<Revision, 'segmentId' | 'field' | 'before' | 'after'>;

const FIELDS: SegmentField[] = ['source', 'target', 'status', 'note'];

/** The text a structural revision records for a row. */
export const snapshot = (s: Segment | null): string =>
  s ? JSON.stringify({ source: s.source, target: s.target }) : '';

export function fieldRevisions(before: Segment, after: Segment): RevisionDraft[] {
  return FIELDS.filter((f) => before[f] !== after[f]).map((f) => ({
    segmentId: after.id,
    field: f,
    before: before[f],
    after: after[f],
  }));
}

/** Field revisions for plain updates, structural ones for rows that appear or disappear. */
function defaultRevisions(changes: OpChange[], appearing: Revision['field']): RevisionDraft[] {
  return changes.flatMap((c): RevisionDraft[] => {
    if (c.before && c.after) return fieldRevisions(c.before, c.after);
    if (c.after)
      return [{ segmentId: c.id, field: appearing, before: '', after: snapshot(c.after) }];
    if (c.before)
      return [{ segmentId: c.id, field: 'delete', before: snapshot(c.before), after: '' }];
    return [];
  });
}

const CONTENT = [
  'docId',
  'order',
  'paragraphStart',
  'source',
  'target',
  'status',
  'note',
  'confidence',
] as const;

export function sameContent(a: Segment, b: Segment): boolean {
  return (
    CONTENT.every((k) => a[k] === b[k]) &&
    a.link.source === b.link.source &&
    a.link.target === b.link.target
  );
}

export interface Committed {
  op: OpRecord;
  projectId: string;
}

/**
 * Writes the rows of `changes`, their revisions (explicit `drafts` replace the default ones for
 * the rows they name) and the operation record, inside the caller's transaction.
 */
export async function commitOp(
  tx: WriteTx,
  docId: string,
  kind: OpKind,
  who: Who,
  changes: OpChange[],
  drafts: RevisionDraft[] = [],
): Promise<Committed> {
  const at = Date.now();
  const opId = newId();
  await writeRows(tx, changes);
  const named = new Set(drafts.map((d) => d.segmentId));
  const revs = [
    ...drafts,
    ...defaultRevisions(
      changes.filter((c) => !named.has(c.id)),
      'insert',
    ),
  ];
  await addRevisions(tx, docId, who, opId, at, revs);

  const ops = tx.objectStore('ops');
  // A new step discards this tab's redo branch, as in every editor (another tab's stays: it is
  // theirs to redo). Steps are numbered after every step of the document.
  let cur = await ops.index('byDoc').openCursor(docRange(docId), 'prev');
  const seq = cur?.value.seq ?? 0;
  while (cur) {
    const op = cur.value;
    if (ownStep(op, who.tab)) {
      if (op.state === 'done') break;
      await cur.delete();
    }
    cur = await cur.continue();
  }
  const op: OpRecord = {
    id: opId,
    docId,
    seq: seq + 1,
    kind,
    state: 'done',
    at,
    author: who.author,
    role: who.role,
    ...(who.tab ? { tab: who.tab } : {}),
    changes,
  };
  await ops.add(op);
  if (op.seq > MAX_UNDO) {
    let old = await ops
      .index('byDoc')
      .openCursor(IDBKeyRange.bound([docId], [docId, op.seq - MAX_UNDO]));
    while (old) {
      await old.delete();
      old = await old.continue();
    }
  }
  const projectId = await touchProject(tx, docId, at);
  return { op, projectId };
}

async function addRevisions(
  tx: WriteTx,
  docId: string,
  who: Who,
  opId: string,
  at: number,
  drafts: RevisionDraft[],
): Promise<void> {
  const store = tx.objectStore('revisions');
  // Issued at once: awaiting each add costs a round trip per row in a 100,000-row replace-all.
  await Promise.all(
    drafts.map((d) => {
      const r: StoredRevision = { ...d, docId, role: who.role, author: who.author, at, opId };
      return store.add(r);
    }),
  );
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoKind?: OpKind;
  redoKind?: OpKind;
}

type OpsIndex<M extends IDBTransactionMode> = IDBPIndex<BitextDB, StoreName[], 'ops', 'byDoc', M>;

/** Whether `tab` may undo or redo a step: its own, one stored before tabs were told apart, or any when no tab is given. */
const ownStep = (op: OpRecord, tab: string | undefined): boolean =>
  !tab || !op.tab || op.tab === tab;

/**
 * The step undo would revert (this tab's top "done") and the one redo would replay (this tab's
 * lowest "undone" above it). Other tabs' steps are passed over.
 */
async function ends<M extends IDBTransactionMode>(
  index: OpsIndex<M>,
  docId: string,
  tab: string | undefined,
): Promise<{ done?: OpRecord; undone?: OpRecord }> {
  let cur = await index.openCursor(docRange(docId), 'prev');
  let undone: OpRecord | undefined;
  while (cur) {
    if (ownStep(cur.value, tab)) {
      if (cur.value.state === 'done') return { done: cur.value, undone };
      undone = cur.value;
    }
    cur = await cur.continue();
  }
  return { undone };
}

export async function undoState(conn: Connection, docId: string, tab?: string): Promise<UndoState> {
  const { done, undone } = await conn.read(['ops'], (tx) =>
    ends(tx.objectStore('ops').index('byDoc'), docId, tab),
  );
  return { canUndo: !!done, canRedo: !!undone, undoKind: done?.kind, redoKind: undone?.kind };
}

export interface Replayed {
  op: OpRecord;
  /** Rows as they are now (null = removed), for the UI to refresh. */
  rows: { id: string; row: Segment | null }[];
}

/**
 * Undo (`back`) or redo the next step of a document. A row changed since by someone else makes
 * the whole step fail with a `conflict` error; nothing is written then.
 */
export async function replay(
  conn: Connection,
  docId: string,
  back: boolean,
  who: Who,
): Promise<Replayed | null> {
  const res = await conn.write(OP_STORES, async (tx) => {
    const { done, undone } = await ends(tx.objectStore('ops').index('byDoc'), docId, who.tab);
    const op = back ? done : undone;
    if (!op) return null;
    const at = Date.now();
    const order = back ? [...op.changes].reverse() : op.changes;
    const stored = await getRows(
      tx,
      order.map((c) => c.id),
    );
    const drafts: RevisionDraft[] = [];
    const rows: Replayed['rows'] = [];
    for (const c of order) {
      const expected = back ? c.after : c.before;
      const target = back ? c.before : c.after;
      const current = stored.get(c.id);
      // Compare content, not rev: undoing a later step rewrites a row with a new rev but the
      // very content this step left, and that must not count as someone else's change.
      const matches = expected
        ? !!current && sameContent(current, expected)
        : current === undefined;
      if (!matches) {
        throw new StoreError('conflict', `row ${c.id} changed since this step`, [c.id]);
      }
      let written: Segment | null = null;
      if (target) {
        written = { ...target, rev: Math.max(target.rev, current?.rev ?? 0) + 1, updatedAt: at };
        if (current) drafts.push(...fieldRevisions(current, written));
        else
          drafts.push({ segmentId: c.id, field: 'restore', before: '', after: snapshot(written) });
      } else {
        drafts.push({
          segmentId: c.id,
          field: 'delete',
          before: snapshot(current ?? null),
          after: '',
        });
      }
      // Remember what we wrote, so the opposite replay checks against it.
      if (back) c.before = written;
      else c.after = written;
      rows.push({ id: c.id, row: written });
      if (written) stored.set(c.id, written);
      else stored.delete(c.id);
    }
    await writeRows(
      tx,
      rows.map((r) => ({ id: r.id, after: r.row })),
    );
    const next: OpRecord = { ...op, state: back ? 'undone' : 'done' };
    await tx.objectStore('ops').put(next);
    await addRevisions(tx, docId, who, newId(), at, drafts);
    const projectId = await touchProject(tx, docId, at);
    return { op: next, rows, projectId };
  });
  if (!res) return null;
  const structural = res.op.changes.some((c) => !c.before || !c.after);
  conn.announce({
    type: structural ? 'structure' : 'segments',
    projectId: res.projectId,
    docId,
    segmentIds: res.rows.map((r) => r.id),
  });
  return { op: res.op, rows: res.rows };
}
