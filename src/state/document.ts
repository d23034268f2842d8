// The document service: the open document's rows and everything that changes them — typing
// (autosaved), confirm, status, notes, merge/split, replace all, undo/redo — with the save
// status, the active row's history, and what other tabs change meanwhile. A keystroke goes:
// grid row → `bt-request-edit` → grid page → `edit()` here → the rows snapshot at once, and
// Autosave → store (IndexedDB) within a second.
import { CONFIRMED, canSetStatus, statusAfterChange } from '../core/model.js';
import type { DocumentRecord, Project, Segment, Status } from '../core/model.js';
import type { FindOptions } from '../core/find.js';
import { withRowChanges, type BulkAction } from '../core/row-changes.js';
import {
  type SegmentPatch,
  type StoredRevision,
  type Workspace,
  viewOnlyHint,
} from '../store/index.js';
import { Autosave, type AutosaveState } from './autosave.js';
import type { DocumentOpsHost } from './document-ops.js';
import { toAppError, type AppErrorKind } from './errors.js';
import type { Journal } from './journal.js';
import type { NoticeService } from './notices.js';
import { OpenListeners, type OpenListener } from './open-listeners.js';
import { RemoteRows } from './remote-rows.js';
import { SaveNotices } from './save-notices.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';

/** `conflict`: a row another tab changed first is not written until the user chooses. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

export interface OpenDocument {
  project: Project;
  doc: DocumentRecord;
  segments: readonly Segment[];
}

export interface DocumentState {
  current?: OpenDocument;
  canUndo: boolean;
  canRedo: boolean;
  save: { state: SaveState; at: number };
  /** The row the user works in; its history is loaded while `historyWanted`. */
  activeId?: string;
  history: readonly StoredRevision[];
  /** What the last Replace all did (the find bar words it). */
  replaced?: { count: number; rows: number };
  /** A team project opened by a viewer: nothing may be changed (the server refuses it too). */
  readOnly?: boolean;
  /** The rows the team's last merged changes brought (a new set each time: compare by identity). */
  fromTeam?: ReadonlySet<string>;
}

/** What an operation changed: rows to show anew, and rows gone. */
export interface RowChanges {
  changed: readonly Segment[];
  removed: readonly string[];
}

export type { BulkAction };
// Kept exported here, where callers found it before it moved to core.
export { nearestBoundary } from '../core/row-changes.js';

export type ReplaceRequest = FindOptions & { scope: 'source' | 'target'; replacement: string };

/** Rows loaded before the first paint of a document; the rest is read right after. */
const FIRST_SCREEN = 60;

export class DocumentService extends Service<DocumentState> {
  /** Typed edits, saved within a second, at once on leaving a cell or the page. */
  private readonly autosave: Autosave;
  /** Conflicts and failed saves, told to the user. */
  private readonly saveNotices: SaveNotices;
  /** What others change meanwhile: a team's merged rows, other tabs' writes (remote-rows.ts). */
  private readonly remote: RemoteRows;
  /** Told when another document is opened (the review service resets its view then). */
  private readonly openListeners = new OpenListeners();
  private _openSeq = 0;
  /** Changes shown before they are queued (a confirm waiting for the typing before it). */
  private readonly _shownAhead = new Map<string, SegmentPatch>();
  /** Whether a panel shows the active row's history (loaded only then). */
  private historyWanted = false;
  /** What the operations made as a whole (document-ops.ts) reach of this service. */
  private readonly ops: DocumentOpsHost;

  constructor(
    readonly ws: Workspace,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
    /** Keeps unsaved typing in localStorage, so closing the tab at once loses nothing. */
    private readonly journal?: Journal,
  ) {
    super({ canUndo: false, canRedo: false, save: { state: 'idle', at: 0 }, history: [] });
    this.autosave = new Autosave({
      save: async (id, patch, rev) => {
        // A team update being stored moves its rows' rev on; an edit made meanwhile was made on
        // the shown row, which had that update already: it is written after it, from its rev.
        await this.remote.storing;
        const stored = this.remote.storedRev(id);
        return this.ws.edit(
          id,
          patch,
          stored !== undefined && stored > rev ? stored : rev,
          this.session.who,
        );
      },
      onSaved: (segment) => this._mergeSaved(segment),
    });
    this.saveNotices = new SaveNotices(notices, {
      rows: () => this.current?.segments,
      show: (row) => this._replaceLocal(row),
      keepMine: (id) => this.autosave.resolveConflict(id, 'mine'),
      keepTheirs: (id) => this.autosave.resolveConflict(id, 'theirs'),
    });
    this.autosave.onChange((st) => this._onSaveState(st));
    this.ops = {
      ws: this.ws,
      notices: this.notices,
      current: () => this.current,
      who: () => this.session.who,
      row: (id) => this.row(id),
      mayEdit: () => this.mayEdit(),
      unsaved: (id) => !!this.autosave.unsaved(id),
      mayStatus: (status) => this._mayStatus(status),
      apply: (run) => this.apply(run),
      flush: () => this.autosave.flush(),
      setReplaced: (replaced) => this.set({ replaced }),
      undo: () => this.undo(),
    };
    this.remote = new RemoteRows({
      ws,
      notices,
      current: () => this.current,
      row: (id) => this.row(id),
      unsaved: (id) => !!this.autosave.unsaved(id),
      writing: (id) => this.autosave.isWriting(id) || this._shownAhead.has(id),
      queue: (id, patch, rev) => {
        this.autosave.queue(id, patch, rev);
        this.journal?.record(id, patch, rev);
      },
      applyRows: (changed, removed, team) => this._applyRows(changed, removed, team),
      refreshUndo: () => this._refreshUndo(),
      reload: () => this.reload(),
    });
    ws.subscribe((m) => void this.remote.fromOtherTab(m));
    // While a save is failing or waits for a choice, leaving asks first (the journal keeps the
    // text, but the user should know it is not in the workspace yet).
    globalThis.window?.addEventListener('beforeunload', (e) => {
      const s = this.state.save.state;
      if (s === 'failed' || s === 'conflict') e.preventDefault();
    });
  }

  get current(): OpenDocument | undefined {
    return this.state.current;
  }

  /**
   * Runs after a document is opened (or closed), before the view is told it is complete. A
   * listener that comes late (a service loaded after the first paint) is also told of the
   * document already open, unless an open under way is about to tell it.
   */
  onOpen(listener: OpenListener): () => void {
    return this.openListeners.add(listener, this.current?.doc.id);
  }

  /** Opens a project's first document; undefined (or an unknown id) closes it. */
  async open(projectId: string | undefined): Promise<void> {
    this.remote.clear();
    // Only the latest request counts: a quick second navigation wins over a slower first one.
    const seq = ++this._openSeq;
    if (projectId) this.ws.segments.warm();
    await this.autosave.flush();
    const project = projectId ? await this.ws.projects.get(projectId) : undefined;
    const [doc] = project ? await this.ws.documents.list(project.id) : [];
    if (seq !== this._openSeq) return;
    if (!project || !doc) {
      this.set({ current: undefined, activeId: undefined, history: [] });
      await this.openListeners.tell(undefined);
      return;
    }
    // The first screen first, so a long document is usable at once; the rest follows.
    const same = this.current?.doc.id === doc.id;
    const firstRows = await this.ws.segments.page(doc.id, 0, FIRST_SCREEN);
    if (seq !== this._openSeq) return;
    this.set({
      current: { project, doc, segments: firstRows },
      // A viewer's team document is read-only from its first rows: the team service, which
      // confirms the role, starts only after the first paint.
      ...(same
        ? {}
        : {
            activeId: undefined,
            history: [],
            replaced: undefined,
            readOnly: viewOnlyHint(this.ws.name, project.id),
          }),
    });
    const segments = await this.ws.segments.all(doc.id);
    if (seq !== this._openSeq || this.current?.doc.id !== doc.id) return;
    // Keep what was typed meanwhile (it is still queued for saving).
    const typed = new Map(this.current.segments.map((s) => [s.id, s]));
    this.set({
      current: {
        project,
        doc,
        segments: segments.map((s) => (this.autosave.unsaved(s.id) ? (typed.get(s.id) ?? s) : s)),
      },
    });
    await this.openListeners.tell(this.current);
    await this._refreshUndo();
  }

  /** Reads every row of the open document again (after a change made as a whole). */
  async reload(): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    const segments = await this.ws.segments.all(cur.doc.id);
    if (this.current?.doc.id === cur.doc.id) this.set({ current: { ...this.current, segments } });
    await this._refreshUndo();
  }

  row(id: string): Segment | undefined {
    return this.current?.segments.find((s) => s.id === id);
  }

  // ---- editing ------------------------------------------------------------------------------

  /** Shows a change at once and queues it for saving (debounced). */
  edit(id: string, field: 'source' | 'target', value: string): void {
    const row = this.row(id);
    if (!row || row[field] === value || !this.mayEdit()) return;
    const patch: SegmentPatch = { [field]: value };
    // As in every CAT tool: see statusAfterChange.
    const status = statusAfterChange(row.status, field, value);
    if (status) patch.status = status;
    this._replaceLocal({ ...row, ...patch });
    this.autosave.queue(id, patch, row.rev);
    this.journal?.record(id, patch, row.rev);
  }

  /** Writes every edit still waiting for autosave. */
  /** Shows again the choice a row in conflict waits for (the save indicator asks for it). */
  showConflicts(): void {
    this.saveNotices.remind(this.autosave.state);
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** True while an edit is not yet written (for a "leave anyway?" prompt). */
  get dirty(): boolean {
    return this.autosave.dirty;
  }

  /**
   * Confirms the row as the role confirms. A row with no translation is refused, with a word to
   * the user, as a bulk confirm skips it: "confirmed" must never count an empty row as done.
   */
  async confirm(id: string): Promise<void> {
    const cur = this.current;
    const i = cur?.segments.findIndex((s) => s.id === id) ?? -1;
    if (!cur || i < 0) return;
    if (!cur.segments[i].target.trim()) {
      this.notices.info('notice.confirmEmpty', { n: i + 1 });
      return;
    }
    const status: Status = this.session.who.role === 'reviewer' ? 'reviewed' : 'translated';
    await this._write(id, { status });
    await this._fillRepetitions(id);
  }

  /** Auto-propagation (document-ops.ts, loaded with the first confirm). */
  private async _fillRepetitions(id: string): Promise<void> {
    if (this.state.readOnly) return;
    const { fillRepetitions } = await import('./document-ops.js');
    await fillRepetitions(this.ops, id);
  }

  async setStatus(id: string, status: Status): Promise<void> {
    if (!this._mayStatus(status)) return;
    await this._write(id, { status });
    // Choosing Translated (or a reviewer's confirmed status) in the menu is confirming too.
    if (CONFIRMED.includes(status)) await this._fillRepetitions(id);
  }

  /** False, with a word to the user, when the open document may not be changed (a viewer). */
  mayEdit(): boolean {
    if (!this.state.readOnly) return true;
    this.notices.show({ kind: 'error', key: 'team.notice.viewOnly' });
    return false;
  }

  setReadOnly(on: boolean): void {
    if (!!this.state.readOnly !== on) this.set({ readOnly: on });
  }

  /**
   * Rows as a team's shared document has them now (others' changes, already merged with this
   * user's): shown at once, synchronously — so the next keystroke continues from the merged text —
   * then stored without an undo step. A row with typing not yet saved (or being saved) is not
   * stored here: its queued save now carries the merged row instead.
   */
  applyRemote(
    rows: readonly Omit<Segment, 'docId' | 'rev'>[],
    removed: readonly string[],
  ): Promise<void> {
    return this.remote.apply(rows, removed);
  }

  /** The role may set `status`; if not, says so and nothing is written. */
  private _mayStatus(status: Status): boolean {
    if (canSetStatus(this.session.who.role, status)) return true;
    this.notices.show({ kind: 'error', key: 'notice.roleStatus', params: { status } });
    return false;
  }

  setNote(id: string, note: string): Promise<void> {
    return this._write(id, { note });
  }

  async copySource(id: string): Promise<void> {
    const row = this.row(id);
    if (!row) return;
    await this._write(id, {
      target: row.source,
      status: row.status === 'new' ? 'draft' : row.status,
    });
  }

  /**
   * An immediate write, shown at once. Typing still queued is written first, as its own undoable
   * step: undoing a copy-source or a confirm then brings back the typed text, never the text
   * before it.
   */
  private async _write(id: string, patch: SegmentPatch): Promise<void> {
    const row = this.row(id);
    if (!row || !this.mayEdit()) return;
    this._shownAhead.set(id, { ...this._shownAhead.get(id), ...patch });
    this._replaceLocal({ ...row, ...patch });
    try {
      await this.autosave.flush();
      const rev = this.row(id)?.rev ?? row.rev;
      this.autosave.queue(id, patch, rev);
      this.journal?.record(id, patch, rev);
      await this.autosave.flush();
    } finally {
      this._shownAhead.delete(id);
    }
    await this._refreshUndo();
  }

  private _replaceLocal(row: Segment) {
    const cur = this.current;
    if (!cur) return;
    const i = cur.segments.findIndex((s) => s.id === row.id);
    if (i < 0) return;
    const segments = cur.segments.slice();
    segments[i] = row;
    this.set({ current: { ...cur, segments } });
  }

  private _onSaveState(st: AutosaveState) {
    this.set({ save: { state: st.status, at: st.lastSavedAt ?? 0 } });
    if (st.status === 'saved') void this._refreshUndo();
    this.saveNotices.update(st);
  }

  private _mergeSaved(saved: Segment) {
    if (!this.autosave.unsaved(saved.id)) this.journal?.clear(saved.id);
    if (!this.row(saved.id)) return;
    // Text typed since this write stays on screen; a conflicting edit does not: the other tab's
    // text is shown until the user chooses "Keep my text".
    const inConflict = this.autosave.state.conflicts.some((c) => c.segmentId === saved.id);
    const pending = inConflict ? undefined : this.autosave.unsaved(saved.id);
    this._replaceLocal({ ...saved, ...pending, ...this._shownAhead.get(saved.id) });
  }

  // ---- the active row and its history -------------------------------------------------------

  /** The row the user works in. Its history is read while a panel shows it (`showHistory`). */
  async activate(id: string): Promise<void> {
    if (this.state.activeId !== id) this.set({ activeId: id, history: [] });
    if (this.historyWanted) await this._loadHistory();
  }

  async showHistory(on: boolean): Promise<void> {
    this.historyWanted = on;
    if (on) await this._loadHistory();
  }

  private async _loadHistory() {
    const id = this.state.activeId;
    if (!id) return;
    await this.autosave.flush();
    const history = await this.ws.history.page(id, 0, 50);
    if (this.state.activeId === id) this.set({ history });
  }

  async restoreRevision(revisionId: number, side: 'before' | 'after'): Promise<void> {
    await this.apply(async () => {
      const row = await this.ws.history.restore(revisionId, this.session.who, side);
      return { changed: [row], removed: [] };
    });
    await this._loadHistory();
  }

  // ---- structure and bulk changes -----------------------------------------------------------

  /**
   * Runs one store operation (an undoable step) after pending typing is written, and shows its
   * rows; false, with the error told in the user's words, when it failed.
   */
  async apply(run: () => Promise<RowChanges>, during?: AppErrorKind): Promise<boolean> {
    if (!this.mayEdit()) return false;
    await this.autosave.flush();
    try {
      const r = await run();
      this._applyRows(r.changed, r.removed);
      await this._refreshUndo();
      return true;
    } catch (e) {
      this.notices.error(toAppError(e, during));
      return false;
    }
  }

  async mergeWithNext(id: string): Promise<void> {
    // These operations load with their first use (document-ops.ts), not on the first visit.
    const { mergeWithNext } = await import('./document-ops.js');
    await mergeWithNext(this.ops, id);
  }

  /**
   * Splits a row at the caret. The other side is split at the sentence boundary nearest the
   * same relative position, or kept whole in the first row when it has only one sentence.
   */
  async split(id: string, field: 'source' | 'target', offset: number): Promise<void> {
    const { splitRow } = await import('./document-ops.js');
    await splitRow(this.ops, id, field, offset);
  }

  /** Replaces in every row as one undoable step; `replaced` says how many. */
  async replaceAll(req: ReplaceRequest): Promise<void> {
    const { replaceAll } = await import('./document-ops.js');
    await replaceAll(this.ops, req);
  }

  /** Replaces one match (the find bar's Replace): one undoable step, as Replace all is. */
  async replaceMatch(req: ReplaceRequest & { id: string; start: number }): Promise<void> {
    const { replaceMatch } = await import('./document-ops.js');
    await replaceMatch(this.ops, req);
  }

  /**
   * Changes many rows at once as one undoable step (a notice offers Undo): confirm (as the role
   * confirms; rows without a translation are skipped), set a status, copy the source, or clear
   * the translation. Rows it confirms fill their repetitions in the same step.
   */
  async bulk(ids: readonly string[], action: BulkAction): Promise<void> {
    const { bulkChange } = await import('./document-ops.js');
    await bulkChange(this.ops, ids, action);
  }

  async undo(): Promise<void> {
    if (this.mayEdit()) await this._replay(true);
  }

  async redo(): Promise<void> {
    if (this.mayEdit()) await this._replay(false);
  }

  private async _replay(back: boolean) {
    const cur = this.current;
    if (!cur) return;
    const who = this.session.who;
    await this.apply(async () => {
      const r = back ? await this.ws.undo(cur.doc.id, who) : await this.ws.redo(cur.doc.id, who);
      if (!r) return { changed: [], removed: [] };
      return {
        changed: r.rows.filter((x) => x.row).map((x) => x.row as Segment),
        removed: r.rows.filter((x) => !x.row).map((x) => x.id),
      };
    }, 'undo');
  }

  private _applyRows(changed: readonly Segment[], removed: readonly string[], team = false) {
    const cur = this.current;
    if (!cur || (changed.length === 0 && removed.length === 0)) return;
    const segments = withRowChanges(cur.segments, cur.doc.id, changed, removed);
    const fromTeam = team ? new Set(changed.map((s) => s.id)) : this.state.fromTeam;
    this.set({ current: { ...cur, segments }, fromTeam });
  }

  private async _refreshUndo() {
    const cur = this.current;
    if (!cur) return;
    const u = await this.ws.undoState(cur.doc.id, this.session.who.tab);
    this.set({ canUndo: u.canUndo, canRedo: u.canRedo });
  }
}
