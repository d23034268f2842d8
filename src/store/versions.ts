// Named versions: a frozen copy of every row of a document. Restoring one is an undoable step
// recorded as revisions, so nothing done since is lost for good.
import type { Segment, Version } from '../core/model.js';
import type { TeamOrigin } from '../core/team/versions.js';
import type { Connection } from './connection.js';
import { StoreError } from './errors.js';
import { commitOp, OP_STORES, snapshot, type RevisionDraft } from './undo-log.js';
import type { OpChange, VersionMeta } from './schema.js';
import { ROW_STORES } from './rows.js';
import { docRange, newId, type Who } from './util.js';

export class Versions {
  constructor(private readonly conn: Connection) {}

  async save(docId: string, name: string, author: string): Promise<VersionMeta> {
    // Loaded before the transaction: awaiting an import inside one would let it commit.
    const { docRows } = await import('./rows-read.js');
    const meta = await this.conn.write([...ROW_STORES, 'versions', 'versionBodies'], async (tx) => {
      const rows = await docRows(tx, docId);
      const segments = rows.map(({ id, order, source, target, status, note }) => ({
        id,
        order,
        source,
        target,
        status,
        note,
      }));
      const m: VersionMeta = {
        id: newId(),
        docId,
        name,
        author,
        createdAt: Date.now(),
        segmentCount: segments.length,
      };
      await tx.objectStore('versions').add(m);
      await tx.objectStore('versionBodies').add({ versionId: m.id, segments });
      return m;
    });
    this.conn.announce({ type: 'versions', docId, segmentIds: [] });
    return meta;
  }

  /**
   * Keeps a version made elsewhere (a team server's) on this device as it is — its id, name,
   * author and time — so it lists, compares and restores offline like one saved here.
   */
  async keep(v: Version, team?: TeamOrigin): Promise<void> {
    const { segments, ...rest } = v;
    await this.conn.write(['versions', 'versionBodies'], async (tx) => {
      const meta: VersionMeta = { ...rest, segmentCount: segments.length };
      if (team) meta.team = team;
      await tx.objectStore('versions').put(meta);
      await tx.objectStore('versionBodies').put({ versionId: v.id, segments });
    });
    this.conn.announce({ type: 'versions', docId: v.docId, segmentIds: [] });
  }

  /** Newest first; metadata only (the frozen rows are read by `get`). */
  async list(docId: string): Promise<VersionMeta[]> {
    const all = await this.conn.read(['versions'], (tx) =>
      tx.objectStore('versions').index('byDoc').getAll(docRange(docId)),
    );
    return all.reverse();
  }

  async get(id: string): Promise<Version | undefined> {
    return this.conn.read(['versions', 'versionBodies'], async (tx) => {
      const meta = await tx.objectStore('versions').get(id);
      const body = await tx.objectStore('versionBodies').get(id);
      if (!meta) return undefined;
      if (!body) throw new StoreError('corrupt', `version ${id} has lost its rows`);
      const { id: vid, docId, name, author, createdAt } = meta;
      return { id: vid, docId, name, author, createdAt, segments: body.segments };
    });
  }

  async rename(id: string, name: string): Promise<VersionMeta> {
    const meta = await this.conn.write(['versions'], async (tx) => {
      const cur = await tx.objectStore('versions').get(id);
      if (!cur) throw new StoreError('invalid', `no version ${id}`);
      const next = { ...cur, name };
      await tx.objectStore('versions').put(next);
      return next;
    });
    this.conn.announce({ type: 'versions', docId: meta.docId, segmentIds: [] });
    return meta;
  }

  /** Marks a kept version as a team server's (see core/team/versions.ts planVersions). */
  async markTeam(id: string, team: TeamOrigin): Promise<void> {
    await this.conn.write(['versions'], async (tx) => {
      const cur = await tx.objectStore('versions').get(id);
      if (cur) await tx.objectStore('versions').put({ ...cur, team });
    });
  }

  async delete(id: string): Promise<void> {
    const docId = await this.conn.write(['versions', 'versionBodies'], async (tx) => {
      const cur = await tx.objectStore('versions').get(id);
      await tx.objectStore('versions').delete(id);
      await tx.objectStore('versionBodies').delete(id);
      return cur?.docId;
    });
    this.conn.announce({ type: 'versions', docId, segmentIds: [] });
  }

  /**
   * Brings the document back to a version: rows changed since are set back, rows deleted since
   * come back (same id), rows added since are removed. One undoable step.
   */
  async restore(versionId: string, who: Who): Promise<{ opId: string; changedRows: number }> {
    const { docRows } = await import('./rows-read.js');
    const res = await this.conn.write([...OP_STORES, 'versions', 'versionBodies'], async (tx) => {
      const meta = await tx.objectStore('versions').get(versionId);
      const body = await tx.objectStore('versionBodies').get(versionId);
      if (!meta || !body) throw new StoreError('invalid', `no version ${versionId}`);
      const rows = await docRows(tx, meta.docId);
      const current = new Map(rows.map((s) => [s.id, s]));
      const at = Date.now();
      const changes: OpChange[] = [];
      const drafts: RevisionDraft[] = [];
      for (const v of body.segments) {
        const s = current.get(v.id);
        current.delete(v.id);
        if (!s) {
          const back: Segment = {
            ...v,
            docId: meta.docId,
            paragraphStart: false,
            link: { source: v.source ? 1 : 0, target: v.target ? 1 : 0 },
            confidence: 1,
            updatedAt: at,
            rev: 1,
          };
          changes.push({ id: v.id, before: null, after: back });
          drafts.push({ segmentId: v.id, field: 'restore', before: '', after: snapshot(back) });
        } else if (
          s.order !== v.order ||
          s.source !== v.source ||
          s.target !== v.target ||
          s.status !== v.status ||
          s.note !== v.note
        ) {
          const { id, order, source, target, status, note } = v;
          const after = {
            ...s,
            id,
            order,
            source,
            target,
            status,
            note,
            rev: s.rev + 1,
            updatedAt: at,
          };
          changes.push({ id: v.id, before: s, after });
        }
      }
      for (const s of current.values()) changes.push({ id: s.id, before: s, after: null });
      if (changes.length === 0) return null;
      const { op, projectId } = await commitOp(
        tx,
        meta.docId,
        'restore-version',
        who,
        changes,
        drafts,
      );
      return { op, projectId, docId: meta.docId };
    });
    if (!res) return { opId: '', changedRows: 0 };
    this.conn.announce({
      type: 'structure',
      projectId: res.projectId,
      docId: res.docId,
      segmentIds: res.op.changes.map((c) => c.id),
    });
    return { opId: res.op.id, changedRows: res.op.changes.length };
  }
}
