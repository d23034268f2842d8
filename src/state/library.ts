// The library service: the workspace's projects — list, create (the one way: from aligned rows
// or an imported file), rename, delete with undo — backups, and the jobs that prepare a new
// project (aligning two texts, parsing a file), each as state any element can show.
import type { Bead } from '../core/align/index.js';
import type { Bitext, ImportOptions } from '../core/formats/types.js';
import type { Lang, Project, Segment } from '../core/model.js';
import type { RowCounts } from '../core/progress.js';
import type { ProgressWatch } from './library-progress.js';
import {
  StoreError,
  requestPersistence,
  type ImportMode,
  type SegmentInit,
  type StoreErrorKind,
  type Workspace,
} from '../store/index.js';
import type { AlignInput } from '../workers/align-client.js';
import type { StagedImport } from '../workers/import-client.js';
import { loadStrings, t } from '../i18n/index.js';
import type { AlignCheckService } from './align-check.js';
import { toAppError } from './errors.js';
import { IDLE, isAbort, type Job } from './jobs.js';
import type { NoticeService } from './notices.js';
import { Service } from './service.js';

export interface CreateRequest {
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  rows: SegmentInit[];
}

/**
 * A bilingual file parsed by `parse`: what it holds (`result` without its pairs, `counts`) and the
 * ticket to create a project of it (`createFromImport`) or forget it (`dropImport`). Its rows
 * stay in the import Worker, which writes them to the workspace itself.
 */
export type ParsedImport = StagedImport;

/** A project to make of a parsed file, as the user named and directed it. */
export interface ImportCreateRequest {
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  /** `ParsedImport.ticket`. */
  ticket: number;
}

export interface LibraryState {
  projects: readonly Project[];
  /**
   * Each project's progress by project id, from the counts the store keeps per document (of the
   * local copy, for a team project). A project missing here shows none (its counts failed to load).
   */
  progress: ReadonlyMap<string, RowCounts>;
  /** Creating a project (writing its rows). */
  creating: Job;
  /** Aligning a source with its translation for a new project. */
  aligning: Job;
  /** Reading a bilingual file for import. */
  parsing: Job;
}

const DEMO_FLAG = 'bt.demoSeeded';
/**
 * Rows per transaction. Up to this many a project is written in one transaction; more are
 * written in batches of this size with progress (see `Projects.createInBatches`).
 */
export const CREATE_BATCH = 5_000;
/** Held by the tab writing a project in batches, so another tab's start leaves it alone. */
const CREATING_LOCK = (id: string) => `bt.creating.${id}`;

/** Runs `work` holding the Web Lock `name` (without Web Locks, just runs it). */
function holding<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request(name, work) as Promise<T>) : work();
}

/** Names of the Web Locks held now by any tab, or undefined where Web Locks are missing. */
async function heldLocks(): Promise<Set<string> | undefined> {
  try {
    const { held = [] } = (await globalThis.navigator?.locks?.query()) ?? {};
    return new Set(held.map((l) => l.name ?? ''));
  } catch {
    return undefined;
  }
}

export class LibraryService extends Service<LibraryState> {
  private _alignAbort?: AbortController;
  private _progress?: Promise<ProgressWatch>;
  private _swept = false;
  private _check?: AlignCheckService;

  constructor(
    private readonly ws: Workspace,
    private readonly notices: NoticeService,
    /** Writes edits still waiting for autosave, before a backup reads the workspace. */
    private readonly flush: () => Promise<void>,
  ) {
    super({ projects: [], progress: new Map(), creating: IDLE, aligning: IDLE, parsing: IDLE });
  }

  /**
   * The alignment being checked before it becomes a project (draft, re-align): its code loads
   * with the new-project page (`loadCheck`), not on a first visit.
   */
  get check(): AlignCheckService | undefined {
    return this._check;
  }

  async loadCheck(): Promise<AlignCheckService> {
    const { AlignCheckService } = await import('./align-check.js');
    return (this._check ??= new AlignCheckService(this.ws));
  }

  async load(): Promise<void> {
    if (!this._swept) {
      this._swept = true;
      await this._deleteAbandoned();
    }
    const [projects, progress] = await Promise.all([this.ws.projects.list(), this._readProgress()]);
    this.set({ projects, progress });
  }

  /**
   * The progress counts (library-progress.ts, loaded with the first load); on failure the last
   * ones stay — the list itself does not need them. Code that failed to load is tried again.
   */
  private async _readProgress(): Promise<ReadonlyMap<string, RowCounts>> {
    this._progress ??= import('./library-progress.js').then(
      (m) => new m.ProgressWatch(this.ws, (progress) => this.set({ progress })),
      (e: unknown) => {
        this._progress = undefined;
        throw e;
      },
    );
    try {
      return await (await this._progress).read();
    } catch {
      return this.state.progress;
    }
  }

  /**
   * A project whose rows a closed tab was still writing in batches is deleted at the next start
   * (it was never listed). One whose creating tab still holds its lock is left alone.
   */
  private async _deleteAbandoned(): Promise<void> {
    const held = await heldLocks();
    await this.ws.projects
      .deletePending((id) => held?.has(CREATING_LOCK(id)) ?? false)
      .catch(() => undefined);
  }

  /** Creates the demo project once per browser profile, when nothing is stored yet. */
  async seedDemoOnFirstVisit(): Promise<string | undefined> {
    if (localStorage.getItem(DEMO_FLAG) || this.state.projects.length > 0) return undefined;
    localStorage.setItem(DEMO_FLAG, '1');
    const { DEMO_ROWS } = await import('./demo.js');
    const rows = DEMO_ROWS.map((r) => ({ ...r, link: { source: 1, target: 1 }, confidence: 1 }));
    return this._write({ name: t('demo.name'), sourceLang: 'zh-Hans', targetLang: 'en', rows });
  }

  /**
   * A new project with its rows, all or nothing: in one transaction, or for more than
   * CREATE_BATCH rows in batches (`creating.progress` follows them) under a pending marker that
   * the last batch removes. While one is being created a second request is refused (a double
   * click creates one project). Resolves to the new project's id, or undefined when it failed
   * (the notice says why).
   */
  async create(req: CreateRequest): Promise<string | undefined> {
    return this._creating(() => this._write(req));
  }

  /**
   * A new project of a parsed file (`parse`), all or nothing as `create`: the import Worker
   * writes its rows to the workspace itself, in batches of CREATE_BATCH with progress, so the page
   * never holds them. Refused while another is being created; undefined when it failed (the
   * notice says why; the parsed file is kept, so Create can be tried again).
   */
  async createFromImport(req: ImportCreateRequest): Promise<string | undefined> {
    return this._creating(async () => {
      const { writeStaged, WriteError } = await import('../workers/import-client.js');
      const id = crypto.randomUUID();
      const project = {
        id,
        name: req.name,
        sourceLang: req.sourceLang,
        targetLang: req.targetLang,
      };
      try {
        // The lock tells another tab's start that this pending project is still being written.
        await holding(CREATING_LOCK(id), () =>
          writeStaged(req.ticket, { db: this.ws.name, project, batchSize: CREATE_BATCH }, (p) =>
            this.set({ creating: { status: 'running', progress: p } }),
          ),
        );
      } catch (e) {
        // The store's error, as the Worker's store reported it, for the notice to word it.
        if (e instanceof WriteError && e.kind)
          throw new StoreError(e.kind as StoreErrorKind, e.message, [], { reason: e.reason });
        throw e;
      }
      await this.load();
      return id;
    });
  }

  private async _creating(write: () => Promise<string>): Promise<string | undefined> {
    if (this.state.creating.status === 'running') return undefined;
    const first = this.state.projects.length === 0;
    this.set({ creating: { status: 'running', progress: 0 } });
    try {
      const id = await write();
      this.set({ creating: { status: 'done', progress: 1 } });
      if (first) {
        const p = await requestPersistence();
        this.notices.info(p.persisted ? 'notice.persisted' : 'notice.notPersisted');
      }
      return id;
    } catch (e) {
      const error = toAppError(e);
      this.set({ creating: { status: 'failed', progress: 0, error } });
      this.notices.error(error);
      return undefined;
    }
  }

  private async _write(req: CreateRequest): Promise<string> {
    const init = { name: req.name, sourceLang: req.sourceLang, targetLang: req.targetLang };
    let id: string;
    if (req.rows.length <= CREATE_BATCH) {
      // One transaction: the project exists with all its rows, or not at all.
      id = (await this.ws.projects.create(init, req.rows)).project.id;
    } else {
      id = crypto.randomUUID();
      await holding(CREATING_LOCK(id), () =>
        this.ws.projects.createInBatches({ ...init, id }, req.rows, {
          batchSize: CREATE_BATCH,
          onProgress: (n) =>
            this.set({ creating: { status: 'running', progress: n / req.rows.length } }),
        }),
      );
    }
    await this.load();
    return id;
  }

  async rename(id: string, name: string): Promise<void> {
    await this.ws.projects.rename(id, name);
    await this.load();
  }

  async delete(id: string): Promise<void> {
    const gone = await this.ws.projects.delete(id);
    await this.load();
    this.notices.info(
      'notice.projectDeleted',
      { name: gone.project.name },
      {
        key: 'common.undo',
        run: async () => {
          await this.ws.projects.restoreDeleted(gone);
          await this.load();
        },
      },
    );
  }

  // ---- jobs that prepare a new project -----------------------------------------------------

  /** Aligns two segmented texts in a Worker; undefined when cancelled or failed (see `aligning`). */
  async align(input: AlignInput): Promise<Bead[] | undefined> {
    this._alignAbort?.abort();
    const abort = (this._alignAbort = new AbortController());
    this.set({ aligning: { status: 'running', progress: 0 } });
    try {
      const { alignInWorker } = await import('../workers/align-client.js');
      const beads = await alignInWorker(input, {
        signal: abort.signal,
        onProgress: (progress) => {
          if (this._alignAbort === abort) this.set({ aligning: { status: 'running', progress } });
        },
      });
      this.set({ aligning: { status: 'done', progress: 1 } });
      return beads;
    } catch (e) {
      if (this._alignAbort !== abort) return undefined;
      this.set({
        aligning: isAbort(e)
          ? { status: 'cancelled', progress: 0 }
          : { status: 'failed', progress: 0, error: toAppError(e) },
      });
      return undefined;
    }
  }

  /** Starts the alignment Worker loading its lexicon ahead of `align` (cheap to repeat). */
  warmAligner(): void {
    void import('../workers/align-client.js').then((c) => c.warmAlignWorker());
  }

  cancelAlign(): void {
    this._alignAbort?.abort();
  }

  /**
   * Parses a bilingual file in a Worker, which keeps it for `createFromImport` (or `dropImport`);
   * rejects with the parser's error (file, line). Give the File itself rather than its bytes: TMX
   * and XLIFF are then read from it a chunk at a time, and `parsing.progress` follows the share of
   * it read. Only what the file holds comes back, never its pairs.
   */
  async parse(
    name: string,
    source: Blob | Uint8Array,
    options?: ImportOptions,
  ): Promise<ParsedImport> {
    this.set({ parsing: { status: 'running', progress: 0 } });
    try {
      const { stageInWorker } = await import('../workers/import-client.js');
      const r = await stageInWorker(name, source, options, {
        onProgress: (progress) => this.set({ parsing: { status: 'running', progress } }),
      });
      this.set({ parsing: { status: 'done', progress: 1 } });
      return r;
    } catch (e) {
      this.set({ parsing: { status: 'failed', progress: 0, error: toAppError(e, 'invalidFile') } });
      throw e;
    }
  }

  /** Forgets a parsed file no project will be made of (the dialog closed, the file read again). */
  dropImport(ticket: number): void {
    void import('../workers/import-client.js').then((c) => c.dropStaged(ticket));
  }

  /**
   * Every document of a project, for the export writers. The open document's rows are taken as
   * the editor shows them, so an edit still waiting for autosave is exported too.
   */
  async exportBitext(
    project: Project,
    open?: { docId: string; segments: readonly Segment[] },
  ): Promise<Bitext> {
    const { projectBitext } = await import('./exchange.js');
    return projectBitext(this.ws, project, open);
  }

  // ---- backup -------------------------------------------------------------------------------

  async exportBackup(): Promise<string> {
    await this.flush();
    return this.ws.exportBackupJSON();
  }

  /** Restores a backup; a file that does not validate changes nothing and says why. */
  async importBackup(text: string, mode: ImportMode): Promise<boolean> {
    try {
      const s = await this.ws.importBackup(text, mode);
      await this.load();
      this.notices.info('notice.backupRestored', { ...s });
      return true;
    } catch (e) {
      // The reason in the user's words; the details (which records, why) go to the console.
      console.warn(e);
      const code = e instanceof StoreError && e.reason ? e.reason : 'other';
      // Its words load only when a backup is refused.
      await loadStrings('backupRefused');
      this.notices.show({
        kind: 'error',
        key: 'notice.backupRejected',
        params: { reason: t(`backupRefused.${code}`) },
      });
      return false;
    }
  }
}
