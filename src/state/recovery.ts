// When the workspace cannot be opened: why, what can still be read, and the ways out — download
// what can be read, open without the damaged part, or delete the workspace and start empty. The
// shell creates this service only after `openServices()` failed; it works without a workspace.
import {
  DB_VERSION,
  DEFAULT_DB_NAME,
  deleteWorkspace,
  leaveOutDamaged,
  salvageWorkspace,
  type KindCount,
  type SalvageKind,
  type SalvageReport,
} from '../store/index.js';
// The kinds' names only: the salvage itself loads when it runs.
import { CORE_KINDS } from '../store/salvage-kinds.js';
import { AppError, toAppError, type AppErrorKind } from './errors.js';
import { Service } from './service.js';

/**
 * `newer-version`: a newer release of the app wrote the database and this one cannot open it.
 * `damaged`: records that cannot be read; leaving them out lets the workspace open.
 * `unknown`: anything else (stores missing, the database refusing to open).
 */
export type RecoveryKind = 'newer-version' | 'damaged' | 'unknown';

export type { SalvageKind };

export interface Diagnosis {
  kind: RecoveryKind;
  /** Per kind of record: how many can be read (and downloaded) and how many are left out. */
  counts: Record<SalvageKind, KindCount>;
  /**
   * The kinds to show, in order: those every workspace has, and of the later parts (termbases, QA
   * data) only those it holds any of.
   */
  shown: SalvageKind[];
  kept: number;
  leftOut: number;
  /** Of `leftOut`, records sound themselves that belong to a project or document left out. */
  orphaned: number;
  /** Whether anything can be read, so that offering a download makes sense. */
  readable: boolean;
}

export interface RecoveryState {
  diagnosis: Diagnosis | null;
  /** An action is running. */
  busy: boolean;
  /** The kind of the last action's failure (`errors.<kind>` in locales), or null. */
  failure: AppErrorKind | null;
}

export class RecoveryService extends Service<RecoveryState> {
  /** The backup the diagnosis counted: the download matches the counts shown. */
  #json: string | null = null;

  constructor(readonly dbName: string = DEFAULT_DB_NAME) {
    super({ diagnosis: null, busy: false, failure: null });
  }

  /**
   * Reads everything that can be read and says what went wrong. `error` is what the open threw,
   * if anything: a VersionError names a newer release even before the database is read.
   */
  async diagnose(error?: unknown): Promise<Diagnosis> {
    return this.#run(async () => {
      const { json, report } = await salvageWorkspace(this.dbName);
      this.#json = json;
      const diagnosis = diagnosisOf(report, isVersionError(error));
      this.set({ diagnosis });
      return diagnosis;
    });
  }

  /** The backup of everything that can be read, as JSON text (the `bitext-workbench-backup` format). */
  async downloadSalvage(): Promise<string> {
    if (this.#json !== null) return this.#json;
    return this.#run(async () => (this.#json = (await salvageWorkspace(this.dbName)).json));
  }

  /**
   * Deletes the records the download leaves out, so that the next `openServices()` succeeds;
   * only for a `damaged` diagnosis. Resolves to what was left out.
   */
  async openWithoutDamaged(): Promise<Diagnosis> {
    return this.#run(async () => {
      if (this.state.diagnosis?.kind !== 'damaged')
        throw new AppError('invalid', 'only a damaged workspace is opened without its damage');
      const left = diagnosisOf(await leaveOutDamaged(this.dbName), false);
      this.#json = null;
      this.set({ diagnosis: null });
      return left;
    });
  }

  /** Deletes the whole workspace; the next `openServices()` starts empty. */
  async startEmpty(): Promise<void> {
    await this.#run(async () => {
      await deleteWorkspace(this.dbName);
      this.#json = null;
      this.set({ diagnosis: null });
    });
  }

  async #run<T>(fn: () => Promise<T>): Promise<T> {
    this.set({ busy: true, failure: null });
    try {
      return await fn();
    } catch (e) {
      const err = toAppError(e);
      this.set({ failure: err.kind });
      throw err;
    } finally {
      this.set({ busy: false });
    }
  }
}

function diagnosisOf(report: SalvageReport, versionError: boolean): Diagnosis {
  const all = Object.values(report.counts);
  const kept = all.reduce((n, c) => n + c.kept, 0);
  const leftOut = all.reduce((n, c) => n + c.leftOut, 0);
  // Leaving records out cannot bring back a missing store: that is not "damaged".
  const fixable = report.opened && report.unreadableStores.length === 0;
  const kind: RecoveryKind =
    versionError || report.version > DB_VERSION
      ? 'newer-version'
      : fixable && (leftOut > 0 || report.repaired > 0)
        ? 'damaged'
        : 'unknown';
  return {
    kind,
    counts: report.counts,
    shown: (Object.keys(report.counts) as SalvageKind[]).filter(
      (k) =>
        (CORE_KINDS as readonly string[]).includes(k) ||
        report.counts[k].kept + report.counts[k].leftOut > 0,
    ),
    kept,
    leftOut,
    orphaned: report.orphaned,
    readable: kept > 0,
  };
}

/** Whether the open failed because the stored schema is newer (the cause may be wrapped). */
function isVersionError(e: unknown): boolean {
  for (let x = e, depth = 0; x && depth < 5; depth++) {
    if ((x instanceof DOMException || x instanceof Error) && x.name === 'VersionError') return true;
    x = x instanceof Error ? x.cause : undefined;
  }
  return false;
}
