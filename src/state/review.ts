// The review service: saved versions of the open document, the version the grid tracks changes
// against ("changed since"), comparisons run in a Worker, and a reviewer's decisions and
// comments, each written as one undoable step through the document service.
import { canDecide, type Status, type Version, type VersionSegment } from '../core/model.js';
import type { Comparison, CompareLangs, RowComparison, RowSnapshot } from '../core/diff/index.js';
import {
  rowDecisions,
  withComment,
  withWithdrawn,
  withResolved,
  type Decision,
  type DecisionRevision,
  type ReviewPatch,
  type RowDecision,
} from '../core/review.js';
import { structuralChanges, trackPatches } from '../core/track.js';
import type { Issue } from '../core/lqa-model.js';
import type { VersionMeta, Workspace } from '../store/index.js';
import type { DocumentService, OpenDocument } from './document.js';
import { toAppError } from './errors.js';
import { IDLE, type Job } from './jobs.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';

export interface ReviewState {
  versions: readonly VersionMeta[];
  /** The version the grid's "changed since" filter and track changes compare with, and its rows. */
  since?: { id: string; rows: ReadonlyMap<string, VersionSegment> };
  /** Saved versions whose rows were loaded for a comparison, by id. */
  loadedVersions: Readonly<Record<string, Version>>;
  /**
   * The comparison the review screen shows, and the job computing it. While it runs, the
   * comparison holds the rows diffed so far (see compare()).
   */
  comparison?: Comparison;
  comparing: Job;
  /** The decisions on the comparison's rows, by row id (see core/review.ts rowDecisions). */
  decisions: ReadonlyMap<string, RowDecision>;
  /**
   * The versions are a team server's (a team project): saved there for every member, kept on
   * this device as copies; renamed or deleted on the server first.
   */
  shared: boolean;
  /** The versions this user may rename and delete (all of a local project's). */
  manageable: ReadonlySet<string>;
}

/** Where a team project's versions are saved (state/team.ts provides it while one is open). */
export interface SharedVersions {
  /** Saves a version on the server and keeps its copy here; false (and a message) when it could not. */
  save(docId: string, name: string): Promise<boolean>;
  /** Renames on the server, then here; false (and a message) when it could not. */
  rename(id: string, name: string): Promise<boolean>;
  /** Deletes on the server, then here; false (and a message) when it could not. */
  delete(id: string): Promise<boolean>;
  /** Whether this member may rename and delete that version (its author, or the owner). */
  mayManage(v: VersionMeta): boolean;
}

/** Which sides a comparison is of: version ids, or 'now'. */
export interface CompareSides {
  a: string;
  b: string;
}

const NO_DECISIONS: ReadonlyMap<string, RowDecision> = new Map();

export class ReviewService extends Service<ReviewState> {
  private _compareSeq = 0;
  /** The sides of the comparison in the state, once complete. */
  private _comparedSides?: string;

  constructor(
    private readonly ws: Workspace,
    private readonly doc: DocumentService,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
  ) {
    super({
      versions: [],
      loadedVersions: {},
      comparing: IDLE,
      decisions: NO_DECISIONS,
      shared: false,
      manageable: new Set(),
    });
    doc.onOpen((d) => this._onOpen(d));
  }

  private _docId?: string;
  private _shared?: SharedVersions;

  /** Team projects save versions on their server (undefined: on this device, as always). */
  useSharedVersions(shared: SharedVersions | undefined): void {
    this._shared = shared;
    this.set({ shared: shared !== undefined, manageable: this._manageable(this.state.versions) });
  }

  private _manageable(versions: readonly VersionMeta[]): ReadonlySet<string> {
    const shared = this._shared;
    return new Set(versions.filter((v) => !shared || shared.mayManage(v)).map((v) => v.id));
  }

  private _setVersions(versions: readonly VersionMeta[]) {
    this.set({ versions, manageable: this._manageable(versions) });
  }

  /**
   * Versions deleted elsewhere (a team member, on the server) are gone from this device: the
   * list is read again, and a grid tracking changes against one of them falls back to no
   * comparison, as after a delete here, and says why.
   */
  async versionsDeleted(gone: readonly VersionMeta[]): Promise<void> {
    await this._listVersions();
    const since = this.state.since?.id;
    const lost = gone.find((v) => v.id === since);
    if (lost) {
      await this.setChangedSince('');
      this.notices.info('notice.versionGone', { name: lost.name });
    }
  }

  /** Lists the versions again (a team project's server sent new ones). */
  async refreshVersions(): Promise<void> {
    await this._listVersions();
  }

  private async _onOpen(d: OpenDocument | undefined) {
    const docId = d?.doc.id;
    if (docId !== this._docId) {
      this._docId = docId;
      this._compareSeq++;
      this._comparedSides = undefined;
      this.set({
        loadedVersions: {},
        comparison: undefined,
        comparing: IDLE,
        decisions: NO_DECISIONS,
        versions: [],
        manageable: new Set(),
      });
    }
    this.set({ since: undefined });
    if (!docId) return;
    this._setVersions(await this.ws.versions.list(docId));
    // Track changes stay on across a reload, as the reviewer left them (if the version is kept).
    const since = readSince(docId);
    if (since && this.state.versions.some((v) => v.id === since)) await this.setChangedSince(since);
  }

  private async _listVersions() {
    const cur = this.doc.current;
    if (cur) this._setVersions(await this.ws.versions.list(cur.doc.id));
  }

  async saveVersion(name: string): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    await this.doc.flush();
    if (this._shared) {
      if (!(await this._shared.save(cur.doc.id, name))) return;
    } else await this.ws.versions.save(cur.doc.id, name, this.session.who.author);
    await this._listVersions();
    this.notices.info('notice.versionSaved', { name });
  }

  async renameVersion(id: string, name: string): Promise<void> {
    // A team version: the server first (it may refuse, or be away); the copy here follows.
    if (this._shared) {
      if (!(await this._shared.rename(id, name))) return;
    } else await this.ws.versions.rename(id, name);
    await this._listVersions();
  }

  async deleteVersion(id: string): Promise<void> {
    if (this._shared) {
      if (!(await this._shared.delete(id))) return;
    } else await this.ws.versions.delete(id);
    await this._listVersions();
    // Track changes against a version that is gone would compare with nothing kept.
    if (this.state.since?.id === id) await this.setChangedSince('');
  }

  /** Puts the document back as it was in a version: one undoable step. */
  async restoreVersion(id: string): Promise<void> {
    if (!this.doc.current) return;
    await this.doc.flush();
    try {
      const r = await this.ws.versions.restore(id, this.session.who);
      await this.doc.reload();
      this.notices.info('notice.versionRestored', { count: r.changedRows });
    } catch (e) {
      this.notices.error(toAppError(e));
    }
  }

  /** Filters the grid to rows changed since a version ('' turns the filter off). */
  async setChangedSince(versionId: string): Promise<void> {
    const v = versionId ? await this.ws.versions.get(versionId) : undefined;
    this.set({
      since: v ? { id: v.id, rows: new Map(v.segments.map((s) => [s.id, s])) } : undefined,
    });
    const cur = this.doc.current;
    if (cur) writeSince(cur.doc.id, this.state.since?.id);
  }

  /** Loads a saved version's rows for a comparison (once; they never change). */
  async loadVersion(id: string): Promise<void> {
    if (this.state.loadedVersions[id]) return;
    const v = await this.ws.versions.get(id);
    if (!v) return;
    this.set({ loadedVersions: { ...this.state.loadedVersions, [id]: v } });
  }

  /**
   * Compares two sides in a Worker; the newest request wins. The first rows are shown as soon as
   * they are diffed and the job tells how far it got; when the same sides are compared again
   * (after a decision), the complete comparison stays in view until the new one is complete, so
   * the list never shrinks under the reviewer. `sides` names the sides, for the decisions.
   */
  async compare(
    a: readonly RowSnapshot[],
    b: readonly RowSnapshot[],
    options: CompareLangs,
    sides?: CompareSides,
  ): Promise<void> {
    const seq = ++this._compareSeq;
    const key = sides ? `${sides.a}\n${sides.b}` : undefined;
    const again = key !== undefined && key === this._comparedSides;
    this.set({ comparing: { status: 'running', progress: 0 } });
    let revisions: readonly DecisionRevision[] | undefined;
    // Without the history the rows are still worth showing, only without their decisions.
    const reading = this._decisionRevisions(sides).then(
      (r) => (revisions = r),
      () => (revisions = []),
    );
    try {
      const { compareInWorker } = await import('../workers/diff-client.js');
      const comparison = await compareInWorker(a, b, options, (partial, progress) => {
        if (seq !== this._compareSeq) return;
        this.set({
          comparing: { status: 'running', progress },
          ...(again
            ? {}
            : {
                comparison: partial,
                decisions: revisions ? rowDecisions(partial.rows, revisions) : NO_DECISIONS,
              }),
        });
      });
      await reading;
      if (seq !== this._compareSeq) return;
      this._comparedSides = key;
      this.set({
        comparison,
        decisions: rowDecisions(comparison.rows, revisions ?? []),
        comparing: { status: 'done', progress: 1 },
      });
    } catch (e) {
      if (seq === this._compareSeq)
        this.set({ comparing: { status: 'failed', progress: 0, error: toAppError(e) } });
    }
  }

  /**
   * The decisions on compared rows, read from the document's history: the revisions written
   * after version A was saved (and before B, when B is a version). None when A is not a version.
   */
  async decisionsOf(
    rows: readonly RowComparison[],
    sides: CompareSides,
  ): Promise<Map<string, RowDecision>> {
    return rowDecisions(rows, await this._decisionRevisions(sides));
  }

  private async _decisionRevisions(sides?: CompareSides): Promise<DecisionRevision[]> {
    const docId = this.doc.current?.doc.id;
    const when = (id: string) => this.state.versions.find((v) => v.id === id)?.createdAt;
    const from = sides && when(sides.a);
    if (!docId || !sides || from === undefined) return [];
    const until = sides.b === 'now' ? Infinity : (when(sides.b) ?? Infinity);
    const revs = await this.ws.history.since(docId, from, Number.MAX_SAFE_INTEGER);
    return revs.filter((r) => r.at <= until);
  }

  /**
   * Writes a reviewer's decisions (accept, reject, statuses) as one undoable step with its
   * revisions; `notice` names what was done.
   */
  async applyReview(patches: readonly ReviewPatch[], notice?: string): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    if (patches.length === 0) {
      if (notice) this.notices.info('review.notice.nothing');
      return;
    }
    const who = this.session.who;
    const ok = await this.doc.apply(() =>
      this.ws.structure.updateMany(cur.doc.id, [...patches], who),
    );
    if (ok && notice) {
      this.notices.info(
        notice,
        { count: patches.length },
        {
          key: 'common.undo',
          run: () => this.doc.undo(),
        },
      );
    }
  }

  /**
   * Accepts or rejects the grid's track changes of rows `ids` against the "changed since"
   * version, as one undoable step (see core/track.ts for what each decision writes).
   */
  async decideTracked(ids: readonly string[], decision: Decision): Promise<void> {
    if (!this._mayDecide()) return;
    const cur = this.doc.current;
    const since = this.state.since;
    if (!cur || !since) return;
    const wanted = new Set(ids);
    const structural = structuralChanges([...since.rows.values()], cur.segments);
    const rows = cur.segments
      .filter((s) => wanted.has(s.id))
      .map((s) => ({
        id: s.id,
        now: s,
        base: since.rows.get(s.id),
        structural: structural.get(s.id),
      }));
    await this.applyReview(
      trackPatches(rows, decision),
      decision === 'accept' ? 'review.notice.accept' : 'review.track.notice.reject',
    );
  }

  async setStatuses(ids: readonly string[], status: Status): Promise<void> {
    if (!this._mayDecide()) return;
    return this.applyReview(
      ids.map((id) => ({ id, patch: { status } })),
      'review.notice.status',
    );
  }

  /**
   * A reviewer's decisions from the review screen (accept, reject), as one undoable step; a
   * translator is told they are a reviewer's.
   */
  async decide(patches: readonly ReviewPatch[], notice: string): Promise<void> {
    if (!this._mayDecide()) return;
    await this.applyReview(patches, notice);
  }

  private _mayDecide(): boolean {
    if (canDecide(this.session.who.role)) return true;
    this.notices.show({ kind: 'error', key: 'notice.roleDecide' });
    return false;
  }

  /** Adds a comment; a reviewer's may be logged as an LQA issue (a translator's never is). */
  async addComment(id: string, text: string, issue?: Issue): Promise<void> {
    const row = this.doc.row(id);
    if (!row || !text.trim()) return;
    const { role, author } = this.session.who;
    const comments = withComment(row.comments, {
      id: crypto.randomUUID(),
      author,
      role,
      at: Date.now(),
      text,
      issue,
    });
    await this.applyReview([{ id, patch: { comments } }]);
  }

  /**
   * Withdraws an issue logged by mistake (it stays listed, no longer scored), or logs it again;
   * only by the reviewer who logged it, as the team server also insists.
   */
  async withdrawIssue(id: string, commentId: string, withdrawn: boolean): Promise<void> {
    const row = this.doc.row(id);
    const c = row?.comments?.find((x) => x.id === commentId);
    const { role, author } = this.session.who;
    if (!c?.issue || c.role !== role || c.author !== author) return;
    await this.applyReview([
      { id, patch: { comments: withWithdrawn(row!.comments, commentId, withdrawn) } },
    ]);
  }

  async resolveComment(id: string, commentId: string, resolved: boolean): Promise<void> {
    const row = this.doc.row(id);
    if (!row) return;
    await this.applyReview([
      { id, patch: { comments: withResolved(row.comments, commentId, resolved) } },
    ]);
  }
}

// The version a document's grid shows track changes against is a view setting of this browser,
// like the UI language: kept in localStorage, not in the workspace (nor in backups).
const SINCE_KEY = (docId: string) => `bt.since.${docId}`;

function readSince(docId: string): string | null {
  try {
    return localStorage.getItem(SINCE_KEY(docId));
  } catch {
    return null;
  }
}

function writeSince(docId: string, versionId: string | undefined): void {
  try {
    if (versionId) localStorage.setItem(SINCE_KEY(docId), versionId);
    else localStorage.removeItem(SINCE_KEY(docId));
  } catch {
    // Private mode: track changes are chosen again after a reload.
  }
}
