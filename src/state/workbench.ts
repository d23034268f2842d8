// The app's state: the project list, the open document's rows, save status and notices, wired
// to the store. Elements read its fields and call its methods; it fires "change" after each update.
import { CONFIRMED } from '../core/model.js';
import type {
  DocumentRecord,
  Lang,
  Project,
  Role,
  Segment,
  Status,
  Version,
  VersionSegment,
} from '../core/model.js';
import { withComment, withResolved, type Decision, type ReviewPatch } from '../core/review.js';
import { structuralChanges, trackPatches } from '../core/track.js';
import { compileFind, replaceAllIn, type FindOptions } from '../core/find.js';
import { joinSentences, type AlignRow } from '../core/beads.js';
import { segLang, segmentParagraph } from '../core/segment/index.js';
import {
  getWorkspace,
  requestPersistence,
  StoreError,
  type ChangeMessage,
  type ImportMode,
  type SegmentPatch,
  type StoredRevision,
  type VersionMeta,
  type Who,
  type Workspace,
} from '../store/index.js';
import { Autosave, type AutosaveState } from './autosave.js';
import type { SaveState } from '../ui/shell/bt-save-indicator.js';
import { DEMO_ROWS } from './demo.js';
import { t } from '../i18n/index.js';

export interface Notice {
  kind: 'info' | 'error';
  key: string;
  params?: Record<string, unknown>;
  /** A button on the notice (Undo, Keep mine…): its label's locale key and what it does. */
  action?: { key: string; run: () => Promise<void> | void };
}

export interface OpenDocument {
  project: Project;
  doc: DocumentRecord;
  segments: Segment[];
}

const DEMO_FLAG = 'bt.demoSeeded';
/** Rows loaded before the first paint of a document; the rest is read right after. */
const FIRST_SCREEN = 60;
const byOrder = (a: Segment, b: Segment) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

export class Workbench extends EventTarget {
  projects: Project[] = [];
  current?: OpenDocument;
  canUndo = false;
  canRedo = false;
  save: { state: SaveState; at: number } = { state: 'idle', at: 0 };
  notice?: Notice;
  findResult = '';
  /** The row whose history the side panel shows. */
  activeId?: string;
  history: StoredRevision[] = [];
  versions: VersionMeta[] = [];
  /** The version the grid's "changed since" filter and track changes compare with, and its rows. */
  since?: { id: string; rows: Map<string, VersionSegment> };
  who: Who = { role: 'translator', author: '' };
  /** Saved versions whose rows were loaded for a comparison, by id. */
  loadedVersions: Readonly<Record<string, Version>> = {};

  /** Typed edits, saved within a second, at once on leaving a cell or the page. */
  private readonly autosave: Autosave;
  private conflictShown = new Set<string>();

  private constructor(readonly ws: Workspace) {
    super();
    this.autosave = new Autosave({
      save: (id, patch, rev) => this.ws.edit(id, patch, rev, this.who),
      onSaved: (segment) => this._mergeSaved(segment),
    });
    this.autosave.onChange((st) => this._onSaveState(st));
    ws.subscribe((m) => void this._onRemote(m));
    ws.onClose((reason) => {
      if (reason === 'upgrade') this._notify({ kind: 'error', key: 'notice.closedByUpgrade' });
    });
  }

  static async open(dbName?: string): Promise<Workbench> {
    const wb = new Workbench(await getWorkspace(dbName));
    const s = await wb.ws.settings.getAll();
    wb.who = { role: s.role, author: s.author };
    await wb._loadProjects();
    return wb;
  }

  private _changed() {
    this.dispatchEvent(new Event('change'));
  }

  private _notify(n: Notice | undefined) {
    this.notice = n;
    this._changed();
  }

  private async _loadProjects() {
    this.projects = await this.ws.projects.list();
  }

  /** Creates the demo project once per browser profile, when nothing is stored yet. */
  async seedDemoOnFirstVisit(): Promise<string | undefined> {
    if (localStorage.getItem(DEMO_FLAG) || this.projects.length > 0) return undefined;
    localStorage.setItem(DEMO_FLAG, '1');
    const { project, document } = await this.ws.projects.create({
      name: t('demo.name'),
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    await this.ws.segments.bulkCreate(
      document.id,
      DEMO_ROWS.map((r) => ({ ...r, link: { source: 1, target: 1 }, confidence: 1 })),
    );
    await this._loadProjects();
    this._changed();
    return project.id;
  }

  /** Opens a project's first document, or the library when id is undefined. */
  async openProject(id: string | undefined): Promise<void> {
    await this.autosave.flush();
    if (!id) {
      this.current = undefined;
      await this._loadProjects();
      this._changed();
      return;
    }
    const cur0 = this.current;
    const project = await this.ws.projects.get(id);
    const [doc] = project ? await this.ws.documents.list(id) : [];
    if (!project || !doc) {
      this.current = undefined;
      await this._loadProjects();
      this._changed();
      return;
    }
    // The first screen first, so a long document is usable at once; the rest follows.
    this.current = { project, doc, segments: await this.ws.segments.page(doc.id, 0, FIRST_SCREEN) };
    this._changed();
    const segments = await this.ws.segments.all(doc.id);
    if (this.current?.doc.id !== doc.id) return;
    // Keep what was typed meanwhile (it is still queued for saving).
    const typed = new Map(this.current.segments.map((s) => [s.id, s]));
    this.current = {
      project,
      doc,
      segments: segments.map((s) => (this.autosave.unsaved(s.id) ? (typed.get(s.id) ?? s) : s)),
    };
    if (doc.id !== cur0?.doc.id) this.loadedVersions = {};
    this.activeId = undefined;
    this.history = [];
    this.since = undefined;
    this.versions = await this.ws.versions.list(doc.id);
    // Track changes stay on across a reload, as the reviewer left them (if the version is kept).
    const since = readSince(doc.id);
    if (since && this.versions.some((v) => v.id === since)) await this.setChangedSince(since);
    await this._refreshUndo();
    this._changed();
  }

  /** A project from aligned rows (or source-only rows), in one go. */
  async createAligned(req: {
    name: string;
    sourceLang: Lang;
    targetLang: Lang;
    rows: AlignRow[];
  }): Promise<string> {
    const first = this.projects.length === 0;
    const { project, document } = await this.ws.projects.create({
      name: req.name,
      sourceLang: req.sourceLang,
      targetLang: req.targetLang,
    });
    await this.ws.segments.bulkCreate(
      document.id,
      req.rows.map((r) => ({
        source: joinSentences(r.source, req.sourceLang),
        target: joinSentences(r.target, req.targetLang),
        link: { source: r.source.length, target: r.target.length },
        confidence: r.confidence,
        paragraphStart: r.paragraphStart,
      })),
    );
    await this._loadProjects();
    this._changed();
    if (first) {
      const p = await requestPersistence();
      this._notify({ kind: 'info', key: p.persisted ? 'notice.persisted' : 'notice.notPersisted' });
    }
    return project.id;
  }

  async renameProject(id: string, name: string): Promise<void> {
    await this.ws.projects.rename(id, name);
    await this._loadProjects();
    this._changed();
  }

  async deleteProject(id: string): Promise<void> {
    const gone = await this.ws.projects.delete(id);
    await this._loadProjects();
    this._notify({
      kind: 'info',
      key: 'notice.projectDeleted',
      params: { name: gone.project.name },
      action: {
        key: 'common.undo',
        run: async () => {
          await this.ws.projects.restoreDeleted(gone);
          await this._loadProjects();
          this._notify(undefined);
        },
      },
    });
  }

  async runNoticeAction(): Promise<void> {
    const action = this.notice?.action;
    this.notice = undefined;
    await action?.run();
    this._changed();
  }

  dismissNotice(): void {
    this._notify(undefined);
  }

  // ---- editing ------------------------------------------------------------------------------

  private _row(id: string): Segment | undefined {
    return this.current?.segments.find((s) => s.id === id);
  }

  /** Shows a change at once and queues it for saving (debounced). */
  edit(id: string, field: 'source' | 'target', value: string): void {
    const row = this._row(id);
    if (!row || row[field] === value) return;
    const patch: SegmentPatch = { [field]: value };
    // Typing into a new or rejected row makes it a draft, as in every CAT tool; so does editing a
    // confirmed row (translated, reviewed, approved): the change needs confirming again, and a
    // reviewer's earlier acceptance no longer covers it.
    const unconfirmed = row.status === 'new' || row.status === 'rejected';
    if ((unconfirmed && field === 'target' && value) || CONFIRMED.includes(row.status)) {
      patch.status = 'draft';
    }
    this._replaceLocal({ ...row, ...patch });
    this.autosave.queue(id, patch, row.rev);
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  async confirm(id: string): Promise<void> {
    const status: Status = this.who.role === 'reviewer' ? 'reviewed' : 'translated';
    await this._write(id, { status });
  }

  setStatus(id: string, status: Status): Promise<void> {
    return this._write(id, { status });
  }

  setNote(id: string, note: string): Promise<void> {
    return this._write(id, { note });
  }

  async copySource(id: string): Promise<void> {
    const row = this._row(id);
    if (!row) return;
    await this._write(id, {
      target: row.source,
      status: row.status === 'new' ? 'draft' : row.status,
    });
  }

  /** An immediate write (after any typing queued for the row). */
  private async _write(id: string, patch: SegmentPatch): Promise<void> {
    const row = this._row(id);
    if (!row) return;
    this._replaceLocal({ ...row, ...patch });
    this.autosave.queue(id, patch, row.rev);
    await this.autosave.flush();
    await this._refreshUndo();
  }

  private _replaceLocal(row: Segment) {
    const cur = this.current;
    if (!cur) return;
    const i = cur.segments.findIndex((s) => s.id === row.id);
    if (i < 0) return;
    const segments = cur.segments.slice();
    segments[i] = row;
    this.current = { ...cur, segments };
    this._changed();
  }

  private _onSaveState(st: AutosaveState) {
    const state: SaveState =
      st.status === 'conflict' ? 'failed' : st.status === 'failed' ? 'failed' : st.status;
    this.save = { state, at: st.lastSavedAt ?? 0 };
    if (st.status === 'saved') void this._refreshUndo();
    // A row changed in another tab first: show theirs, offer to keep mine.
    for (const c of st.conflicts) {
      if (this.conflictShown.has(c.segmentId)) continue;
      this.conflictShown.add(c.segmentId);
      const row = this._row(c.segmentId);
      if (row) this._replaceLocal({ ...c.theirs });
      const n = (this.current?.segments.findIndex((s) => s.id === c.segmentId) ?? 0) + 1;
      this._notify({
        kind: 'error',
        key: 'notice.conflict',
        params: { n },
        action: {
          key: 'notice.keepMine',
          run: () => {
            this.conflictShown.delete(c.segmentId);
            const now = this._row(c.segmentId);
            if (now) this._replaceLocal({ ...now, ...c.mine });
            this.autosave.resolveConflict(c.segmentId, 'mine');
          },
        },
      });
    }
    for (const id of this.conflictShown) {
      if (!st.conflicts.some((c) => c.segmentId === id)) this.conflictShown.delete(id);
    }
    if (st.error && st.status === 'failed') {
      const quota = st.error instanceof StoreError && st.error.kind === 'quota';
      this._notify({
        kind: 'error',
        key: quota ? 'notice.storageFull' : 'notice.saveFailed',
        params: { reason: st.error.message },
      });
    } else if (
      st.status === 'saved' &&
      (this.notice?.key === 'notice.saveFailed' || this.notice?.key === 'notice.storageFull')
    ) {
      this._notify(undefined);
    }
    this._changed();
  }

  private _mergeSaved(saved: Segment) {
    const local = this._row(saved.id);
    if (!local) return;
    // Text typed since this write stays on screen; a conflicting edit does not: the other tab's
    // text is shown until the user chooses "Keep my text".
    const inConflict = this.autosave.state.conflicts.some((c) => c.segmentId === saved.id);
    const pending = inConflict ? undefined : this.autosave.unsaved(saved.id);
    this._replaceLocal({ ...saved, ...pending });
  }

  // ---- history and versions ----------------------------------------------------------------

  /** The row the user works in; its history is loaded for the side panel. */
  async activate(id: string): Promise<void> {
    if (this.activeId !== id) {
      this.activeId = id;
      this.history = [];
    }
    await this.autosave.flush();
    this.history = await this.ws.history.page(id, 0, 50);
    this._changed();
  }

  async restoreRevision(revisionId: number, side: 'before' | 'after'): Promise<void> {
    await this.autosave.flush();
    const row = await this.ws.history.restore(revisionId, this.who, side);
    this._applyRows([row], []);
    await this._refreshUndo();
    if (this.activeId) await this.activate(this.activeId);
  }

  async saveVersion(name: string): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    await this.autosave.flush();
    await this.ws.versions.save(cur.doc.id, name, this.who.author);
    this.versions = await this.ws.versions.list(cur.doc.id);
    this._notify({ kind: 'info', key: 'notice.versionSaved', params: { name } });
  }

  /** Filters the grid to rows changed since a version ('' turns the filter off). */
  async setChangedSince(versionId: string): Promise<void> {
    const v = versionId ? await this.ws.versions.get(versionId) : undefined;
    this.since = v ? { id: v.id, rows: new Map(v.segments.map((s) => [s.id, s])) } : undefined;
    if (this.current) writeSince(this.current.doc.id, this.since?.id);
    this._changed();
  }

  async renameVersion(id: string, name: string): Promise<void> {
    await this.ws.versions.rename(id, name);
    if (this.current) this.versions = await this.ws.versions.list(this.current.doc.id);
    this._changed();
  }

  async deleteVersion(id: string): Promise<void> {
    await this.ws.versions.delete(id);
    if (this.current) this.versions = await this.ws.versions.list(this.current.doc.id);
    this._changed();
  }

  /** Puts the document back as it was in a version: one undoable step. */
  async restoreVersion(id: string): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    await this.autosave.flush();
    const r = await this.ws.versions.restore(id, this.who);
    const segments = await this.ws.segments.all(cur.doc.id);
    this.current = { ...cur, segments };
    await this._refreshUndo();
    this._notify({ kind: 'info', key: 'notice.versionRestored', params: { count: r.changedRows } });
  }

  // ---- review -------------------------------------------------------------------------------

  /** Who is working: every edit from now on is recorded with this role (remembered). */
  async setRole(role: Role): Promise<void> {
    this.who = { ...this.who, role };
    this._changed();
    await this.ws.settings.set('role', role);
  }

  /** The name every edit is recorded with (remembered). */
  async setAuthor(author: string): Promise<void> {
    this.who = { ...this.who, author: author.trim() };
    this._changed();
    await this.ws.settings.set('author', this.who.author);
  }

  /** Loads a saved version's rows for a comparison (once; they never change). */
  async loadVersion(id: string): Promise<void> {
    if (this.loadedVersions[id]) return;
    const v = await this.ws.versions.get(id);
    if (!v) return;
    this.loadedVersions = { ...this.loadedVersions, [id]: v };
    this._changed();
  }

  /**
   * Writes a reviewer's decisions (accept, reject, statuses) as one undoable step with its
   * revisions; `notice` names what was done.
   */
  async applyReview(patches: ReviewPatch[], notice?: string): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    if (patches.length === 0) {
      if (notice) this._notify({ kind: 'info', key: 'review.notice.nothing' });
      return;
    }
    const ok = await this._op(() => this.ws.ops.updateMany(cur.doc.id, patches, this.who));
    if (ok && notice) {
      this._notify({
        kind: 'info',
        key: notice,
        params: { count: patches.length },
        action: { key: 'common.undo', run: () => this.undo() },
      });
    }
  }

  /**
   * Accepts or rejects the grid's track changes of rows `ids` against the "changed since"
   * version, as one undoable step (see core/track.ts for what each decision writes).
   */
  async decideTracked(ids: readonly string[], decision: Decision): Promise<void> {
    const cur = this.current;
    const since = this.since;
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

  setStatuses(ids: string[], status: Status): Promise<void> {
    return this.applyReview(
      ids.map((id) => ({ id, patch: { status } })),
      'review.notice.status',
    );
  }

  async addComment(id: string, text: string): Promise<void> {
    const row = this._row(id);
    if (!row || !text.trim()) return;
    const comments = withComment(row.comments, {
      id: crypto.randomUUID(),
      author: this.who.author,
      role: this.who.role,
      at: Date.now(),
      text,
    });
    await this.applyReview([{ id, patch: { comments } }]);
  }

  async resolveComment(id: string, commentId: string, resolved: boolean): Promise<void> {
    const row = this._row(id);
    if (!row) return;
    await this.applyReview([
      { id, patch: { comments: withResolved(row.comments, commentId, resolved) } },
    ]);
  }

  // ---- backup ---------------------------------------------------------------------------------

  async exportBackup(): Promise<string> {
    await this.autosave.flush();
    return this.ws.exportBackupJSON();
  }

  /** Restores a backup; a file that does not validate changes nothing and says why. */
  async importBackup(text: string, mode: ImportMode): Promise<boolean> {
    try {
      const s = await this.ws.importBackup(text, mode);
      await this._loadProjects();
      this._notify({ kind: 'info', key: 'notice.backupRestored', params: { ...s } });
      return true;
    } catch (e) {
      this._notify({
        kind: 'error',
        key: 'notice.backupRejected',
        params: { reason: e instanceof Error ? e.message : String(e) },
      });
      return false;
    }
  }

  // ---- structure ----------------------------------------------------------------------------

  /** Runs one store operation and shows its rows; false (with a notice) when it failed. */
  private async _op(
    run: () => Promise<{ changed: Segment[]; removed: string[] }>,
    done?: string,
  ): Promise<boolean> {
    await this.autosave.flush();
    try {
      const r = await run();
      this._applyRows(r.changed, r.removed);
      await this._refreshUndo();
      if (done) this._notify({ kind: 'info', key: done });
      return true;
    } catch (e) {
      this._notify({ kind: 'error', key: 'notice.saveFailed', params: { reason: String(e) } });
      return false;
    }
  }

  async mergeWithNext(id: string): Promise<void> {
    const rows = this.current?.segments ?? [];
    const i = rows.findIndex((s) => s.id === id);
    if (i < 0 || i + 1 >= rows.length) {
      this._notify({ kind: 'info', key: 'notice.cannotMergeLast' });
      return;
    }
    await this._op(() => this.ws.ops.merge(id, rows[i + 1].id, this.who), 'notice.merged');
  }

  /**
   * Splits a row at the caret. The other side is split at the sentence boundary nearest the
   * same relative position, or kept whole in the first row when it has only one sentence.
   */
  async split(id: string, field: 'source' | 'target', offset: number): Promise<void> {
    const row = this._row(id);
    const cur = this.current;
    if (!row || !cur || offset <= 0 || offset >= row[field].length) {
      this._notify({ kind: 'info', key: 'notice.cannotSplit' });
      return;
    }
    const other = field === 'source' ? 'target' : 'source';
    const otherLang = field === 'source' ? cur.project.targetLang : cur.project.sourceLang;
    const otherAt = nearestBoundary(row[other], offset / row[field].length, otherLang);
    const [sourceAt, targetAt] = field === 'source' ? [offset, otherAt] : [otherAt, offset];
    await this._op(() => this.ws.ops.split(id, sourceAt, targetAt, this.who), 'notice.split');
  }

  async replaceAll(req: FindOptions & { scope: 'source' | 'target'; replacement: string }) {
    const cur = this.current;
    const re = compileFind(req);
    if (!cur || !(re instanceof RegExp)) return;
    await this.autosave.flush();
    const patches: { id: string; patch: SegmentPatch }[] = [];
    let count = 0;
    for (const s of this.current!.segments) {
      const r = replaceAllIn(s[req.scope], re, req.replacement, req.regex);
      if (r.count > 0 && r.text !== s[req.scope]) {
        patches.push({ id: s.id, patch: { [req.scope]: r.text } });
        count += r.count;
      }
    }
    if (patches.length === 0) {
      this.findResult = t('find.noMatch');
      this._changed();
      return;
    }
    await this._op(() => this.ws.ops.updateMany(cur.doc.id, patches, this.who));
    this.findResult = t('find.replaced', { count, rows: patches.length });
    this._changed();
  }

  async undo(): Promise<void> {
    await this._replay(true);
  }

  async redo(): Promise<void> {
    await this._replay(false);
  }

  private async _replay(back: boolean) {
    const cur = this.current;
    if (!cur) return;
    await this.autosave.flush();
    try {
      const r = back
        ? await this.ws.undo(cur.doc.id, this.who)
        : await this.ws.redo(cur.doc.id, this.who);
      if (!r) return;
      this._applyRows(
        r.rows.filter((x) => x.row).map((x) => x.row as Segment),
        r.rows.filter((x) => !x.row).map((x) => x.id),
      );
      await this._refreshUndo();
    } catch (e) {
      this._notify({ kind: 'error', key: 'notice.saveFailed', params: { reason: String(e) } });
    }
  }

  private _applyRows(changed: Segment[], removed: string[]) {
    const cur = this.current;
    if (!cur) return;
    const gone = new Set(removed);
    const byId = new Map(changed.map((s) => [s.id, s]));
    const segments = cur.segments.filter((s) => !gone.has(s.id) && !byId.has(s.id));
    for (const s of byId.values()) if (s.docId === cur.doc.id) segments.push(s);
    segments.sort(byOrder);
    this.current = { ...cur, segments };
    this._changed();
  }

  private async _refreshUndo() {
    const cur = this.current;
    if (!cur) return;
    const u = await this.ws.undoState(cur.doc.id);
    if (u.canUndo !== this.canUndo || u.canRedo !== this.canRedo) {
      this.canUndo = u.canUndo;
      this.canRedo = u.canRedo;
      this._changed();
    }
  }

  /** Another tab changed something: refresh what we show, keeping rows we are still saving. */
  private async _onRemote(m: ChangeMessage) {
    if (m.type === 'projects' || !this.current) {
      await this._loadProjects();
      this._changed();
      return;
    }
    if (m.docId !== this.current.doc.id) return;
    if (m.type === 'segments') {
      const rows: Segment[] = [];
      for (const id of m.segmentIds) {
        if (this.autosave.unsaved(id)) continue;
        const s = await this.ws.segments.get(id);
        if (s) rows.push(s);
      }
      this._applyRows(rows, []);
    } else {
      const segments = await this.ws.segments.all(this.current.doc.id);
      this.current = { ...this.current, segments };
      this._changed();
    }
    await this._refreshUndo();
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

/** The sentence boundary in `text` closest to `fraction` of its length (0 or length if none). */
export function nearestBoundary(text: string, fraction: number, lang: Lang): number {
  const sentences = segmentParagraph(text, segLang(lang));
  if (sentences.length < 2) return text.length;
  const target = fraction * text.length;
  let best = text.length;
  let pos = 0;
  for (const s of sentences.slice(0, -1)) {
    pos = text.indexOf(s, pos) + s.length;
    if (Math.abs(pos - target) < Math.abs(best - target)) best = pos;
  }
  return best;
}
