// The quality-check service: the findings of the open document, kept current as rows change —
// a changed row is checked again a moment after the last keystroke, and at once on confirm — the
// whole document on demand in a Worker (with progress), the user's ignores (persisted, with who
// and when, holding until the row changes), and the project's check settings.
import { CONFIRMED, type Segment } from '../core/model.js';
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
  type QaProjectSettings,
} from '../core/qa/project-settings.js';
import type { CheckId, Finding, QaContext, QaRow, QaSettings } from '../core/qa/types.js';
import { langCode } from '../core/text/lang.js';
import type { Workspace } from '../store/index.js';
import type { DocumentService, OpenDocument } from './document.js';
import { toAppError } from './errors.js';
import { IDLE, isAbort, type Job } from './jobs.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';

/** Checks that compare rows with each other: only a run over the whole document finds them. */
export const DOCUMENT_CHECKS: readonly CheckId[] = [
  'inconsistent-translation',
  'inconsistent-source',
];

/** How the service runs the checks (the app's: core on the main thread, a Worker for all rows). */
export interface QaEngine {
  /** The checks of single rows (not the document checks), for rows just changed. */
  checkRows(rows: readonly QaRow[], ctx: QaContext, settings: QaSettings): Promise<Finding[]>;
  /** Every check over every row, off the main thread. */
  checkDocument(
    rows: readonly QaRow[],
    ctx: QaContext,
    settings: QaSettings,
    opts: { onProgress?: (fraction: number) => void; signal?: AbortSignal },
  ): Promise<Finding[]>;
}

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
};

const qaRow = (s: Segment): QaRow => ({ id: s.id, source: s.source, target: s.target });
const isDocumentCheck = (f: Finding) => DOCUMENT_CHECKS.includes(f.check);

export class QaService extends Service<QaState> {
  private _docId?: string;
  /** Findings of single rows, by row id, as checked. */
  private _rowFindings = new Map<string, Finding[]>();
  /** Findings of the last run over the whole document that compare rows. */
  private _docFindings: Finding[] = [];
  /** The fingerprint of each row as it was last checked (or seen, before a full run). */
  private _checked = new Map<string, string>();
  /** The rows as last looked at, to find the ones that changed (by identity, then text). */
  private _seen = new Map<string, Segment>();
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
  ) {
    super(EMPTY);
    doc.onOpen((d) => this._onOpen(d));
    // Loaded after the first paint: the document may be open already.
    if (doc.current) void this._onOpen(doc.current);
    doc.subscribe((s, prev) => {
      if (s.current?.segments !== prev.current?.segments) this._onRows();
    });
    ws.subscribe((m) => {
      if (m.type === 'qa') void this._loadStored();
    });
  }

  /** The open errors, after a run over every row if none was made yet (the export warning). */
  async openErrors(): Promise<number> {
    if (!this.state.checkedAll) await this.checkAll();
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
        ctxOf(cur),
        this.state.settings,
        {
          signal: abort.signal,
          onProgress: (progress) => {
            if (seq === this._runSeq) this.set({ job: { status: 'running', progress } });
          },
        },
      );
      if (seq !== this._runSeq || this._docId !== cur.doc.id) return;
      this._rowFindings = new Map();
      this._docFindings = [];
      for (const f of found) {
        if (isDocumentCheck(f)) this._docFindings.push(f);
        else this._push(f);
      }
      this._checked = new Map(rows.map((s) => [s.id, rowFingerprint(s.source, s.target)]));
      this.set({ checkedAll: true, job: { status: 'done', progress: 1 } });
      this._publish();
      // Rows typed into while the run went on are checked as they are now.
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
    } catch (e) {
      this.notices.error(toAppError(e));
      await this._loadStored();
    }
  }

  /** Counts ignored findings again. */
  async unignore(findings: readonly Finding[]): Promise<void> {
    const ids = findings.map((f) => ignoredId(f.rowId, findingKey(f)));
    const ignored = new Map(this.state.ignored);
    for (const id of ids) ignored.delete(id);
    this.set({ ignored });
    this._publish();
    try {
      await this.ws.qa.unignore(ids);
    } catch (e) {
      this.notices.error(toAppError(e));
      await this._loadStored();
    }
  }

  /** The project's choice of checks and severities. */
  async setSettings(settings: QaProjectSettings): Promise<void> {
    const cur = this.doc.current;
    if (!cur) return;
    this.set({ settings });
    this._publish();
    // A check turned on (or off: an empty row's other findings are silenced) finds anew.
    if (this.state.checkedAll) void this.checkAll();
    else {
      for (const id of this._checked.keys()) {
        this._checked.set(id, '');
        this._seen.delete(id);
      }
      this._checkChanged(false);
    }
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
    this._rowFindings = new Map();
    this._docFindings = [];
    this._checked = new Map();
    this._seen = new Map((d?.segments ?? []).map((s) => [s.id, s]));
    this.set(EMPTY);
    if (d) await this._loadStored();
  }

  private async _loadStored() {
    const cur = this.doc.current;
    if (!cur) return;
    const [ignored, settings] = await Promise.all([
      this.ws.qa.ignored(cur.doc.id),
      this.ws.qa.settings(cur.project.id),
    ]);
    if (this.doc.current?.doc.id !== cur.doc.id) return;
    this.set({ ignored: new Map(ignored.map((r) => [r.id, r])), settings });
    this._publish();
  }

  /** Rows changed: typing is checked after a short pause, a confirm at once. */
  private _onRows() {
    const cur = this.doc.current;
    if (!cur || cur.doc.id !== this._docId) return;
    let confirmed = false;
    for (const s of cur.segments) {
      const before = this._seen.get(s.id);
      if (before === s) continue;
      if (before && s.status !== before.status && CONFIRMED.includes(s.status)) confirmed = true;
    }
    clearTimeout(this._typingTimer);
    if (confirmed) this._checkChanged(true);
    else this._typingTimer = setTimeout(() => this._checkChanged(false), TYPING_DELAY);
  }

  /** Checks the rows whose text changed since they were last looked at. */
  private _checkChanged(confirmed: boolean) {
    this._rowCheck = this._rowCheck.then(() => this._runRowChecks(confirmed));
  }

  private async _runRowChecks(confirmed: boolean) {
    const cur = this.doc.current;
    if (!cur || cur.doc.id !== this._docId) return;
    const changed: Segment[] = [];
    const now = new Map<string, Segment>();
    for (const s of cur.segments) {
      now.set(s.id, s);
      const before = this._seen.get(s.id);
      if (before === s) continue;
      const known = this._checked.get(s.id);
      const fp = rowFingerprint(s.source, s.target);
      // A row never checked is checked when it is new after a full run, or once it is edited.
      const edited =
        before !== undefined && (before.source !== s.source || before.target !== s.target);
      if (known === undefined ? this.state.checkedAll || edited : known !== fp) changed.push(s);
    }
    const removed = [...this._seen.keys()].some((id) => !now.has(id));
    this._seen = now;
    if (changed.length > 0) {
      const found = await this.engine.checkRows(
        changed.map(qaRow),
        ctxOf(cur),
        this.state.settings,
      );
      if (cur.doc.id !== this._docId) return;
      for (const s of changed) {
        this._rowFindings.delete(s.id);
        this._checked.set(s.id, rowFingerprint(s.source, s.target));
      }
      for (const f of found) if (!isDocumentCheck(f)) this._push(f);
    }
    if (changed.length > 0 || removed) this._publish();
    // Consistency between rows needs the whole document: checked again after a confirm.
    if (confirmed && this.state.checkedAll) {
      clearTimeout(this._docTimer);
      this._docTimer = setTimeout(() => void this.checkAll(), DOCUMENT_DELAY);
    }
  }

  private _push(f: Finding) {
    const list = this._rowFindings.get(f.rowId);
    if (list) list.push(f);
    else this._rowFindings.set(f.rowId, [f]);
  }

  /** Puts the findings into the state: numbered as the rows are now, settings, ignores. */
  private _publish() {
    const cur = this.doc.current;
    if (!cur) return;
    const index = new Map(cur.segments.map((s, i) => [s.id, i]));
    const all: Finding[] = [];
    for (const list of this._rowFindings.values()) all.push(...list);
    all.push(...this._docFindings);
    const placed: Finding[] = [];
    for (const f of all) {
      const row = index.get(f.rowId);
      if (row !== undefined) placed.push(f.row === row ? f : { ...f, row });
    }
    const rows = new Map(cur.segments.map((s) => [s.id, s]));
    const findings = markIgnored(
      applyQaSettings(placed, this.state.settings),
      rows,
      this.state.ignored,
    );
    findings.sort((a, b) => a.row - b.row);
    this.set({ findings, byRow: rowCounts(findings), counts: countFindings(findings) });
  }
}

function ctxOf(d: OpenDocument): QaContext {
  return { sourceLang: langCode(d.project.sourceLang), targetLang: langCode(d.project.targetLang) };
}

/** The app's engine: the row checks load with the first one; the whole document runs in a Worker. */
export const appEngine: QaEngine = {
  async checkRows(rows, ctx, settings) {
    const { checkRow } = await import('../core/qa/index.js');
    return rows.flatMap((r) => checkRow(r, 0, ctx, settings));
  },
  async checkDocument(rows, ctx, settings, opts) {
    const { checkInWorker } = await import('../workers/qa-client.js');
    return checkInWorker({ rows: [...rows], ctx, settings }, opts);
  },
};
