// Per-row history, read page by page from the revisions index (never every revision at once),
// and restoring a row's field to a value it once had (an undoable step).
import type { Segment, SegmentField } from '../core/model.js';
import type { Connection } from './connection.js';
import { StoreError } from './errors.js';
import { commitOp, OP_STORES } from './undo-log.js';
import type { StoredRevision } from './schema.js';
import { getRow } from './rows.js';
import type { Who } from './util.js';
import { problemOfRevision } from './validate.js';
import { statusAfterChange } from '../core/model.js';

const FIELDS: readonly string[] = ['source', 'target', 'status', 'note'];
const SMALL = 200;

export class History {
  constructor(private readonly conn: Connection) {}

  /** A row's revisions, newest first. */
  async page(segmentId: string, offset: number, limit: number): Promise<StoredRevision[]> {
    const range = IDBKeyRange.bound([segmentId], [segmentId, []]);
    return this.collect('bySegment', range, offset, limit);
  }

  /** A document's revisions since `since` (ms), newest first: "changes since" views. */
  async since(docId: string, since: number, limit: number): Promise<StoredRevision[]> {
    const range = IDBKeyRange.bound([docId, since], [docId, []]);
    return this.collect('byDoc', range, 0, limit);
  }

  /**
   * Sets a field back to the value a revision recorded (`after`: as it was just after that
   * change; `before`: just before it). Recorded as a new revision, so it can be undone.
   */
  async restore(
    revisionId: number,
    who: Who,
    side: 'before' | 'after' = 'after',
  ): Promise<Segment> {
    const res = await this.conn.write(OP_STORES, async (tx) => {
      const rev = await tx.objectStore('revisions').get(revisionId);
      if (!rev) throw new StoreError('invalid', `no revision ${revisionId}`);
      if (!FIELDS.includes(rev.field))
        throw new StoreError('invalid', `cannot restore a ${rev.field}`);
      const field = rev.field as SegmentField;
      const s = await getRow(tx, rev.segmentId);
      if (!s)
        throw new StoreError('conflict', `row ${rev.segmentId} no longer exists`, [rev.segmentId]);
      const value = rev[side];
      // Putting back an old text is a change like typing: a confirmed row needs confirming again.
      const status = field === 'status' ? undefined : statusAfterChange(s.status, field, value);
      const next = {
        ...s,
        [field]: value,
        ...(status && value !== s[field] ? { status } : {}),
        rev: s.rev + 1,
        updatedAt: Date.now(),
      } as Segment;
      const { projectId } = await commitOp(tx, s.docId, 'restore-revision', who, [
        { id: s.id, before: s, after: next },
      ]);
      return { next, projectId };
    });
    this.conn.announce({
      type: 'segments',
      projectId: res.projectId,
      docId: res.next.docId,
      segmentIds: [res.next.id],
    });
    return res.next;
  }

  private async collect(
    index: 'bySegment' | 'byDoc',
    range: IDBKeyRange,
    offset: number,
    limit: number,
  ): Promise<StoredRevision[]> {
    const rows = await this.conn.read(['revisions'], async (tx) => {
      const idx = tx.objectStore('revisions').index(index);
      // Most rows have a short history: one getAll beats a cursor round trip per revision.
      if ((await idx.count(range)) <= SMALL) {
        return (await idx.getAll(range)).reverse().slice(offset, offset + limit);
      }
      const out: StoredRevision[] = [];
      let cur = await idx.openCursor(range, 'prev');
      if (cur && offset > 0) cur = await cur.advance(offset);
      while (cur && out.length < limit) {
        out.push(cur.value);
        cur = await cur.continue();
      }
      return out;
    });
    return rows.filter((r) => {
      const problem = problemOfRevision(r);
      if (problem) this.conn.reportCorrupt({ store: 'revisions', key: String(r.id), problem });
      return problem === null;
    });
  }
}
