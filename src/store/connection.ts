// One open connection to the workspace database: transactions with error mapping, the
// cross-tab channel, close notifications and corrupt-record reports. Repositories build on it.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_VERSION, migrate, type BitextDB, type StoreName } from './schema.js';
import { loadCounts } from './rows.js';
import { StoreError, toStoreError } from './errors.js';

export type WriteTx = IDBPTransaction<BitextDB, StoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<BitextDB, StoreName[], 'readonly'>;

/** What changed, announced to the other tabs of the same workspace. */
export interface ChangeMessage {
  type:
    | 'segments'
    | 'structure'
    | 'projects'
    | 'versions'
    | 'settings'
    | 'workspace'
    | 'qa'
    | 'termbases'
    /** A TM renamed, deleted or brought back (its units' changes are not announced). */
    | 'tms';
  projectId?: string;
  docId?: string;
  segmentIds: string[];
  /** 'termbases': the one entry added, changed or deleted, when only one was. */
  entry?: { termbaseId: string; id: string };
  /** 'termbases': written for a team project's shared termbase (state/team-terms.ts). */
  origin?: 'team';
}

/**
 * Why the connection closed: another tab opened a newer schema (`upgrade`) or deleted the
 * database (`deleted`), the browser dropped it (`terminated`), or the app closed it (`closed`).
 */
export type CloseReason = 'upgrade' | 'deleted' | 'terminated' | 'closed';

export interface CorruptRecord {
  store: StoreName;
  key: string;
  problem: string;
}

export interface OpenOptions {
  /** Called while older connections (other tabs) keep this upgrade waiting. */
  onBlocked?: () => void;
}

/** Test seam: return an error to make the next write abort with it (the database stays real). */
export type FaultInjector = (stores: StoreName[]) => Error | undefined;

/** The version a database is stored at (0: none), or 0 when the browser cannot say. */
async function storedVersion(name: string): Promise<number> {
  try {
    const all = await indexedDB.databases();
    return all.find((d) => d.name === name)?.version ?? 0;
  } catch {
    return 0;
  }
}

export class Connection {
  private db: IDBPDatabase<BitextDB> | null;
  private readonly channel: BroadcastChannel;
  private readonly changeListeners = new Set<(m: ChangeMessage) => void>();
  private readonly ownListeners = new Set<(m: ChangeMessage) => void>();
  private readonly closeListeners = new Set<(r: CloseReason) => void>();
  private readonly corruptListeners = new Set<(c: CorruptRecord) => void>();
  closeReason: CloseReason | null = null;
  fault: FaultInjector | null = null;

  private constructor(
    readonly name: string,
    db: IDBPDatabase<BitextDB>,
  ) {
    this.db = db;
    this.channel = new BroadcastChannel(`bitext-workbench:${name}`);
    this.channel.onmessage = (e: MessageEvent<ChangeMessage>) => {
      for (const l of this.changeListeners) l(e.data);
    };
  }

  static async open(name: string, opts: OpenOptions = {}): Promise<Connection> {
    let conn: Connection | null = null;
    // Events can arrive before the constructor has run; remember them and replay.
    let early: CloseReason | null = null;
    // An upgrade to v10 counts the rows stored (schema.ts): its code is loaded first, as a
    // transaction cannot wait for a download. A workspace already at v10 does not need it yet.
    if ((await storedVersion(name)) < DB_VERSION) await loadCounts();
    const db = await openDB<BitextDB>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => {
        // A failed migration must not leave a half-upgraded database: abort the upgrade.
        tx.done.catch(() => undefined);
        migrate(database, oldVersion, tx).catch(() => tx.abort());
      },
      blocked: () => opts.onBlocked?.(),
      blocking: (_current, next) => {
        // A deletion asks with no new version.
        const reason = next === null ? 'deleted' : 'upgrade';
        if (conn) conn.shut(reason);
        else early = reason;
      },
      terminated: () => (conn ? conn.shut('terminated') : (early = 'terminated')),
    }).catch((e: unknown) => {
      throw toStoreError(e);
    });
    conn = new Connection(name, db);
    if (early) conn.shut(early);
    return conn;
  }

  /** Closes the connection (letting another tab's upgrade proceed) and tells the app why. */
  shut(reason: CloseReason): void {
    if (this.closeReason) return;
    this.closeReason = reason;
    this.db?.close();
    this.db = null;
    this.channel.close();
    for (const l of this.closeListeners) l(reason);
  }

  live(): IDBPDatabase<BitextDB> {
    if (!this.db) throw new StoreError('closed', `workspace closed (${this.closeReason})`);
    return this.db;
  }

  /**
   * One read-write transaction that commits durably; any failure aborts all of it. `relaxed`
   * skips the flush to disk, for a write that a later strict one makes durable along with it.
   */
  async write<T>(
    stores: StoreName[],
    fn: (tx: WriteTx) => Promise<T>,
    durability: 'strict' | 'relaxed' = 'strict',
  ): Promise<T> {
    let tx: WriteTx | null = null;
    try {
      // A write of rows changes their counts (rows.ts): their code is there before it starts.
      if (stores.includes('docCounts')) await loadCounts();
      tx = this.live().transaction(stores, 'readwrite', { durability });
      // Aborting rejects `done`; we report the cause ourselves.
      tx.done.catch(() => undefined);
      const result = await fn(tx);
      const injected = this.fault?.(stores);
      if (injected) throw injected;
      await tx.done;
      return result;
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // Already finished or aborted: nothing was committed by this call.
      }
      throw toStoreError(e);
    }
  }

  async read<T>(stores: StoreName[], fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    try {
      const tx = this.live().transaction(stores, 'readonly');
      tx.done.catch(() => undefined);
      return await fn(tx);
    } catch (e) {
      throw toStoreError(e);
    }
  }

  announce(m: ChangeMessage): void {
    if (this.closeReason) return;
    this.channel.postMessage(m);
    for (const l of this.ownListeners) l(m);
  }

  /** This connection's own changes, once committed (what `announce` tells the other tabs). */
  onOwnChange(l: (m: ChangeMessage) => void): () => void {
    this.ownListeners.add(l);
    return () => this.ownListeners.delete(l);
  }

  reportCorrupt(c: CorruptRecord): void {
    for (const l of this.corruptListeners) l(c);
  }

  onChange(l: (m: ChangeMessage) => void): () => void {
    this.changeListeners.add(l);
    return () => this.changeListeners.delete(l);
  }
  onClose(l: (r: CloseReason) => void): () => void {
    this.closeListeners.add(l);
    return () => this.closeListeners.delete(l);
  }
  onCorrupt(l: (c: CorruptRecord) => void): () => void {
    this.corruptListeners.add(l);
    return () => this.corruptListeners.delete(l);
  }
}
