// Projects and their documents.
import type { DocumentRecord, Lang, Project } from '../core/model.js';
import type { Connection } from './connection.js';
import { StoreError } from './errors.js';
import type { OpRecord, StoredRevision, VersionBody, VersionMeta } from './schema.js';
import type { Segment } from '../core/model.js';
import { docRange, newId } from './util.js';
import { initialKeys } from '../core/order.js';
import { loadCounts, ROW_STORES, writeRows, type SegmentChunk } from './rows.js';
import type { RowCounts } from '../core/progress.js';
import { addRows, putRows, type SegmentInit } from './segments.js';
import { isDocument, problemOfDocument, problemOfProject, problemOfSegment } from './validate.js';

export interface NewProject {
  /** Chosen by the caller when it must name the project before it exists (a lock); else new. */
  id?: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** Name of the first document; defaults to the project name. */
  documentName?: string;
}

/** Everything a project deletion removed, so "Undo" can put it all back. */
export interface DeletedProject {
  project: Project;
  documents: DocumentRecord[];
  /** Rows stored one a record; rows created in bulk come back in their chunks (rows.ts). */
  segments: Segment[];
  chunks: SegmentChunk[];
  revisions: StoredRevision[];
  versions: VersionMeta[];
  versionBodies: VersionBody[];
  ops: OpRecord[];
}

/**
 * A project whose rows are still being written in batches. It is never listed nor opened; the
 * last batch's transaction drops the marker, so the project appears whole or not at all.
 */
export type StoredProject = Project & { pending?: true };

export interface BatchedCreate {
  /** Rows per transaction. */
  batchSize: number;
  /** Rows written so far, after each batch commits. */
  onProgress?: (written: number) => void;
}

const PROJECT_STORES = [
  'projects',
  'documents',
  'segments',
  'segmentChunks',
  'docCounts',
  'revisions',
  'versions',
  'versionBodies',
  'ops',
] as const;

export class Projects {
  constructor(private readonly conn: Connection) {}

  /** Most recently edited first. Damaged records are reported and left out, as are pending ones. */
  async list(): Promise<Project[]> {
    const all = await this.conn.read(['projects'], (tx) =>
      tx.objectStore('projects').index('byUpdated').getAll(),
    );
    return all.reverse().filter((p) => this.sound(p) && !(p as StoredProject).pending);
  }

  /**
   * Each project's progress (rows by status, source size), summed over its documents from their
   * stored counts (doc-counts.ts): no row is read, however big the projects.
   */
  async progress(): Promise<Map<string, RowCounts>> {
    return (await loadCounts()).projectCounts(this.conn);
  }

  /** A project, unless it is still being created. */
  async get(id: string): Promise<Project | undefined> {
    const p = await this.conn.read(['projects'], (tx) => tx.objectStore('projects').get(id));
    if (p === undefined || (p as StoredProject).pending) return undefined;
    if (!this.sound(p)) throw new StoreError('corrupt', `project ${id} is damaged`);
    return p;
  }

  /** @internal The project's and its first document's records (for create-streamed.ts). */
  records(init: NewProject, now: number) {
    const project: Project = {
      id: init.id ?? newId(),
      name: init.name,
      sourceLang: init.sourceLang,
      targetLang: init.targetLang,
      createdAt: now,
      updatedAt: now,
    };
    const document: DocumentRecord = {
      id: newId(),
      projectId: project.id,
      name: init.documentName ?? init.name,
      order: 0,
    };
    return { project, document };
  }

  /**
   * A project with its first document and, when given, its rows — all in one transaction, so a
   * tab closed or a disk filled half-way leaves no half-made project behind.
   */
  async create(
    init: NewProject,
    rows: readonly SegmentInit[] = [],
  ): Promise<{ project: Project; document: DocumentRecord }> {
    const now = Date.now();
    const { project, document } = this.records(init, now);
    await this.conn.write(['projects', 'documents', ...ROW_STORES], async (tx) => {
      await tx.objectStore('projects').add(project);
      await tx.objectStore('documents').add(document);
      if (rows.length > 0) await addRows(tx, document.id, rows, now);
    });
    this.conn.announce({ type: 'projects', projectId: project.id, segmentIds: [] });
    return { project, document };
  }

  /**
   * A local copy of a team project, with the ids the team server gave it (so its rows are the
   * team document's rows): project, first document and rows in one transaction.
   */
  async createMirror(
    project: Project,
    document: DocumentRecord,
    rows: readonly Omit<Segment, 'docId' | 'rev'>[],
  ): Promise<void> {
    const all = rows.map((r): Segment => ({ ...r, docId: document.id, rev: 1 }));
    for (const s of all) {
      const problem = problemOfSegment(s);
      if (problem) throw new StoreError('invalid', `row ${s.id}: ${problem}`);
    }
    // The sharer's row ids name the chunks its rows lived in: a big project joins as fast as it
    // was imported (rows.ts: regroupRows).
    const { regroupRows } = await import('./rows-regroup.js');
    const { chunks, single } = regroupRows(all);
    await this.conn.write(['projects', 'documents', ...ROW_STORES], async (tx) => {
      await Promise.all([
        tx.objectStore('projects').add(project),
        tx.objectStore('documents').add(document),
        writeRows(tx, { chunks, single }),
      ]);
    });
    this.conn.announce({ type: 'projects', projectId: project.id, segmentIds: [] });
  }

  /**
   * A project too big for one transaction (one of 260,000 rows holds every row in memory until it
   * commits): written first as pending with its document, then its rows a batch per transaction;
   * the last batch's transaction makes it a project. Until then it is never listed nor opened. A
   * failure deletes what was written; a tab closed half-way leaves a pending project, which
   * `deletePending` removes at the next start.
   */
  async createInBatches(
    init: NewProject,
    rows: readonly SegmentInit[],
    opts: BatchedCreate,
  ): Promise<{ project: Project; document: DocumentRecord }> {
    const now = Date.now();
    const { project, document } = this.records(init, now);
    const pending: StoredProject = { ...project, pending: true };
    await this.conn.write(['projects', 'documents'], async (tx) => {
      await tx.objectStore('projects').add(pending);
      await tx.objectStore('documents').add(document);
    });
    const size = Math.max(1, opts.batchSize);
    const keys = initialKeys(rows.length);
    try {
      for (let i = 0; i === 0 || i < rows.length; i += size) {
        const last = i + size >= rows.length;
        await this.conn.write(
          ['projects', ...ROW_STORES],
          async (tx) => {
            // Another tab's start may have taken it for abandoned (no Web Locks): stop, never
            // write rows for a project that is gone nor bring it back without its first rows.
            const cur = (await tx.objectStore('projects').get(project.id)) as
              StoredProject | undefined;
            if (!cur?.pending)
              throw new StoreError('conflict', `project ${project.id} was removed`);
            await putRows(
              tx,
              document.id,
              rows.slice(i, i + size),
              keys.slice(i, i + size),
              now,
              i,
            );
            if (last) await tx.objectStore('projects').put({ ...project, updatedAt: Date.now() });
          },
          // Transactions commit in order: the last, strict one makes the batches durable too.
          last ? 'strict' : 'relaxed',
        );
        opts.onProgress?.(Math.min(rows.length, i + size));
      }
    } catch (e) {
      await this.discard(project.id).catch(() => undefined);
      throw e;
    }
    this.conn.announce({ type: 'projects', projectId: project.id, segmentIds: [] });
    return { project, document };
  }

  /**
   * Deletes pending projects (a create that never finished) unless `running(id)` says their
   * creating tab is still at it. Returns how many were deleted.
   */
  async deletePending(running: (id: string) => boolean): Promise<number> {
    const all = await this.conn.read(['projects'], (tx) => tx.objectStore('projects').getAll());
    const stale = all.filter((p) => (p as StoredProject).pending && !running(p.id));
    for (const p of stale) await this.discard(p.id);
    return stale.length;
  }

  /** Removes a pending project and whatever rows it has, with no undo (it was never shown). */
  async discard(id: string): Promise<void> {
    await this.conn.write(['projects', 'documents', ...ROW_STORES], async (tx) => {
      const docs = await tx.objectStore('documents').index('byProject').getAllKeys(docRange(id));
      for (const d of docs) {
        await writeRows(tx, { clearDoc: d });
        await tx.objectStore('documents').delete(d);
      }
      await tx.objectStore('projects').delete(id);
    });
  }

  async rename(id: string, name: string): Promise<Project> {
    const p = await this.conn.write(['projects'], async (tx) => {
      const store = tx.objectStore('projects');
      const cur = await store.get(id);
      if (!cur) throw new StoreError('invalid', `no project ${id}`);
      const next = { ...cur, name, updatedAt: Date.now() };
      await store.put(next);
      return next;
    });
    this.conn.announce({ type: 'projects', projectId: id, segmentIds: [] });
    return p;
  }

  /** Deletes a project and everything in it, in one transaction; keep the result to undo. */
  async delete(id: string): Promise<DeletedProject> {
    // Taking a project apart and putting it back are loaded when asked for, not on a first visit.
    const { takeProject } = await import('./projects-delete.js');
    const gone = await this.conn.write([...PROJECT_STORES], (tx) => takeProject(tx, id));
    this.conn.announce({ type: 'projects', projectId: id, segmentIds: [] });
    return gone;
  }

  /** Puts back what `delete` removed (the "Undo" after deleting a project). */
  async restoreDeleted(gone: DeletedProject): Promise<void> {
    const { putProjectBack } = await import('./projects-delete.js');
    await this.conn.write([...PROJECT_STORES], (tx) => putProjectBack(tx, gone));
    this.conn.announce({ type: 'projects', projectId: gone.project.id, segmentIds: [] });
  }

  private sound(p: unknown): p is Project {
    const problem = problemOfProject(p);
    if (problem) {
      const key = String((p as { id?: unknown } | null)?.id);
      this.conn.reportCorrupt({ store: 'projects', key, problem });
    }
    return problem === null;
  }
}

export class Documents {
  constructor(private readonly conn: Connection) {}

  async list(projectId: string): Promise<DocumentRecord[]> {
    const all = await this.conn.read(['documents'], (tx) =>
      tx.objectStore('documents').index('byProject').getAll(docRange(projectId)),
    );
    return all.filter((d) => {
      const problem = problemOfDocument(d);
      if (problem) this.conn.reportCorrupt({ store: 'documents', key: String(d?.id), problem });
      return isDocument(d);
    });
  }

  async get(id: string): Promise<DocumentRecord | undefined> {
    return this.conn.read(['documents'], (tx) => tx.objectStore('documents').get(id));
  }

  /** Adds a document at the end of the project. */
  async create(projectId: string, name: string): Promise<DocumentRecord> {
    const doc = await this.conn.write(['projects', 'documents'], async (tx) => {
      const project = await tx.objectStore('projects').get(projectId);
      if (!project) throw new StoreError('invalid', `no project ${projectId}`);
      const last = await tx
        .objectStore('documents')
        .index('byProject')
        .openCursor(docRange(projectId), 'prev');
      const d: DocumentRecord = {
        id: newId(),
        projectId,
        name,
        order: (last?.value.order ?? -1) + 1,
      };
      await tx.objectStore('documents').add(d);
      await tx.objectStore('projects').put({ ...project, updatedAt: Date.now() });
      return d;
    });
    this.conn.announce({ type: 'projects', projectId, docId: doc.id, segmentIds: [] });
    return doc;
  }

  async rename(id: string, name: string): Promise<DocumentRecord> {
    const doc = await this.conn.write(['documents'], async (tx) => {
      const cur = await tx.objectStore('documents').get(id);
      if (!cur) throw new StoreError('invalid', `no document ${id}`);
      const next = { ...cur, name };
      await tx.objectStore('documents').put(next);
      return next;
    });
    this.conn.announce({ type: 'projects', projectId: doc.projectId, docId: id, segmentIds: [] });
    return doc;
  }
}
