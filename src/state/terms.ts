// The terms service: the workspace's termbases (per language pair; any serves both directions),
// which of them the open project reads and the one its new terms go to, recognition in the open
// project's direction, Add term, editing and deleting an entry, browsing a termbase's entries
// (terms-browse.ts), import with progress, export. Parsers and writers load on first use, so a
// first visit carries none of them.
import type { TermEntry, TermHit, TermbaseSummary } from '../core/terms/types.js';
import type { EntryForm } from '../core/terms/edit.js';
import type { TermIndex } from '../core/terms/recognize.js';
import type { TermCheck } from '../core/terms/check.js';
import type { TermbaseFormat } from '../core/formats/termbase.js';
import type { Project } from '../core/model.js';
import type { ChangeMessage, TermbaseMeta, Workspace } from '../store/index.js';
import type { DocumentService } from './document.js';
import type { SessionService } from './session.js';
import { toAppError } from './errors.js';
import { IDLE, type Job } from './jobs.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';
import { BROWSE_LIMIT, TermBrowser, type TermbaseBrowse } from './terms-browse.js';
import { EntryEditor, entryRef, type TermEntryEdit } from './terms-entries.js';

export { entryRef, type TermEntryEdit };

export interface TermsState {
  termbases: readonly TermbaseMeta[];
  /** The open project's choice: termbases it reads, and the one Add term writes to. */
  read: readonly string[];
  write?: string;
  /** Recognition over the read termbases, in the open project's direction; replaced on change. */
  index?: TermIndex;
  /** Importing a termbase file: reading it, then writing its entries. */
  importing: Job;
}

export interface AddTermRequest {
  source: string;
  target: string;
  note?: string;
  forbidden?: boolean;
}

export interface TermsExport {
  name: string;
  mime: string;
  text: string;
}

const MIME: Record<TermbaseFormat, string> = {
  tbx: 'application/x-tbx+xml',
  tsv: 'text/tab-separated-values',
  csv: 'text/csv',
};

/** A chunk of text read at a time when a TBX is streamed (progress between chunks). */
const CHUNK = 256 * 1024;

const serves = async (tb: TermbaseMeta, p: Pick<Project, 'sourceLang' | 'targetLang'>) =>
  (await import('../core/terms/langs.js')).servesPair(tb, p);

export class TermsService extends Service<TermsState> {
  private _project?: Project;
  private _seq = 0;
  /** Loads under way: while one is, an entry added, edited or deleted is loaded again, not in place. */
  private _loading = 0;
  private readonly _browser: TermBrowser;
  private readonly _entries: EntryEditor;

  constructor(
    private readonly ws: Workspace,
    document: DocumentService,
    private readonly session: SessionService,
    private readonly notices: NoticeService,
  ) {
    super({ termbases: [], read: [], importing: IDLE });
    this._browser = new TermBrowser(ws);
    this._entries = new EntryEditor(ws, session, notices, {
      project: () => this._project,
      reload: () => this.openProject(this._project),
      changed: (termbaseId, old, next) => this.recognise(termbaseId, next, old),
    });
    document.onOpen((doc) => this.openProject(doc?.project));
    const changed = (m: ChangeMessage) => {
      // Another project's choice of termbases changes nothing this one reads.
      if (m.type === 'termbases' && m.projectId && m.projectId !== this._project?.id) return;
      // A restore in another tab ('workspace') may have replaced the termbases too. A read that
      // fails (the workspace closing) keeps the index as it was until the next change.
      if (m.type === 'termbases' && m.entry)
        this._changedElsewhere(m.entry.termbaseId, m.entry.id).catch(() => undefined);
      else if (m.type === 'termbases' || m.type === 'workspace')
        this.openProject(this._project).catch(() => undefined);
    };
    ws.subscribe(changed);
    // What a team project's members changed, written in this tab by the team code.
    ws.onOwnChange((m) => m.origin === 'team' && changed(m));
  }

  /** Terms of the open project's termbases found in a text (none before any is read). */
  find(text: string): TermHit[] {
    return this.state.index?.find(text) ?? [];
  }

  /** Loads the termbases and the project's choice; a project without one reads those of its pair. */
  async openProject(project: Project | undefined): Promise<void> {
    const seq = ++this._seq;
    this._loading++;
    try {
      await this.load(project, seq);
    } finally {
      this._loading--;
    }
  }

  private async load(project: Project | undefined, seq: number): Promise<void> {
    this._project = project;
    const termbases = await this.ws.termbases.list();
    if (!project) {
      if (seq === this._seq) this.set({ termbases, read: [], write: undefined, index: undefined });
      return;
    }
    const choice = await this.ws.termbases.forProject(project.id);
    const known = new Set(termbases.map((t) => t.id));
    let read: string[] = [];
    let write: string | undefined;
    if (choice) {
      read = choice.read.filter((id) => known.has(id));
      write = choice.write && known.has(choice.write) ? choice.write : undefined;
    } else {
      // Until the project chooses, it reads every termbase of its pair.
      for (const tb of termbases) if (await serves(tb, project)) read.push(tb.id);
    }
    if (!choice) write = read[0];
    const index = await this.buildIndex(project, read);
    if (seq !== this._seq) return;
    this.set({ termbases, read, write, index });
  }

  private async buildIndex(project: Project, read: readonly string[]) {
    if (read.length === 0) return undefined;
    const { TermIndex } = await import('../core/terms/recognize.js');
    const index = new TermIndex(project.sourceLang, project.targetLang);
    let n = 0;
    for (const id of read)
      for (const e of await this.ws.termbases.entries(id)) {
        // Hits name their entries by termbase and id, so Edit finds the one a hit came from.
        index.add({ ...e, id: entryRef(id, e.id) });
        // A big termbase is indexed a slice at a time, so the page keeps answering meanwhile.
        if (++n % 5000 === 0) await new Promise((r) => setTimeout(r, 0));
      }
    return index;
  }

  /**
   * QA's `term` check over the termbases the open project reads, in its direction, for
   * `checkDocument(rows, ctx, { extra: [check] })`; undefined when it reads none.
   */
  termCheck(): Promise<TermCheck | undefined> {
    // Built once per termbase choice (an index of every entry): QA asks for it on every check.
    const key = this.state.index;
    let c = this._check;
    if (!c || c.key !== key || c.project !== this._project)
      c = this._check = { key, project: this._project, check: this._buildCheck() };
    return c.check;
  }

  private _check?: { key: unknown; project?: Project; check: Promise<TermCheck | undefined> };

  private async _buildCheck(): Promise<TermCheck | undefined> {
    const p = this._project;
    if (!p || this.state.read.length === 0) return undefined;
    const { termCheck } = await import('../core/terms/check.js');
    const entries: TermEntry[] = [];
    for (const id of this.state.read) entries.push(...(await this.ws.termbases.entries(id)));
    return termCheck(entries, p.sourceLang, p.targetLang);
  }

  /** Chooses which termbases the open project reads and the one new terms go to. */
  async choose(read: readonly string[], write?: string): Promise<void> {
    const p = this._project;
    if (!p) return;
    await this.ws.termbases.setForProject({ projectId: p.id, read: [...read], write });
    await this.openProject(p);
  }

  /** A new, empty termbase for the open project's pair, read by it and receiving its new terms. */
  async create(name: string): Promise<TermbaseMeta | undefined> {
    const p = this._project;
    if (!p) return undefined;
    const tb = await this.ws.termbases.create({
      name,
      sourceLang: p.sourceLang,
      targetLang: p.targetLang,
    });
    await this.ws.termbases.setForProject({
      projectId: p.id,
      read: [...this.state.read, tb.id],
      write: tb.id,
    });
    await this.openProject(p);
    return tb;
  }

  /**
   * Imports a termbase file (.tbx, .tsv, .csv) as a new termbase read by the open project.
   * `importing.progress` runs to ½ while the file is read and to 1 while its entries are written.
   * A file the project's pair cannot use is refused, naming the languages it has.
   */
  async importFile(name: string, file: Blob): Promise<TermbaseSummary | undefined> {
    const p = this._project;
    if (!p) return undefined;
    const progress = (x: number) => this.set({ importing: { status: 'running', progress: x } });
    progress(0);
    try {
      const { termbaseFormat, importTermbase } = await import('../core/formats/termbase.js');
      const { assertServes } = await import('../core/terms/langs.js');
      let data;
      if (termbaseFormat(name) === 'tbx') data = await this.streamTbx(name, file, progress);
      else
        data = importTermbase(name, new Uint8Array(await file.arrayBuffer()), {
          sourceLang: p.sourceLang,
          targetLang: p.targetLang,
        });
      assertServes(data.summary.langs, p.sourceLang, p.targetLang);
      const entries = uniqueIds(data.entries);
      const tb = await this.ws.termbases.create(
        {
          name: name.replace(/\.[^.]+$/, ''),
          sourceLang: p.sourceLang,
          targetLang: p.targetLang,
        },
        entries,
        { onProgress: (n) => progress(0.5 + (0.5 * n) / Math.max(1, entries.length)) },
      );
      await this.ws.termbases.setForProject({
        projectId: p.id,
        read: [...this.state.read, tb.id],
        write: this.state.write ?? tb.id,
      });
      await this.openProject(p);
      this.set({ importing: { status: 'done', progress: 1 } });
      this.notices.show({
        kind: 'info',
        // "(1 duplicate merged)" only when some were: its own plural, by the merged count.
        key: data.summary.merged > 0 ? 'terms.importedMerged' : 'terms.imported',
        params: { name: tb.name, count: data.summary.entries, merged: data.summary.merged },
      });
      return data.summary;
    } catch (e) {
      const error = toAppError(e, 'invalidFile');
      this.set({ importing: { status: 'failed', progress: 0, error } });
      throw e;
    }
  }

  private async streamTbx(name: string, file: Blob, progress: (x: number) => void) {
    const { tbxStream } = await import('../core/formats/tbx.js');
    const { decodeText } = await import('../core/formats/decode.js');
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Decoded whole (the encoding is decided on all of it), then parsed a chunk at a time with a
    // pause between chunks, so the progress bar moves and the page stays responsive.
    const { text } = decodeText(bytes, undefined, name);
    const stream = tbxStream(name);
    for (let i = 0; i < text.length; i += CHUNK) {
      stream.write(text.slice(i, i + CHUNK));
      progress((0.5 * Math.min(text.length, i + CHUNK)) / text.length);
      await new Promise((r) => setTimeout(r, 0));
    }
    return stream.end();
  }

  /** A termbase as a TBX, TSV or CSV file, the open project's source language first. */
  async exportTermbase(id: string, format: TermbaseFormat): Promise<TermsExport> {
    const tb = await this.ws.termbases.get(id);
    if (!tb) throw new Error(`no termbase ${id}`);
    const { exportTermbase } = await import('../core/formats/termbase.js');
    const source = this._project?.sourceLang ?? tb.sourceLang;
    const target = this._project?.targetLang ?? tb.targetLang;
    const text = exportTermbase(await this.ws.termbases.entries(id), format, source, target);
    return { name: `${tb.name}.${format}`, mime: MIME[format], text };
  }

  async remove(id: string): Promise<void> {
    await this.ws.termbases.remove(id);
    await this.openProject(this._project);
  }

  /**
   * Adds a term pair to the termbase new terms go to (made, named after the project, when there
   * is none yet) and recognises it at once.
   */
  async addTerm(req: AddTermRequest): Promise<void> {
    const p = this._project;
    const source = req.source.trim();
    const target = req.target.trim();
    if (!p || !source) return;
    let write = this.state.write;
    if (!write) write = (await this.create(p.name))?.id;
    if (!write) return;
    const now = Date.now();
    const author = this.session.who.author || undefined;
    const entry: TermEntry = {
      id: crypto.randomUUID(),
      terms: { [p.sourceLang]: [{ text: source, status: 'preferred', author, changedAt: now }] },
      author,
      createdAt: now,
    };
    if (target)
      entry.terms[p.targetLang] = [
        { text: target, status: req.forbidden ? 'forbidden' : 'preferred', author, changedAt: now },
      ];
    if (req.note?.trim()) entry.note = req.note.trim();
    try {
      await this.ws.termbases.putEntry(write, entry);
    } catch (e) {
      this.notices.show({ kind: 'error', key: toAppError(e).key });
      return;
    }
    await this.recognise(write, entry);
    this.notices.show({ kind: 'info', key: 'terms.added', params: { source, target } });
  }

  /**
   * An entry added, changed or deleted (`next` its text now, `old` as it was indexed, or only its
   * id when another tab changed it), recognised at once: the index changes in place of reading
   * every entry of the termbases again (a second and more with 100,000 of them). A termbase the
   * project does not read changes only the list's counts. The index is loaded again instead
   * while a load is under way, or when an old term shared its key with another entry's.
   */
  private async recognise(
    termbaseId: string,
    next?: TermEntry,
    old?: TermEntry | string,
  ): Promise<void> {
    const p = this._project;
    const { index, read } = this.state;
    const reads = read.includes(termbaseId);
    if (!p || this._loading > 0 || (reads && !index)) return this.openProject(p);
    const seq = this._seq;
    const termbases = await this.ws.termbases.list();
    if (seq !== this._seq || this._loading > 0 || this.state.index !== index)
      return this.openProject(p);
    if (!reads || !index) return this.set({ termbases });
    const ref = (e: TermEntry) => ({ ...e, id: entryRef(termbaseId, e.id) });
    const without =
      old === undefined
        ? index
        : typeof old === 'string'
          ? index.withoutEntryId(entryRef(termbaseId, old))
          : index.withoutEntry(ref(old));
    if (!without) return this.openProject(p);
    this.set({ termbases, index: next ? without.withEntry(ref(next)) : without });
  }

  /** One entry changed in another tab: read alone, and recognised in place where it can be. */
  private async _changedElsewhere(termbaseId: string, entryId: string): Promise<void> {
    const next = await this.ws.termbases.getEntry(termbaseId, entryId);
    await this.recognise(termbaseId, next, entryId);
  }

  /** The entry a hit names, as the form shows it (see `EntryEditor.toEdit`). */
  entryToEdit(ref: string): Promise<TermEntryEdit | undefined> {
    return this._entries.toEdit(ref);
  }

  /** Saves the form's values into the entry a hit names, and recognises them at once. */
  editEntry(ref: string, form: EntryForm): Promise<void> {
    return this._entries.save(ref, form);
  }

  /** Deletes the entry a hit names. */
  removeEntry(ref: string): Promise<void> {
    return this._entries.remove(ref);
  }

  /**
   * The entries of a termbase holding `query` (all for an empty one), the first `limit` of them,
   * in the open project's direction; undefined, with a notice, when they cannot be read.
   */
  async browse(
    termbaseId: string,
    query: string,
    limit = BROWSE_LIMIT,
  ): Promise<TermbaseBrowse | undefined> {
    const tb = this.state.termbases.find((t) => t.id === termbaseId);
    if (!tb) return undefined;
    const sourceLang = this._project?.sourceLang ?? tb.sourceLang;
    const targetLang = this._project?.targetLang ?? tb.targetLang;
    try {
      const r = await this._browser.search(termbaseId, sourceLang, targetLang, query, limit);
      const shown = r.shown.map(({ entry, source, target }) => ({
        ref: entryRef(termbaseId, entry.id),
        source,
        target,
        note: entry.note,
      }));
      return { termbaseId, query, total: r.total, shown, sourceLang, targetLang };
    } catch (e) {
      this.notices.show({ kind: 'error', key: toAppError(e).key });
      return undefined;
    }
  }

  /** The entry browser closed: the entries it kept are let go. */
  endBrowse(): void {
    this._browser.drop();
  }
}

/** Entry ids are keys within a termbase: a file that repeats one keeps both entries. */
function uniqueIds(entries: TermEntry[]): TermEntry[] {
  const seen = new Set<string>();
  for (const e of entries) {
    let id = e.id;
    for (let n = 2; seen.has(id); n++) id = `${e.id}-${n}`;
    e.id = id;
    seen.add(id);
  }
  return entries;
}
