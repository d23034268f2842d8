// The workspace: one object the app holds, giving typed access to everything stored.
import { deleteDB } from 'idb';
import {
  Connection,
  type ChangeMessage,
  type CloseReason,
  type CorruptRecord,
  type FaultInjector,
  type OpenOptions,
} from './connection.js';
import type { Backup, ImportMode, ImportSummary } from './backup.js';
import type { Salvage, SalvageReport } from './salvage.js';
import { History } from './history.js';
import { replay, undoState, type Replayed, type UndoState } from './undo-log.js';
import { Documents, Projects } from './projects.js';
import { Drafts } from './drafts.js';
import { Segments } from './segments.js';
import { SettingsRepo } from './settings.js';
import { Structure } from './structure.js';
import type { Termbases } from './termbases.js';
import type { TmRepo } from './tm.js';
import { Versions } from './versions.js';
import { QaRepo } from './qa.js';
import type { Who } from './util.js';

export const DEFAULT_DB_NAME = 'bitext-workbench';

// Backup and restore (with the schemas that check a file) load when first used: a first visit
// never needs them.
const backupModule = () => import('./backup.js');
// Recovery too: it runs only when a workspace cannot be opened.
const salvageModule = () => import('./salvage.js');

export class Workspace {
  readonly projects: Projects;
  readonly documents: Documents;
  readonly segments: Segments;
  /** Structural changes and bulk edits, each one undoable step. */
  readonly structure: Structure;
  readonly history: History;
  readonly versions: Versions;
  readonly settings: SettingsRepo;
  /** Quality checks: ignored findings and project settings. */
  readonly qa: QaRepo;

  readonly termbases: Termbases;

  /** The alignment being checked before it becomes a project. */
  readonly drafts: Drafts;
  /**
   * Translation memories and their units. Their code loads with the first call: only the TM
   * services use it, after the first paint (every method returns a promise).
   */
  readonly tm: TmRepo;

  constructor(private readonly conn: Connection) {
    this.projects = new Projects(conn);
    this.documents = new Documents(conn);
    this.segments = new Segments(conn);
    this.structure = new Structure(conn);
    this.history = new History(conn);
    this.versions = new Versions(conn);
    this.settings = new SettingsRepo(conn);
    this.qa = new QaRepo(conn);

    // The termbase code, like the TM's, loads with the services that use it, after the first paint.
    this.termbases = loadedOnUse(() => import('./termbases.js').then((m) => new m.Termbases(conn)));

    this.drafts = new Drafts(conn);
    this.tm = loadedOnUse(() => import('./tm.js').then((m) => new m.TmRepo(conn)));
  }

  get name(): string {
    return this.conn.name;
  }

  /** Why the connection closed, or null while it is open. */
  get closed(): CloseReason | null {
    return this.conn.closeReason;
  }

  /** Shorthand for `segments.edit`. */
  edit: Segments['edit'] = (...args) => this.segments.edit(...args);

  undo(docId: string, who: Who): Promise<Replayed | null> {
    return replay(this.conn, docId, true, who);
  }

  redo(docId: string, who: Who): Promise<Replayed | null> {
    return replay(this.conn, docId, false, who);
  }

  /** Whether `tab` (see Who.tab) can undo or redo in the document. */
  undoState(docId: string, tab?: string): Promise<UndoState> {
    return undoState(this.conn, docId, tab);
  }

  async exportBackup(): Promise<Backup> {
    return (await backupModule()).exportBackup(this.conn);
  }

  async exportBackupJSON(): Promise<string> {
    return JSON.stringify(await this.exportBackup());
  }

  async importBackup(input: string | unknown, mode: ImportMode): Promise<ImportSummary> {
    return (await backupModule()).importBackup(this.conn, input, mode);
  }

  /** Changes made by other tabs (or other connections) of this workspace. */
  subscribe(listener: (m: ChangeMessage) => void): () => void {
    return this.conn.onChange(listener);
  }

  /** This tab's own changes, once committed (what `subscribe` tells the other tabs). */
  onOwnChange(listener: (m: ChangeMessage) => void): () => void {
    return this.conn.onOwnChange(listener);
  }

  /** Called once when the connection closes; `upgrade` means a newer version opened elsewhere. */
  onClose(listener: (reason: CloseReason) => void): () => void {
    return this.conn.onClose(listener);
  }

  /** Damaged records found while reading (they are left out of the results). */
  onCorrupt(listener: (c: CorruptRecord) => void): () => void {
    return this.conn.onCorrupt(listener);
  }

  close(): void {
    this.conn.shut('closed');
  }

  /** Test seam: make writes fail (e.g. with a QuotaExceededError) until reset with null. */
  injectFault(f: FaultInjector | null): void {
    this.conn.fault = f;
  }
}

/** Opens a new connection. Tests pass their own throwaway `dbName`. */
export async function openWorkspace(
  dbName = DEFAULT_DB_NAME,
  opts: OpenOptions = {},
): Promise<Workspace> {
  return new Workspace(await Connection.open(dbName, opts));
}

const cache = new Map<string, Promise<Workspace>>();

/**
 * The app's shared workspace: opened once and reused; a failed open or a closed connection
 * is forgotten, so the next call tries again.
 */
export function getWorkspace(dbName = DEFAULT_DB_NAME, opts: OpenOptions = {}): Promise<Workspace> {
  const hit = cache.get(dbName);
  if (hit) return hit;
  const p = openWorkspace(dbName, opts).then(
    (ws) => {
      ws.onClose(() => cache.delete(dbName));
      return ws;
    },
    (e: unknown) => {
      cache.delete(dbName);
      throw e;
    },
  );
  cache.set(dbName, p);
  return p;
}

/** Deletes a workspace database (tests, "erase everything"). */
export async function deleteWorkspace(dbName: string): Promise<void> {
  await deleteDB(dbName);
}

/**
 * Everything still readable in a workspace the app cannot open, as a backup, and what was left
 * out. Reads only; works on a database a newer release wrote.
 */
export async function salvageWorkspace(dbName = DEFAULT_DB_NAME): Promise<Salvage> {
  return (await salvageModule()).salvageWorkspace(dbName);
}

/** Deletes what `salvageWorkspace` leaves out, so the workspace opens with the rest. */
export async function leaveOutDamaged(dbName = DEFAULT_DB_NAME): Promise<SalvageReport> {
  return (await salvageModule()).leaveOutDamaged(dbName);
}

/** An object whose async methods load it on their first call (see `Workspace.tm`). */
function loadedOnUse<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  return new Proxy({} as T, {
    get(own, name) {
      // A method set on it (a test's spy) wins; not a thenable, nor anything else probed for.
      if (Object.hasOwn(own, name)) return (own as Record<string | symbol, unknown>)[name];
      if (typeof name !== 'string' || name === 'then') return undefined;
      return async (...args: unknown[]) => {
        const o = await (loaded ??= load());
        return (o[name as keyof T] as (...a: unknown[]) => unknown).apply(o, args);
      };
    },
  });
}
