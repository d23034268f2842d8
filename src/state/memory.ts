// The memory service: the workspace's translation memories (create, rename, delete with Undo,
// import), which TMs the open project reads and writes, the TM Worker that serves its matches,
// the active row's matches, writing every confirmed row into the write TM, inserting a match and
// pre-translating a document.
import { isConfirmed } from '../core/filter.js';
import type { Lang, Project, Segment } from '../core/model.js';
import { langCode } from '../core/text/lang.js';
import type { Analysis, AnalysisRow } from '../core/tm/analyze.js';
import type { LookupOptions, TmUnit } from '../core/tm/types.js';
import { t } from '../i18n/index.js';
import type { TmLinks, TmRecord, Workspace } from '../store/index.js';
import { swapSides as swapped } from '../core/tm/swap.js';
import type { HeldTm, TmUnitSearch, UnitsContext } from './memory-units.js';
import type { TmConcordanceHit } from '../workers/tm-client.js';
import { TmClient } from '../workers/tm-client.js';
import type { DocumentService, DocumentState, OpenDocument } from './document.js';
import { isAbort, type Job } from './jobs.js';
import type { TmImportProblem, TmImportReport } from './memory-import.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';
import type { SessionService } from './session.js';
// Fitting matches to a row (numbers, inline codes) loads with the first lookup, not on a first visit.
import type { MatchView, PretranslateOptions, PretranslateReport } from './memory-fill.js';
const fill = () => import('./memory-fill.js');

export type { TmConcordanceHit, TmHit } from '../workers/tm-client.js';
export type { TmImportProblem, TmImportReport } from './memory-import.js';
export type { MatchView, PretranslateOptions, PretranslateReport } from './memory-fill.js';

/** How far the open project's TMs are from serving matches. */
export interface Serving {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** Units handed to the Worker so far, of `total`. */
  loaded: number;
  total: number;
  /** From opening the project to the first match served, once ready. */
  ms: number;
}

export interface MatchOptions {
  /** Lowest score shown (default 70). */
  min: number;
  /** Most matches shown (default 5, at most 9: Ctrl+1…9). */
  max: number;
}

export interface MemoryState {
  tms: readonly TmRecord[];
  /** What the open project reads and writes. */
  links?: TmLinks;
  serving: Serving;
  /** The active row's matches, best first. */
  matches: { rowId?: string; list: readonly MatchView[] };
  options: MatchOptions;
  importing: Job & { tm?: string; units?: number; problem?: TmImportProblem; file?: string };
  imported?: TmImportReport;
  /** The last concordance search: the phrase, its hits (up to 100) and whether there are more. */
  concordance?: { phrase: string; hits: readonly TmConcordanceHit[]; more: boolean; ms: number };
  /** The last analysis of the open document. */
  analysis?: { docId: string; result: Analysis };
  /** The TM page's unit editor: the last search of one TM's units (memory-units.ts). */
  units?: TmUnitSearch;
}

const OPTIONS_KEY = 'bt.tm.options';
const DEFAULT_OPTIONS: MatchOptions = { min: 70, max: 5 };
/** Units per message to the Worker while an index is built. */
const PAGE = 10_000;
/** Units changed since a stored index was built beyond which it is stored again. */
const RESAVE_AFTER = 1_000;
/** A deleted TM can be brought back until the next start, at least this long after. */
const UNDO_WINDOW_MS = 60_000;

const samePair = (tm: TmRecord, a: Lang, b: Lang) =>
  (tm.sourceLang === a && tm.targetLang === b) || (tm.sourceLang === b && tm.targetLang === a);

function loadOptions(): MatchOptions {
  try {
    const o = JSON.parse(
      localStorage.getItem(OPTIONS_KEY) ?? 'null',
    ) as Partial<MatchOptions> | null;
    const min = Number(o?.min);
    const max = Number(o?.max);
    return {
      min: min >= 0 && min <= 100 ? min : DEFAULT_OPTIONS.min,
      max: max >= 1 && max <= 9 ? Math.round(max) : DEFAULT_OPTIONS.max,
    };
  } catch {
    return DEFAULT_OPTIONS;
  }
}

export class MemoryService extends Service<MemoryState> {
  private readonly client = new TmClient();
  private _serveSeq = 0;
  private _closed = false;
  private _serving: Promise<void> = Promise.resolve();
  /** Storing the indexes built for the open project (tests wait for it). */
  _saving: Promise<void> = Promise.resolve();
  private _lookupSeq = 0;
  private _project?: Project;
  private _importAbort?: AbortController;
  private _concordanceSeq = 0;
  private _unitsSeq = 0;
  /** The editor's last search asked for (its answer may not be in `units` yet). */
  private _unitsAsked?: { tm: string; phrase: string };
  /** What the TM Worker holds of each TM, for the unit editor to search and keep up to date. */
  private readonly _held = new Map<string, HeldTm>();
  private get _unitsContext(): UnitsContext {
    return { ws: this.ws, client: this.client, held: this._held };
  }

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

  async rename(id: string, name: string): Promise<void> {
    if (!name.trim()) return;
    await this.ws.tm.rename(id, name.trim());
    await this._refreshList();
  }

  /** Deletes a TM; the notice offers Undo (it is removed for good at a later start). */
  async remove(id: string): Promise<void> {
    const tm = this.tm(id);
    if (!tm) return;
    await this.ws.tm.remove(id);
    this.client.drop(id);
    this._held.delete(id);
    await this._refreshList();
    this.notices.info(
      'memory.deleted',
      { name: tm.name },
      {
        key: 'common.undo',
        run: async () => {
          await this.ws.tm.undelete(id, tm.main);
          await this._refreshList();
          if (this._project) await this._openProject(this.doc.current);
        },
      },
    );
  }

  // ---- the TM page's unit editor (memory-units.ts) ---------------------------------------------

  /**
   * Lists the units of a TM that hold `phrase` (its first units when it is empty), from the TM
   * Worker's concordance index; the TM's blocks are scanned where the index cannot answer (see
   * `indexedUnits`).
   */
  async searchUnits(tmId: string, phrase: string): Promise<void> {
    const seq = ++this._unitsSeq;
    const p = phrase.trim();
    this._unitsAsked = { tm: tmId, phrase: p };
    const { indexedUnits, prepareUnits, scanUnits } = await import('./memory-units.js');
    const tm = this.tm(tmId);
    // The editor opening (nothing asked yet): its TM goes to the Worker's index meanwhile.
    if (!p && tm)
      void prepareUnits(this._unitsContext, tm).catch((e: unknown) => {
        // Closed meanwhile: the Worker stopped, nothing to say.
        if (!this._closed) console.warn(e);
      });
    // The first units are a page away in storage: no index is needed for them.
    const units =
      (p && tm ? await indexedUnits(this._unitsContext, tm, p) : undefined) ??
      (await scanUnits(this.ws, tmId, p));
    if (seq === this._unitsSeq) this.set({ units });
  }

  /** Changes a unit's texts, as the person working now; the list is searched again. */
  async updateUnit(tmId: string, unit: TmUnit, source: string, target: string): Promise<void> {
    if (!source.trim() || !target.trim()) return;
    const who = this.session.who;
    // As stored: a unit listed from a project reading the TM the other way lacks its context.
    const stored = (await this.ws.tm.getUnit(tmId, unit.id)) ?? unit;
    await this.ws.tm.putUnit(tmId, {
      ...stored,
      source,
      target,
      changedAt: Date.now(),
      changedBy: who.author || t(`role.${who.role}`),
    });
    await this._unitsChanged(tmId);
  }

  /** Deletes a unit; the notice offers Undo (the unit is stored again as it was). */
  async deleteUnit(tmId: string, listed: TmUnit): Promise<void> {
    const unit = (await this.ws.tm.getUnit(tmId, listed.id)) ?? listed;
    await this.ws.tm.deleteUnit(tmId, unit.id);
    await this._unitsChanged(tmId);
    this.notices.info(
      'memory.units.deleted',
      { source: unit.source.slice(0, 40) },
      {
        key: 'common.undo',
        run: async () => {
          await this.ws.tm.putUnit(tmId, unit);
          await this._unitsChanged(tmId);
        },
      },
    );
  }

  private async _unitsChanged(tmId: string) {
    // The Worker's copy (the concordance's and the matches' index) follows at once.
    const held = this._held.get(tmId);
    if (held) {
      const { catchUp } = await import('./memory-units.js');
      await catchUp(this._unitsContext, tmId, held).catch((e: unknown) => console.warn(e));
    }
    await this._refreshList();
    // The search asked last, not the one shown: a search typed while this was stored wins.
    const asked = this._unitsAsked;
    if (asked?.tm === tmId) await this.searchUnits(tmId, asked.phrase);
  }

  setOptions(options: Partial<MatchOptions>): void {
    const next = { ...this.state.options, ...options };
    this.set({ options: next });
    try {
      localStorage.setItem(OPTIONS_KEY, JSON.stringify(next));
    } catch {
      // Private mode: the choice lasts for this visit.
    }
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
    const run = async () => {
      const p = open.project;
      const known = new Set(this.state.tms.map((x) => x.id));
      let links = await this.ws.tm.links(p.id);
      if (!links || !known.has(links.write)) {
        const main = await this.mainTm(p.sourceLang, p.targetLang);
        links = {
          projectId: p.id,
          read: [...new Set([...(links?.read ?? []), main.id])],
          write: main.id,
        };
        await this.ws.tm.setLinks(links);
      }
      const tms = links.read.map((id) => this.tm(id)).filter((x): x is TmRecord => !!x);
      const total = tms.reduce((n, x) => n + x.size, 0);
      if (seq !== this._serveSeq) return;
      this.set({ links, serving: { status: 'loading', loaded: 0, total, ms: 0 } });
      void this._lookupActive();
      let loaded = 0;
      const lang = langCode(p.sourceLang);
      /** Indexes built (or caught up a lot) here, to be stored once matches are served. */
      const toSave: { tm: string; rev: number }[] = [];
      const held: HeldTm[] = [];
      for (const tm of tms) {
        const swap = tm.sourceLang !== p.sourceLang;
        const side = (units: TmUnit[]) => (swap ? units.map(swapped) : units);
        const rev = await this.ws.tm.revOf(tm.id);
        if (seq !== this._serveSeq) return;
        const ready = Promise.resolve(true);
        const h: HeldTm = { swap, lang, lookup: true, rev, loading: true, ready, queue: ready };
        this._held.set(tm.id, h);
        held.push(h);
        const stored = await this.ws.tm.loadSnapshot(tm.id, lang).catch((e: unknown) => {
          console.warn(e);
          return undefined;
        });
        if (seq !== this._serveSeq) return;
        if (stored) {
          // The index as built before, then the units changed since (re-read, or gone).
          const { index, units } = stored.snapshot;
          this.client.load(tm.id, index, units);
          loaded += units.ids.reduce((n, id) => (id ? n + 1 : n), 0);
          for (let i = 0; i < stored.changed.length; i += PAGE) {
            const ids = stored.changed.slice(i, i + PAGE);
            const now = await this.ws.tm.units(tm.id, ids);
            if (seq !== this._serveSeq) return;
            this.client.remove(tm.id, ids);
            this.client.add(tm.id, lang, side(now.filter((u): u is TmUnit => !!u)));
          }
          if (stored.changed.length > RESAVE_AFTER) toSave.push({ tm: tm.id, rev });
          this.set({ serving: { status: 'loading', loaded, total, ms: 0 } });
          continue;
        }
        let after: string | undefined;
        let read = 0;
        do {
          const page = await this.ws.tm.page(tm.id, after, PAGE);
          if (seq !== this._serveSeq) return;
          this.client.add(tm.id, lang, side(page.units));
          read += page.units.length;
          this.set({ serving: { status: 'loading', loaded: loaded + read, total, ms: 0 } });
          after = page.last;
        } while (after !== undefined);
        loaded += read;
        if (read > 0) toSave.push({ tm: tm.id, rev });
      }
      // Served once the Worker has indexed everything sent before this lookup.
      await this.client.lookup(links.read, [{ text: '', options: {} }]);
      if (seq !== this._serveSeq) return;
      const ms = performance.now() - started;
      for (const h of held) h.loading = false;
      this.set({ serving: { status: 'ready', loaded, total: loaded, ms } });
      await this._lookupActive();
      this._saving = this._saveIndexes(seq, lang, toSave);
    };
    this._serving = run().catch((e: unknown) => {
      // Closed meanwhile (the tab's services shut down): the failure is the closing's, not news.
      if (this._closed) return;
      console.warn(e);
      if (seq === this._serveSeq)
        this.set({ serving: { ...this.state.serving, status: 'failed' } });
    });
    await this._serving;
  }

  /**
   * Stores the indexes the Worker built, so the next project reading these TMs restores them
   * instead of reading and tokenising every unit. Best effort: a failure only costs that time.
   */
  private async _saveIndexes(seq: number, lang: string, list: { tm: string; rev: number }[]) {
    for (const { tm, rev } of list) {
      if (seq !== this._serveSeq) return;
      try {
        const built = await this.client.snapshot(tm);
        if (seq !== this._serveSeq) return;
        await this.ws.tm.saveSnapshot({ tm, lang, rev, savedAt: Date.now(), ...built });
      } catch (e) {
        if (this._closed) return;
        console.warn(e);
      }
    }
  }

  /** Lookup options for a row: the threshold and count, and its neighbours for 101 %. */
  private _queryFor(rows: readonly Segment[], i: number, min: number, max: number) {
    const options: LookupOptions = {
      min,
      max,
      prev: rows[i - 1]?.source,
      next: rows[i + 1]?.source,
    };
    return { text: rows[i].source, options };
  }

  private _onDocument(now: DocumentState, before: DocumentState) {
    const rows = now.current?.segments;
    const activeRow = (s: DocumentState) => s.current?.segments.find((x) => x.id === s.activeId);
    if (now.activeId !== before.activeId || activeRow(now)?.source !== activeRow(before)?.source)
      void this._lookupActive();
    // Rows confirmed just now (or changed while confirmed) go into the write TM at once.
    const prev = before.current?.segments;
    if (!rows || !prev || rows === prev || now.current?.doc.id !== before.current?.doc.id) return;
    const old = new Map(prev.map((s) => [s.id, s]));
    rows.forEach((s, i) => {
      const was = old.get(s.id);
      if (was === s || !isConfirmed(s.status) || !s.target.trim()) return;
      if (was && isConfirmed(was.status) && was.target === s.target && was.source === s.source)
        return;
      void this._remember(rows, i);
    });
  }

  /** Stores a confirmed row in the write TM (updating the unit it wrote before) and indexes it. */
  private async _remember(rows: readonly Segment[], i: number) {
    const cur = this.doc.current;
    const links = this.state.links;
    if (!cur || !links) return;
    const tm = this.tm(links.write);
    if (!tm) return;
    const row = rows[i];
    const id = `seg:${row.id}`;
    const now = Date.now();
    const who = this.session.who;
    const forward = tm.sourceLang === cur.project.sourceLang;
    const unit: TmUnit = {
      id,
      source: forward ? row.source : row.target,
      target: forward ? row.target : row.source,
      ...(forward ? { prev: rows[i - 1]?.source, next: rows[i + 1]?.source } : {}),
      ...(row.codes?.length ? { codes: row.codes } : {}),
      project: cur.project.name,
      document: cur.doc.name,
      author: who.author || t(`role.${who.role}`),
      createdAt: now,
      changedAt: now,
    };
    try {
      const stored = await this.ws.tm.putUnit(tm.id, unit);
      if (links.read.includes(tm.id))
        this.client.add(tm.id, langCode(cur.project.sourceLang), [
          forward ? stored : swapped(stored),
        ]);
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
      const query = this._queryFor(cur.segments, i, min, max);
      const { fitMatch, exactFromStore } = await fill();
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
    const rows = cur.segments;
    const results = await this.client.lookup(
      links.read,
      rows.map((_, i) => this._queryFor(rows, i, 50, 1)),
    );
    const input: AnalysisRow[] = rows.map((r, i) => ({
      source: r.source,
      prev: rows[i - 1]?.source,
      next: rows[i + 1]?.source,
    }));
    const best = new Map(input.map((r, i) => [r, results[i]?.[0]]));
    const { analyze } = await import('../core/tm/analyze.js');
    const analysis = analyze(input, (r) => best.get(r), langCode(cur.project.sourceLang));
    this.set({ analysis: { docId: cur.doc.id, result: analysis } });
    return analysis;
  }

  /** Every committed unit of a TM as TMX 1.4b (dates, authors, project as the TMX carries them). */
  async exportTmx(tmId: string): Promise<{ name: string; text: string } | undefined> {
    const tm = this.tm(tmId);
    if (!tm) return undefined;
    const units: TmUnit[] = [];
    let after: string | undefined;
    do {
      const page = await this.ws.tm.page(tm.id, after, PAGE);
      for (const u of page.units) units.push(u);
      after = page.last;
    } while (after !== undefined);
    const { writeTmUnitsTmx } = await import('../core/tm/files.js');
    const text = writeTmUnitsTmx(units, { sourceLang: tm.sourceLang, targetLang: tm.targetLang });
    return { name: `${tm.name.replace(/[\\/:*?"<>|]+/g, '_')}.tmx`, text };
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
    const results = await this.client.lookup(
      links.read,
      empty.map((i) => this._queryFor(rows, i, min, 1)),
    );
    const { pretranslatePatches } = await fill();
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
    this.set({ importing: { status: 'running', progress: 0, tm: tmId, units: 0, file: name } });
    const { importIntoTm, TmImportError } = await import('./memory-import.js');
    try {
      const report = await importIntoTm(this.ws, tm, name, file, {
        swap,
        signal: abort.signal,
        onProgress: (progress, units) =>
          this.set({ importing: { status: 'running', progress, tm: tmId, units, file: name } }),
      });
      await this._refreshList();
      this.set({
        importing: { status: 'done', progress: 1, tm: tmId, file: name },
        imported: report,
      });
      // A unit list opened meanwhile showed the TM as it was: show the units now committed.
      if (this.state.units?.tm === tmId) await this.searchUnits(tmId, this.state.units.phrase);
      if (this._project && this.state.links?.read.includes(tmId))
        await this._openProject(this.doc.current);
    } catch (e) {
      if (isAbort(e)) {
        this.set({ importing: { status: 'cancelled', progress: 0, tm: tmId, file: name } });
        return;
      }
      console.warn(e);
      const problem: TmImportProblem = e instanceof TmImportError ? e.problem : { kind: 'failed' };
      this.set({ importing: { status: 'failed', progress: 0, tm: tmId, problem, file: name } });
    }
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
