// The quality-check service: the findings of the open document, kept current as rows change —
// a changed row is checked again a moment after the last keystroke, and at once on confirm — the
// whole document on demand in a Worker (with progress), the user's ignores (persisted, with who
// and when, holding until the row changes), and the project's check settings.
import { CONFIRMED } from '../core/model.js';
import {
  countFindings,
  markIgnored,
  rowCounts,
  type QaCounts,
  type ShownFinding,
} from '../core/qa/findings-view.js';
import { findingKey, ignoredId, rowFingerprint, type IgnoredFinding } from '../core/qa/ignored.js';
import {
  applyQaSettings,
  DEFAULT_QA_SETTINGS,
  sameChecks,
  sameQaSettings,
  type QaProjectSettings,
} from '../core/qa/project-settings.js';
import type { Finding, QaRow } from '../core/qa/types.js';
import type { Workspace } from '../store/index.js';
import type { DocumentService, OpenDocument } from './document.js';
import { toAppError } from './errors.js';
import { IDLE, isAbort, type Job } from './jobs.js';
import type { NoticeService } from './notices.js';
import { appEngine, preloadChecks, qaContextOf, type QaEngine } from './qa-engine.js';
import { FindingsBook, qaRow, sameCounts } from './qa-findings.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';

export type { QaEngine } from './qa-engine.js';
export { DOCUMENT_CHECKS } from './qa-findings.js';

export interface QaState {
  /** Open and ignored findings of the open document, with the project's settings applied. */
  findings: readonly ShownFinding[];
  /** Open findings per row id (the rows' badges). */
  byRow: ReadonlyMap<string, { errors: number; warnings: number }>;
  counts: QaCounts;
  /** Whether every row has been checked since the document was opened. */
  checkedAll: boolean;
  /** The run over the whole document. */
  job: Job;
  ignored: ReadonlyMap<string, IgnoredFinding>;
  settings: QaProjectSettings;
  /**
   * Whose settings they are: this device's (a local project), or a team project's, which its
   * owner changes for everyone (`owner`: this user is the owner; `member`: read-only here).
   */
  settingsBy: 'device' | 'owner' | 'member';
}

/**
 * How a project's settings change when it is a team project (TeamService.qaSettingsGate): only
 * its owner changes them, on the server first; `save` resolves to what the server kept and
 * throws when it cannot (offline, refused).
 */
export interface QaSettingsGate {
  owner: boolean;
  save(settings: QaProjectSettings): Promise<QaProjectSettings>;
}

/** What a team project adds (TeamService): its settings' gate, and its shared ignores. */
export interface QaTeam {
  gate(projectId: string): Promise<QaSettingsGate | undefined>;
  /** Where the open team document's ignores go for everyone (undefined: a local document). */
  ignores(
    docId: string,
  ): Promise<
    | { ignore(r: readonly IgnoredFinding[]): void; unignore(ids: readonly string[]): void }
    | undefined
  >;
}

/** Typing is checked this long after the last keystroke: soon enough to look immediate. */
const TYPING_DELAY = 150;
/** After a confirm, the document checks run again this long after the last one. */
const DOCUMENT_DELAY = 1500;

const NO_COUNTS: QaCounts = { errors: 0, warnings: 0, ignored: 0 };
const EMPTY: QaState = {
  findings: [],
  byRow: new Map(),
  counts: NO_COUNTS,
  checkedAll: false,
  job: IDLE,
  ignored: new Map(),
  settings: DEFAULT_QA_SETTINGS,
  settingsBy: 'device',
};

export class QaService extends Service<QaState> {
  private _docId?: string;
  private _book = new FindingsBook();
  private _typingTimer?: ReturnType<typeof setTimeout>;
  private _docTimer?: ReturnType<typeof setTimeout>;
  private _runSeq = 0;
  private _abort?: AbortController;
  /** A row check in progress, so checks never overlap and none is lost. */
  private _rowCheck: Promise<void> = Promise.resolve();

  constructor(
    private readonly ws: Workspace,
    private readonly doc: DocumentService,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
    private readonly engine: QaEngine = appEngine,
    /** The termbase's `term` check for the open project, when it reads a termbase. */
    private readonly terms?: () => Promise<((rows: readonly QaRow[]) => Finding[]) | undefined>,
    /** Team projects' settings and ignores (undefined: local projects only, as in tests). */
    private readonly team?: QaTeam,
  ) {
    super(EMPTY);
    if (engine === appEngine) preloadChecks();
    doc.onOpen((d) => this._onOpen(d));
    // Loaded after the first paint: the document may be open already.
    if (doc.current) void this._onOpen(doc.current);
    doc.subscribe((s, prev) => {
      if (s.current?.segments !== prev.current?.segments) this._onRows();
    });
    ws.subscribe((m) => {
      if (m.type === 'qa') void this._loadStored();
    });
    // A team project's settings and ignores, brought from its server by this tab (state/team-qa.ts,
    // team-ignores.ts). Its own changes come back too: reading them again changes nothing.
    ws.onOwnChange((m) => {
      if (m.type === 'qa' && (!m.projectId || m.projectId === this.doc.current?.project.id))
        void this._loadStored();
    });
  }

  /** The open errors, after a run over every row if none was made yet (the export warning). */
  async openErrors(): Promise<number> {
    if (!this.state.checkedAll) await this.checkAll();
    // Typing not yet checked (the short pause) is checked now.
    if (this._typingTimer !== undefined) {
      clearTimeout(this._typingTimer);
      this._typingTimer = undefined;
      this._checkChanged(false);
    }
    await this._rowCheck;
    return this.state.counts.errors;
  }

  /** Runs every check over every row in a Worker; the newest run wins. */
  async checkAll(): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    const seq = ++this._runSeq;
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    clearTimeout(this._docTimer);
    const rows = cur.segments;
    this.set({ job: { status: 'running', progress: 0 } });
    try {
      const found = await this.engine.checkDocument(
        rows.map(qaRow),
        qaContextOf(cur.project),
        this.state.settings,
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (seq === this._runSeq) this.set({ job: { status: 'running', progress } });
          },
        },
      );
      found.push(...(await this._termFindings(rows.map(qaRow))));
      if (seq !== this._runSeq || this._docId !== cur.doc.id) return;
      this._book.setRun(rows, found, this.doc.current?.segments ?? []);
      this.set({ checkedAll: true, job: { status: 'done', progress: 1 } });
      this._publish();
      this._onRows();
    } catch (e) {
      if (seq !== this._runSeq) return;
      if (isAbort(e)) this.set({ job: { status: 'cancelled', progress: 0 } });
      else {
        const error = toAppError(e);
        this.set({ job: { status: 'failed', progress: 0, error } });
        this.notices.error(error);
      }
    }
  }

  cancel(): void {
    this._abort?.abort();
  }

  /** Ignores findings: they stay ignored, with who and when, until their row changes. */
  async ignore(findings: readonly Finding[]): Promise<void> {
    const cur = this.doc.current;
    if (!cur || findings.length === 0) return;
    const { author, role } = this.session.who;
    const at = Date.now();
    const records: IgnoredFinding[] = [];
    for (const f of findings) {
      const row = this.doc.row(f.rowId);
      if (!row) continue;
      const key = findingKey(f);
      records.push({
        id: ignoredId(f.rowId, key),
        docId: cur.doc.id,
        rowId: f.rowId,
        check: f.check,
        key,
        row: rowFingerprint(row.source, row.target),
        by: author,
        role,
        at,
      });
    }
    const ignored = new Map(this.state.ignored);
    for (const r of records) ignored.set(r.id, r);
    this.set({ ignored });
    this._publish();
    try {
      await this.ws.qa.ignore(records);
      // In a team document, for everyone.
      (await this.team?.ignores(cur.doc.id))?.ignore(records);
    } catch (e) {
      this.notices.error(toAppError(e));
      await this._loadStored();
    }
  }

  /** Counts ignored findings again. */
  async unignore(findings: readonly Finding[]): Promise<void> {
    const cur = this.doc.current;
    const ids = findings.map((f) => ignoredId(f.rowId, findingKey(f)));
    const ignored = new Map(this.state.ignored);
    for (const id of ids) ignored.delete(id);
    this.set({ ignored });
    this._publish();
    try {
      await this.ws.qa.unignore(ids);
      if (cur) (await this.team?.ignores(cur.doc.id))?.unignore(ids);
    } catch (e) {
      this.notices.error(toAppError(e));
      await this._loadStored();
    }
  }

  /**
   * The project's choice of checks and severities. In a team project only its owner changes
   * them, and on the server first: offline or refused, nothing changes and a message says why.
   */
  async setSettings(settings: QaProjectSettings): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    const gate = await this.team?.gate(cur.project.id);
    if (gate && !gate.owner) {
      this.notices.show({ kind: 'error', key: 'qaPanel.settings.notOwner' });
      return;
    }
    if (gate) {
      try {
        settings = await gate.save(settings);
      } catch (e) {
        const offline = (e as { status?: unknown }).status === 0;
        const key = offline ? 'qaPanel.settings.offline' : 'qaPanel.settings.refused';
        this.notices.show({ kind: 'error', key });
        // The controls show what holds (they had moved with the click).
        this.set({ settings: { ...this.state.settings } });
        return;
      }
      if (this.doc.current?.doc.id !== cur.doc.id) return;
    }
    this._useSettings(settings);
    try {
      await this.ws.qa.setSettings(cur.project.id, settings);
    } catch (e) {
      this.notices.error(toAppError(e));
    }
  }

  // ---- keeping the findings current ------------------------------------------------------------

  private async _onOpen(d: OpenDocument | undefined) {
    const docId = d?.doc.id;
    if (docId === this._docId) return;
    this._docId = docId;
    this._runSeq++;
    this._abort?.abort();
    clearTimeout(this._typingTimer);
    clearTimeout(this._docTimer);
    this._book = new FindingsBook(d?.segments);
    this._loaded = false;
    this.set(EMPTY);
    if (d) await Promise.all([this._loadStored(), this.teamChanged()]);
  }

  /**
   * Whose settings they are: read when the document opens, and again when the open project
   * becomes a team project or stops being one.
   */
  async teamChanged(): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    const gate = await this.team?.gate(cur.project.id);
    if (this.doc.current?.doc.id !== cur.doc.id) return;
    this.set({ settingsBy: !gate ? 'device' : gate.owner ? 'owner' : 'member' });
  }

  /** Settings that changed while the document is open: a check turned on finds anew. */
  private _useSettings(settings: QaProjectSettings) {
    const before = this.state.settings;
    this.set({ settings });
    this._publish();
    // Only the review's threshold changed: the findings stand.
    if (sameChecks(before, settings)) return;
    // A check turned on (or off: an empty row's other findings are silenced) finds anew.
    if (this.state.checkedAll) void this.checkAll();
    else {
      this._book.recheckAll();
      this._checkChanged(false);
    }
  }

  private async _loadStored() {
    const cur = this.doc.current;
    if (!cur) return;
    const [ignored, settings] = await Promise.all([
      this.ws.qa.ignored(cur.doc.id),
      this.ws.qa.settings(cur.project.id),
    ]);
    if (this.doc.current?.doc.id !== cur.doc.id) return;
    const first = !this._loaded;
    this._loaded = true;
    this.set({ ignored: new Map(ignored.map((r) => [r.id, r])) });
    // Changed since the document opened (another tab, the team's owner): checked anew.
    if (!first && !sameQaSettings(settings, this.state.settings)) this._useSettings(settings);
    else {
      this.set({ settings });
      this._publish();
    }
  }

  /** Whether the open document's stored ignores and settings have been read once. */
  private _loaded = false;

  /** Rows changed: typing is checked after a short pause, a confirm at once. */
  private _onRows() {
    const cur = this.doc.current;
    if (!cur || cur.doc.id !== this._docId) return;
    const confirmed = this._book.confirmedSince(cur.segments, CONFIRMED);
    clearTimeout(this._typingTimer);
    if (confirmed) this._checkChanged(true);
    else
      this._typingTimer = setTimeout(() => {
        this._typingTimer = undefined;
        this._checkChanged(false);
      }, TYPING_DELAY);
  }

  /**
   * The termbase's findings for `rows` (runs here, not in the Worker: the termbase lives in this
   * page); the project's settings may turn the check off or change its severity.
   */
  private async _termFindings(rows: readonly QaRow[]): Promise<Finding[]> {
    const settings = this.state.settings;
    if (!this.terms || settings?.enabled?.term === false) return [];
    const check = await this.terms().catch(() => undefined);
    if (!check) return [];
    return check(rows).map((f) => ({ ...f, severity: settings?.severity?.term ?? f.severity }));
  }

  /** Checks the rows whose text changed since they were last looked at. */
  private _checkChanged(confirmed: boolean) {
    // A check that failed (its code could not be fetched offline) leaves its rows unchecked, to
    // be checked with the next change; it must not stop every later check.
    this._rowCheck = this._rowCheck
      .then(() => this._runRowChecks(confirmed))
      .catch((e: unknown) => console.warn('QA row check failed', e));
  }

  private async _runRowChecks(confirmed: boolean) {
    const cur = this.doc.current;
    if (!cur || cur.doc.id !== this._docId) return;
    const { changed, removed } = this._book.changes(cur.segments, this.state.checkedAll);
    if (changed.length > 0) {
      const rows = changed.map(qaRow);
      // Where each changed row is: a few are looked up, many (a replace-all) indexed once.
      const index = changed.length > 8 ? new Map(cur.segments.map((s, i) => [s, i])) : undefined;
      const at = changed.map((s) => index?.get(s) ?? cur.segments.indexOf(s));
      const found = [
        ...(await this.engine.checkRows(rows, qaContextOf(cur.project), this.state.settings, {
          rows: cur.segments,
          at,
        })),
        ...(await this._termFindings(rows)),
      ];
      if (cur.doc.id !== this._docId) return;
      this._book.setRows(changed, found);
    }
    if (changed.length > 0 || removed) this._publish();
    // Consistency between rows needs the whole document: checked again after a confirm.
    if (confirmed && this.state.checkedAll) {
      clearTimeout(this._docTimer);
      this._docTimer = setTimeout(() => void this.checkAll(), DOCUMENT_DELAY);
    }
  }

  /** Puts the findings into the state: numbered as the rows are now, settings, ignores. */
  private _publish() {
    const cur = this.doc.current;
    if (!cur) return;
    const placed = this._book.placed(cur.segments);
    const rows = new Map(cur.segments.map((s) => [s.id, s]));
    const findings = markIgnored(
      applyQaSettings(placed, this.state.settings),
      rows,
      this.state.ignored,
    );
    findings.sort((a, b) => a.row - b.row);
    const byRow = rowCounts(findings);
    // The grid re-renders its rows when this changes: only when a row's counts did.
    this.set({
      findings,
      byRow: sameCounts(byRow, this.state.byRow) ? this.state.byRow : byRow,
      counts: countFindings(findings),
    });
  }
}
