// Translation memories: TM records, their units, staged (all-or-nothing) imports, and which TMs a
// project reads and writes. Units are keyed [tm, id]; a unit written from a project row has the id
// `seg:<row id>`, so confirming the row again updates it instead of adding another.
import type { Lang } from '../core/model.js';
import type { TmUnit } from '../core/tm/types.js';
import type { Connection } from './connection.js';
import { StoreError } from './errors.js';
import {
  dupKey,
  importOf,
  type StoredTm,
  type StoredTmSnapshot,
  type StoredTmUnit,
  type TmLinks,
  type TmRecord,
} from './tm-records.js';
import { newId } from './util.js';

const unitRange = (tm: string) => IDBKeyRange.bound([tm], [tm, []]);
/** The units an import staged: their ids are `<imp>.<n>`. */
const importRange = (tm: string, imp: string) =>
  IDBKeyRange.bound([tm, `${imp}.`], [tm, `${imp}.\uffff`]);
const parts = () => import('./tm-snapshot-parts.js');
/** Changes kept in a TM's log for stored indexes to catch up with; older ones make them stale. */
const LOG_MAX = 5_000;

/** A copy without the fields named (the store's own bookkeeping). */
function without<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...o };
  for (const k of keys) delete copy[k];
  return copy as Omit<T, K>;
}

const plain = (t: StoredTm): TmRecord =>
  without(t, 'deletedAt', 'pending', 'rev', 'log', 'logFrom');
const asUnit = (u: StoredTmUnit): TmUnit => without(u, 'tm', 'dk', 'imp');
/** Whether a unit belongs to an import still being written (hidden from every read). */
const staged = (u: StoredTmUnit, pending: ReadonlySet<string>) => {
  const imp = importOf(u);
  return imp !== undefined && pending.has(imp);
};

/** The TM record after a transaction that changed the units `ids`: next revision, logged. */
export function bumped(tm: StoredTm, ids: readonly string[]): StoredTm {
  const rev = (tm.rev ?? 0) + 1;
  let log = [...(tm.log ?? []), ...ids.map((id): [number, string] => [rev, id])];
  let logFrom = tm.logFrom ?? 0;
  if (log.length > LOG_MAX) {
    const cut = log.length - LOG_MAX;
    logFrom = (log[cut - 1] as [number, string])[0] + 1;
    log = log.filter(([r]) => r >= logFrom);
  }
  return { ...tm, rev, log, logFrom };
}

/** What staging one batch of an import found against the units already committed. */
export interface StagedBatch {
  /** Committed units the batch replaces (older duplicates): deleted when the import commits. */
  supersede: string[];
  /** Units of the batch left out because a committed duplicate is as new or newer. */
  older: number;
}

export class TmRepo {
  constructor(private readonly conn: Connection) {}

  /** TMs in the workspace (deleted ones left out), oldest first. */
  async list(): Promise<TmRecord[]> {
    const all = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').getAll());
    return all
      .filter((t) => !t.deletedAt)
      .map(plain)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  async get(id: string): Promise<TmRecord | undefined> {
    const t = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').get(id));
    return t && !t.deletedAt ? plain(t) : undefined;
  }

  async create(init: {
    name: string;
    sourceLang: Lang;
    targetLang: Lang;
    main?: boolean;
  }): Promise<TmRecord> {
    const now = Date.now();
    const rec: StoredTm = { id: newId(), ...init, createdAt: now, changedAt: now, size: 0 };
    await this.conn.write(['tms'], (tx) => tx.objectStore('tms').add(rec));
    this.conn.announce({ type: 'workspace', segmentIds: [] });
    return plain(rec);
  }

  private async _patch(id: string, fn: (t: StoredTm) => StoredTm | undefined): Promise<void> {
    await this.conn.write(['tms'], async (tx) => {
      const t = await tx.objectStore('tms').get(id);
      if (!t) throw new StoreError('invalid', `no TM ${id}`);
      const next = fn(t);
      if (next) await tx.objectStore('tms').put(next);
    });
  }

  rename(id: string, name: string): Promise<void> {
    return this._patch(id, (t) => ({ ...t, name, changedAt: Date.now() }));
  }

  /** Hides a TM (Undo brings it back with `undelete`); `purge` removes it for good. */
  remove(id: string): Promise<void> {
    return this._patch(id, (t) => ({ ...t, deletedAt: Date.now(), main: false }));
  }

  undelete(id: string, main?: boolean): Promise<void> {
    return this._patch(id, (t) => ({ ...without(t, 'deletedAt'), main }));
  }

  /** Deletes TMs deleted before `before`, and their units, a few thousand per transaction. */
  async purgeDeleted(before: number): Promise<number> {
    const all = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').getAll());
    const gone = all.filter((t) => t.deletedAt !== undefined && t.deletedAt < before);
    for (const t of gone) {
      await this._deleteUnits(unitRange(t.id));
      await this.conn.write(['tms', 'tmSnapshots'], async (tx) => {
        await tx.objectStore('tmSnapshots').delete(unitRange(t.id));
        await tx.objectStore('tms').delete(t.id);
      });
    }
    return gone.length;
  }

  /** Deletes a key range of units: one request, however many units it holds. */
  private async _deleteUnits(range: IDBKeyRange): Promise<void> {
    await this.conn.write(['tmUnits'], (tx) => tx.objectStore('tmUnits').delete(range), 'relaxed');
  }

  // ---- units ----------------------------------------------------------------------------------

  /**
   * Stores a unit or updates the one with its id; another unit with the same source and target
   * is replaced (kept once, the newest). Returns the unit as stored.
   */
  async putUnit(tmId: string, unit: TmUnit): Promise<TmUnit> {
    const dk = dupKey(unit.source, unit.target);
    const removed: string[] = [];
    await this.conn.write(['tms', 'tmUnits'], async (tx) => {
      const tms = tx.objectStore('tms');
      const store = tx.objectStore('tmUnits');
      const tm = await tms.get(tmId);
      if (!tm || tm.deletedAt) throw new StoreError('invalid', `no TM ${tmId}`);
      const pending = new Set(tm.pending ?? []);
      let size = tm.size;
      const existing = await store.get([tmId, unit.id]);
      if (!existing) size++;
      for (const dup of await store.index('byDup').getAll([tmId, dk])) {
        if (dup.id === unit.id || staged(dup, pending)) continue;
        if (dup.source !== unit.source || dup.target !== unit.target) continue;
        await store.delete([tmId, dup.id]);
        removed.push(dup.id);
        size--;
      }
      await store.put({ ...unit, tm: tmId, dk });
      await tms.put({ ...bumped(tm, [unit.id, ...removed]), size, changedAt: unit.changedAt });
    });
    return unit;
  }

  async getUnit(tmId: string, id: string): Promise<TmUnit | undefined> {
    const u = await this.conn.read(['tmUnits'], (tx) => tx.objectStore('tmUnits').get([tmId, id]));
    return u ? asUnit(u) : undefined;
  }

  async deleteUnit(tmId: string, id: string): Promise<void> {
    await this.conn.write(['tms', 'tmUnits'], async (tx) => {
      const store = tx.objectStore('tmUnits');
      if (!(await store.get([tmId, id]))) return;
      await store.delete([tmId, id]);
      const tm = await tx.objectStore('tms').get(tmId);
      if (tm)
        await tx.objectStore('tms').put({ ...bumped(tm, [id]), size: Math.max(0, tm.size - 1) });
    });
  }

  /**
   * A page of a TM's committed units, in key order after the id `after` (units of imports still
   * being written are left out). `last` is the key to continue from; undefined at the end.
   */
  async page(
    tmId: string,
    after: string | undefined,
    limit: number,
  ): Promise<{ units: TmUnit[]; last?: string }> {
    return this.conn.read(['tms', 'tmUnits'], async (tx) => {
      const tm = await tx.objectStore('tms').get(tmId);
      if (!tm) return { units: [] };
      const pending = new Set(tm.pending ?? []);
      const range =
        after === undefined
          ? unitRange(tmId)
          : IDBKeyRange.bound([tmId, after], [tmId, []], true, false);
      const rows = await tx.objectStore('tmUnits').getAll(range, limit);
      const units = rows.filter((u) => !staged(u, pending)).map(asUnit);
      return { units, last: rows.length === limit ? rows[rows.length - 1].id : undefined };
    });
  }

  // ---- imports: staged, then committed or rolled back as a whole ------------------------------

  /** Starts an import into a TM: its units stay hidden until `commitImport`. */
  async beginImport(tmId: string): Promise<string> {
    // Short: every staged unit's id starts with it.
    const imp = newId().slice(0, 8);
    await this._patch(tmId, (t) => ({ ...t, pending: [...(t.pending ?? []), imp] }));
    return imp;
  }

  /**
   * Writes one batch of an import (already free of duplicates among themselves; each id
   * `<imp>.<something>`, which is how the import's units are found). A committed unit with the
   * same source and target is kept if it is as new or newer (the batch's is left out), else it
   * is listed to be replaced when the import commits.
   */
  async stage(
    tmId: string,
    imp: string,
    units: readonly TmUnit[],
    /** The TM had no units when the import began: nothing to compare with, nothing looked up. */
    fresh = false,
  ): Promise<StagedBatch> {
    return this.conn.write(
      ['tms', 'tmUnits'],
      async (tx) => {
        const tm = await tx.objectStore('tms').get(tmId);
        if (!tm?.pending?.includes(imp)) throw new StoreError('invalid', `import ${imp} is over`);
        const bad = units.find((u) => importOf(u) !== imp);
        if (bad) throw new StoreError('invalid', `unit ${bad.id} is not named after import ${imp}`);
        const pending = new Set(tm.pending);
        const store = tx.objectStore('tmUnits');
        const byDup = store.index('byDup');
        const out: StagedBatch = { supersede: [], older: 0 };
        const writes: Promise<unknown>[] = [];
        const checks = units.map((u) => {
          const dk = dupKey(u.source, u.target);
          if (fresh) return { u, dk, dups: [] as StoredTmUnit[] };
          return byDup.getAll([tmId, dk]).then((dups) => ({ u, dk, dups }));
        });
        for (const { u, dk, dups } of await Promise.all(checks)) {
          const committed = dups.filter(
            (d) => !staged(d, pending) && d.source === u.source && d.target === u.target,
          );
          if (committed.some((d) => d.changedAt >= u.changedAt)) {
            out.older++;
            continue;
          }
          for (const d of committed) out.supersede.push(d.id);
          writes.push(store.put({ ...u, tm: tmId, dk }));
        }
        await Promise.all(writes);
        return out;
      },
      'relaxed',
    );
  }

  /** Makes an import's units part of the TM, replacing the older duplicates, in one step. */
  async commitImport(tmId: string, imp: string, supersede: readonly string[]): Promise<TmRecord> {
    let rec: StoredTm | undefined;
    await this.conn.write(['tms', 'tmUnits', 'tmSnapshots'], async (tx) => {
      const tms = tx.objectStore('tms');
      const store = tx.objectStore('tmUnits');
      const tm = await tms.get(tmId);
      if (!tm?.pending?.includes(imp)) throw new StoreError('invalid', `import ${imp} is over`);
      await Promise.all(supersede.map((id) => store.delete([tmId, id])));
      const added = await store.count(importRange(tmId, imp));
      // Too many changes to log: the stored indexes are dropped and built again when next read.
      await tx.objectStore('tmSnapshots').delete(unitRange(tmId));
      const rev = (tm.rev ?? 0) + 1;
      rec = {
        ...tm,
        pending: tm.pending.filter((p) => p !== imp),
        size: tm.size + added - supersede.length,
        changedAt: Date.now(),
        rev,
        log: [],
        logFrom: rev + 1,
      };
      await tms.put(rec);
    });
    this.conn.announce({ type: 'workspace', segmentIds: [] });
    return plain(rec!);
  }

  /** Drops everything an import staged; the TM is as it was before the import began. */
  async abortImport(tmId: string, imp: string): Promise<void> {
    await this._deleteUnits(importRange(tmId, imp));
    await this.conn.write(['tms'], async (tx) => {
      const tm = await tx.objectStore('tms').get(tmId);
      if (tm)
        await tx
          .objectStore('tms')
          .put({ ...tm, pending: (tm.pending ?? []).filter((p) => p !== imp) });
    });
  }

  /** Imports begun and never finished (their tab closed or crashed), for clean-up. */
  async pendingImports(): Promise<{ tm: string; imp: string }[]> {
    const all = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').getAll());
    return all.flatMap((t) => (t.pending ?? []).map((imp) => ({ tm: t.id, imp })));
  }

  // ---- stored indexes ---------------------------------------------------------------------------

  /** The TM's revision: a stored index built from units read now is valid as of it. */
  async revOf(tmId: string): Promise<number> {
    const tm = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').get(tmId));
    return tm?.rev ?? 0;
  }

  /**
   * The TM's stored index for `lang` and the ids of the units changed since it was built (to be
   * read again with `units`); undefined when there is none or it is too old for the log.
   */
  async loadSnapshot(
    tmId: string,
    lang: string,
  ): Promise<{ snapshot: StoredTmSnapshot; changed: string[] } | undefined> {
    // This code loads with the first project that reads a TM, not on a first visit.
    return (await parts()).loadSnapshot(this.conn, tmId, lang);
  }

  /** Stores a built index, unless the TM changed since `rev` more than its log can tell. */
  async saveSnapshot(snapshot: StoredTmSnapshot): Promise<boolean> {
    return (await parts()).saveSnapshot(this.conn, snapshot);
  }

  /** The committed units with these ids (undefined for one that is gone), in that order. */
  async units(tmId: string, ids: readonly string[]): Promise<(TmUnit | undefined)[]> {
    return this.conn.read(['tms', 'tmUnits'], async (tx) => {
      const pending = new Set((await tx.objectStore('tms').get(tmId))?.pending ?? []);
      const store = tx.objectStore('tmUnits');
      const got = await Promise.all(ids.map((id) => store.get([tmId, id])));
      return got.map((u) => (u && !staged(u, pending) ? asUnit(u) : undefined));
    });
  }

  // ---- which TMs a project reads and writes -------------------------------------------------

  async links(projectId: string): Promise<TmLinks | undefined> {
    return this.conn.read(['tmLinks'], (tx) => tx.objectStore('tmLinks').get(projectId));
  }

  async setLinks(links: TmLinks): Promise<void> {
    await this.conn.write(['tmLinks'], (tx) => tx.objectStore('tmLinks').put(links));
  }
}
