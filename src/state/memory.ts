// The memory service: the workspace's translation memories (create, rename, delete with Undo,
// import), which TMs the open project reads and writes, the TM Worker that serves its matches,
// the active row's matches, writing every confirmed row into the write TM, inserting a match and
// pre-translating a document.
import type { Lang, Project, Segment } from '../core/model.js';
import { langCode } from '../core/text/lang.js';
import type { Analysis } from '../core/tm/analyze.js';
import type { TmUnit } from '../core/tm/types.js';
import { t } from '../i18n/index.js';
import type { TmLinks, TmRecord, Workspace } from '../store/index.js';
import { swapSides as swapped } from '../core/tm/swap.js';
import type { HeldTm } from './memory-units.js';
import type { UnitEditor } from './memory-units-edit.js';
import { rowsToRemember, rowUnit, serveProject } from './memory-serve.js';
import { loadOptions, saveOptions, type MatchOptions } from './memory-options.js';
import { TmClient } from '../workers/tm-client.js';
import type { DocumentService, DocumentState, OpenDocument } from './document.js';
import type { NoticeService } from './notices.js';
import type { RowsHost } from './memory-rows.js';
import { nameKey, projectsUsing, samePair, TmDeleter } from './memory-list.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';
// Fitting matches to a row (numbers, inline codes) loads with the first lookup, not on a first visit.
import type { PretranslateOptions, PretranslateReport } from './memory-fill.js';
const fill = () => import('./memory-fill.js');

export type { TmConcordanceHit, TmHit } from '../workers/tm-client.js';
export type { TmImportProblem, TmImportReport } from './memory-import.js';
export type { MatchOptions } from './memory-options.js';
export type { MatchView, PretranslateOptions, PretranslateReport } from './memory-fill.js';
export type { ImportProblem, MemoryState, Serving } from './memory-state.js';
import type { MemoryState } from './memory-state.js';

/** A deleted TM can be brought back until the next start, at least this long after. */
const UNDO_WINDOW_MS = 60_000;
/** How often a running import checks that another tab has not deleted its TM. */
const IMPORT_WATCH_MS = 500;

export class MemoryService extends Service<MemoryState> {
  private readonly client = new TmClient();
  private _serveSeq = 0;
  private _closed = false;
  private _serving: Promise<void> = Promise.resolve();
  /** Storing the indexes built for the open project (tests wait for it). */
  _saving: Promise<void> = Promise.resolve();
  private _lookupSeq = 0;
  private _authorOf?: (rowId: string) => string | undefined;
  private _project?: Project;
  private _importAbort?: AbortController;
  private _concordanceSeq = 0;
  /** What the TM Worker holds of each TM, for the unit editor to search and keep up to date. */
  private readonly _held = new Map<string, HeldTm>();
  private _unitEditor?: Promise<UnitEditor>;
  private readonly _deleter: TmDeleter;

  constructor(
    private readonly ws: Workspace,
    private readonly doc: DocumentService,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
  ) {
    super({
      tms: [],
      serving: { status: 'idle', loaded: 0, total: 0, ms: 0 },
      matches: { list: [] },
      options: loadOptions(),
      importing: { status: 'idle', progress: 0 },
    });
    this._deleter = new TmDeleter({
      ws,
      notices,
      forget: (id) => {
        this.client.drop(id);
        this._held.delete(id);
      },
      refreshList: () => this._refreshList(),
      reopen: async () => {
        if (this._project) await this._openProject(this.doc.current);
      },
    });
    doc.onOpen((open) => {
      void this._openProject(open);
    });
    doc.subscribe((now, before) => this._onDocument(now, before));
  }

  /** Reads the TM list; drops what a closed tab left half-imported and TMs deleted for good. */
  async load(): Promise<void> {
    // The import code (and the parse Worker's client) loads only when there is something to do.
    if ((await this.ws.tm.pendingImports()).length > 0)
      await (await import('./memory-import.js')).sweepImports(this.ws).catch(() => undefined);
    await this.ws.tm.purgeDeleted(Date.now() - UNDO_WINDOW_MS).catch(() => undefined);
    this.set({ tms: await this.ws.tm.list() });
  }

  private async _refreshList() {
    this.set({ tms: await this.ws.tm.list() });
  }

  tm(id: string): TmRecord | undefined {
    return this.state.tms.find((x) => x.id === id);
  }

  // ---- TMs in the workspace -----------------------------------------------------------------

  async create(name: string, sourceLang: Lang, targetLang: Lang): Promise<TmRecord> {
    const main = !this.state.tms.some((x) => x.main && samePair(x, sourceLang, targetLang));
    const rec = await this.ws.tm.create({ name, sourceLang, targetLang, main });
    await this._refreshList();
    return rec;
  }

  /** Whether another TM than `except` has this name (the project's TM list tells TMs by it). */
  nameTaken(name: string, except?: string): boolean {
    const key = nameKey(name);
    return this.state.tms.some((x) => x.id !== except && nameKey(x.name) === key);
  }

  /** The projects that read or write a TM (those opened since it was linked to them). */
  usedBy(tmId: string): Promise<Project[]> {
    return projectsUsing(this.ws, tmId);
  }

  async rename(id: string, name: string): Promise<void> {
    if (!name.trim()) return;
    await this.ws.tm.rename(id, name.trim());
    await this._refreshList();
  }

  /** Deletes a TM; the notice offers Undo (see TmDeleter). */
  async remove(id: string): Promise<void> {
    const tm = this.tm(id);
    if (tm) await this._deleter.remove(tm);
  }

  // ---- the TM page's unit editor (memory-units.ts) ---------------------------------------------

  /**
   * Lists the units of a TM that hold `phrase` (its first units when it is empty), from the TM
   * Worker's concordance index; the TM's blocks are scanned where the index cannot answer.
   */
  async searchUnits(tmId: string, phrase: string, max?: number): Promise<void> {
    await (await this._editor()).search(tmId, phrase, max);
  }

  /** Changes a unit's texts, as the person working now; the list is searched again. */
  async updateUnit(tmId: string, unit: TmUnit, source: string, target: string): Promise<void> {
    await (await this._editor()).update(tmId, unit, source, target);
  }

  /** Deletes a unit; the notice offers Undo (the unit is stored again as it was). */
  async deleteUnit(tmId: string, listed: TmUnit): Promise<void> {
    await (await this._editor()).remove(tmId, listed);
  }

  private _editor(): Promise<UnitEditor> {
    // Loaded with the editor's first use, not on a first visit.
    return (this._unitEditor ??= import('./memory-units-edit.js').then(
      (m) =>
        new m.UnitEditor({
          ws: this.ws,
          client: this.client,
          held: this._held,
          session: this.session,
          notices: this.notices,
          tm: (id) => this.tm(id),
          set: (patch) => this.set(patch),
          refreshList: () => this._refreshList(),
          closed: () => this._closed,
        }),
    ));
  }

  setOptions(options: Partial<MatchOptions>): void {
    const next = { ...this.state.options, ...options };
    this.set({ options: next });
    saveOptions(next);
    void this._lookupActive();
  }

  // ---- the open project: its TMs, the index, matches -------------------------------------------

  /** The workspace's main TM for a pair, created when there is none. */
  async mainTm(sourceLang: Lang, targetLang: Lang): Promise<TmRecord> {
    const found = this.state.tms.find((x) => x.main && samePair(x, sourceLang, targetLang));
    if (found) return found;
    const name = t('memory.mainName', {
      source: t(`lang.${sourceLang}`),
      target: t(`lang.${targetLang}`),
    });
    return this.create(name, sourceLang, targetLang);
  }

  /** Chooses which TMs a project reads and which one it writes. */
  async setLinks(read: string[], write: string): Promise<void> {
    const p = this._project;
    if (!p) return;
    const links = { projectId: p.id, read, write };
    await this.ws.tm.setLinks(links);
    this.set({ links });
    await this._openProject(this.doc.current);
  }

  private async _openProject(open: OpenDocument | undefined) {
    const seq = ++this._serveSeq;
    const started = performance.now();
    this._project = open?.project;
    this.client.reset();
    this._held.clear();
    this.set({ links: undefined, matches: { list: [] } });
    if (!open) {
      this.set({ serving: { status: 'idle', loaded: 0, total: 0, ms: 0 } });
      return;
    }
    const run = () =>
      serveProject(
        {
          ws: this.ws,
          client: this.client,
          held: this._held,
          tms: () => this.state.tms,
          set: (patch) => this.set(patch),
          tm: (id) => this.tm(id),
          mainTm: (a, b) => this.mainTm(a, b),
          current: (n) => n === this._serveSeq && !this._closed,
          lookupActive: () => this._lookupActive(),
          saved: (p) => (this._saving = p),
        },
        open,
        seq,
        started,
      );
    this._serving = run().catch((e: unknown) => {
      // Closed meanwhile (the tab's services shut down): the failure is the closing's, not news.
      if (this._closed) return;
      console.warn(e);
      if (seq === this._serveSeq)
        this.set({ serving: { ...this.state.serving, status: 'failed' } });
    });
    await this._serving;
  }

  private _onDocument(now: DocumentState, before: DocumentState) {
    const activeRow = (s: DocumentState) => s.current?.segments.find((x) => x.id === s.activeId);
    if (now.activeId !== before.activeId || activeRow(now)?.source !== activeRow(before)?.source)
      void this._lookupActive();
    // Rows confirmed just now (or changed while confirmed) go into the write TM at once.
    const rows = now.current?.segments;
    for (const { i, by } of rowsToRemember(now, before, this._authorOf))
      void this._remember(rows!, i, by);
  }

  /**
   * Who last confirmed a row, for the rows a teammate's change brings (a team project's log);
   * undefined: every unit is this user's, as in a local project.
   */
  useAuthors(authorOf: ((rowId: string) => string | undefined) | undefined): void {
    this._authorOf = authorOf;
  }

  /** Stores a confirmed row in the write TM (updating the unit it wrote before) and indexes it. */
  private async _remember(rows: readonly Segment[], i: number, by?: string) {
    const cur = this.doc.current;
    const links = this.state.links;
    if (!cur || !links) return;
    const tm = this.tm(links.write);
    if (!tm) return;
    const who = this.session.who;
    const forward = tm.sourceLang === cur.project.sourceLang;
    const unit = rowUnit(rows, i, cur, forward, by || who.author || t(`role.${who.role}`));
    try {
      const stored = await this.ws.tm.putUnit(tm.id, unit);
      if (links.read.includes(tm.id)) {
        this.client.add(tm.id, langCode(cur.project.sourceLang), [
          forward ? stored : swapped(stored),
        ]);
        // The row being worked in may match it (the next row after a confirm, or a teammate's
        // row confirmed while this user sits in a like one): its matches are looked up again.
        void this._lookupActive();
      }
      const size = (await this.ws.tm.get(tm.id))?.size;
      if (size !== undefined && size !== tm.size)
        this.set({ tms: this.state.tms.map((x) => (x.id === tm.id ? { ...x, size } : x)) });
    } catch (e) {
      console.warn(e);
      this.notices.show({ kind: 'error', key: 'memory.writeFailed' });
    }
  }

  private _readTms(links: TmLinks): TmRecord[] {
    return links.read.map((id) => this.tm(id)).filter((x): x is TmRecord => !!x);
  }

  private async _lookupActive() {
    const seq = ++this._lookupSeq;
    const cur = this.doc.current;
    const rowId = this.doc.state.activeId;
    const links = this.state.links;
    const i = cur && rowId ? cur.segments.findIndex((s) => s.id === rowId) : -1;
    const status = this.state.serving.status;
    if (!cur || !links || i < 0 || (status !== 'ready' && status !== 'loading')) {
      if (this.state.matches.rowId !== rowId) this.set({ matches: { rowId, list: [] } });
      return;
    }
    const { min, max } = this.state.options;
    try {
      const { fitMatch, exactFromStore, queryFor } = await fill();
      const query = queryFor(cur.segments, i, min, max);
      // While the index loads (seconds for a million units), 100 % matches come from storage.
      const [hits] =
        status === 'ready'
          ? await this.client.lookup(links.read, [query])
          : [await exactFromStore(this.ws, this._readTms(links), cur.project.sourceLang, query)];
      if (status === 'loading' && this.state.serving.status !== 'loading') return;
      const row = cur.segments[i];
      const list = hits.map((h) => fitMatch(h, row));
      if (seq === this._lookupSeq) this.set({ matches: { rowId, list } });
    } catch (e) {
      console.warn(e);
    }
  }

  /** Puts the active row's match `n` (1-based) into its translation, as typing would. */
  insert(n: number): boolean {
    const { rowId, list } = this.state.matches;
    const hit = list[n - 1];
    if (!rowId || !hit || rowId !== this.doc.state.activeId) {
      this.notices.info('memory.noMatchN', { n });
      return false;
    }
    this.doc.edit(rowId, 'target', hit.target);
    void this.doc.flush();
    return true;
  }

  /**
   * The open document against its TMs, as CAT tools quote a job: segments and source size per
   * band (see core/tm/analyze.ts); kept in `analysis`.
   */
  async analyze(): Promise<Analysis | undefined> {
    await this._serving;
    const cur = this.doc.current;
    const links = this.state.links;
    if (!cur || !links) return undefined;
    const analysis = await (await fill()).analyzeDocument(this.client, links.read, cur);
    this.set({ analysis: { docId: cur.doc.id, result: analysis } });
    return analysis;
  }

  /** Every committed unit of a TM as TMX 1.4b (dates, authors, project as the TMX carries them). */
  async exportTmx(tmId: string): Promise<{ name: string; text: string } | undefined> {
    const tm = this.tm(tmId);
    return tm ? (await fill()).tmAsTmx(this.ws, tm) : undefined;
  }

  /** Finds a word or phrase in the sources and targets of the project's TMs. */
  async concordance(phrase: string): Promise<void> {
    await this._serving;
    const links = this.state.links;
    if (!links) return;
    const seq = ++this._concordanceSeq;
    const started = performance.now();
    const r = await this.client.concordance(links.read, phrase, 100);
    if (seq === this._concordanceSeq)
      this.set({ concordance: { phrase, ...r, ms: performance.now() - started } });
  }

  // ---- pre-translation ------------------------------------------------------------------------

  /** Fills the empty rows from the TMs as one undoable step; the notice sums it up. */
  async pretranslate(opts: PretranslateOptions): Promise<PretranslateReport | undefined> {
    await this._serving;
    const cur = this.doc.current;
    const links = this.state.links;
    if (!cur || !links) return undefined;
    const rows = cur.segments;
    const empty = rows.flatMap((s, i) => (s.target.trim() ? [] : [i]));
    const min = opts.fuzzy ? opts.fuzzyMin : 100;
    const { pretranslatePatches, queryFor } = await fill();
    const results = await this.client.lookup(
      links.read,
      empty.map((i) => queryFor(rows, i, min, 1)),
    );
    const { patches, report } = pretranslatePatches(
      empty.map((i, k) => ({ row: rows[i], hit: results[k]?.[0] })),
      opts,
    );
    if (patches.length > 0) {
      const who = this.session.who;
      const ok = await this.doc.apply(() => this.ws.structure.updateMany(cur.doc.id, patches, who));
      if (!ok) return undefined;
    }
    this.notices.info(
      'memory.pretranslated',
      { ...report, count: report.filled },
      patches.length > 0 ? { key: 'common.undo', run: () => this.doc.undo() } : undefined,
    );
    return report;
  }

  // ---- import --------------------------------------------------------------------------------

  /** Imports a file into a TM (all or nothing); `importing` shows progress and how it ended. */
  async importFile(
    tmId: string,
    name: string,
    file: Blob | Uint8Array,
    swap = false,
  ): Promise<void> {
    const tm = this.tm(tmId);
    if (!tm || this.state.importing.status === 'running') return;
    const abort = (this._importAbort = new AbortController());
    // Another tab may delete the TM meanwhile (it does not tell this one): the import stops
    // rather than fill a TM no one has any more, and says why.
    let deleted = false;
    const watch = setInterval(() => {
      void this.ws.tm.get(tmId).then(
        (now) => {
          if (now || abort.signal.aborted) return;
          deleted = true;
          abort.abort();
        },
        () => undefined,
      );
    }, IMPORT_WATCH_MS);
    const { runImport } = await import('./memory-import.js');
    await runImport(this.ws, tm, name, file, swap, abort.signal, {
      set: (job, imported) => {
        const tmName = this.tm(tmId)?.name ?? this.state.importing.tmName ?? tm.name;
        // Deleted between the last check and the commit (which the store then refuses): the list,
        // read again when another tab deletes a TM, no longer holds it.
        const gone = deleted || (job.status !== 'running' && !this.tm(tmId));
        const importing: MemoryState['importing'] =
          gone && job.status !== 'running'
            ? { ...job, status: 'failed', progress: 0, tmName, problem: { kind: 'tmDeleted' } }
            : { ...job, tmName };
        this.set(imported && !gone ? { importing, imported } : { importing });
      },
      committed: () => this._refreshList(),
      shown: async () => {
        // A unit list opened meanwhile showed the TM as it was: show the units now committed.
        if (this.state.units?.tm === tmId) await this.searchUnits(tmId, this.state.units.phrase);
        if (this._project && this.state.links?.read.includes(tmId))
          await this._openProject(this.doc.current);
      },
    }).finally(() => clearInterval(watch));
  }

  /**
   * Puts the open document's confirmed rows into the project's write TM as one import (see
   * memory-rows.ts); the notice sums it up.
   */
  async addConfirmedRows(): Promise<void> {
    await (await import('./memory-rows.js')).addConfirmedRows(this._rowsHost());
  }

  /**
   * After a project made from a checked alignment opens, offers its `count` confirmed rows to the
   * write TM in a notice with an action; nothing is written unless the user takes it.
   */
  async offerConfirmedRows(count: number): Promise<void> {
    await (await import('./memory-rows.js')).offerConfirmedRows(this._rowsHost(), count);
  }

  private _rowsHost(): RowsHost {
    return {
      doc: this.doc,
      notices: this.notices,
      state: () => this.state,
      subscribe: (l) => this.subscribe(l),
      tm: (id) => this.tm(id),
      importFile: (tmId, name, bytes, swap) => this.importFile(tmId, name, bytes, swap),
      closed: () => this._closed,
    };
  }

  cancelImport(): void {
    this._importAbort?.abort();
  }

  /** Stops the Worker (tests, a page torn down). */
  close(): void {
    this._closed = true;
    // Stops a project's serving still running: each step checks the sequence.
    this._serveSeq++;
    this._held.clear();
    this.client.terminate();
  }
}
