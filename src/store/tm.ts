// Translation memories: TM records, their units, staged (all-or-nothing) imports, and which TMs a
// project reads and writes. Units written one at a time are keyed [tm, id] in tmUnits; a unit
// written from a project row has the id `seg:<row id>`, so confirming the row again updates it
// instead of adding another. An import writes its units in blocks (tm-blocks.ts).
import type { Lang } from '../core/model.js';
import type { TmUnit } from '../core/tm/types.js';
import type { Connection, ReadTx } from './connection.js';
import { StoreError } from './errors.js';
import type { BlockKeyCache, CommittedKeys } from './tm-blocks.js';
import {
  importOf,
  withoutKey,
  type StoredTm,
  type StoredTmBlock,
  type StoredTmSnapshot,
  type StoredTmUnit,
  type TmLinks,
  type TmRecord,
} from './tm-records.js';
import type { ImportCommit } from './tm-imports.js';
import { newId } from './util.js';

export type { ImportCommit } from './tm-imports.js';

const unitRange = (tm: string) => IDBKeyRange.bound([tm], [tm, []]);
/** The units an import staged: their ids are `<imp>.<n>`. */
const importRange = (tm: string, imp: string) =>
  IDBKeyRange.bound([tm, `${imp}.`], [tm, `${imp}.\uffff`]);
const parts = () => import('./tm-snapshot-parts.js');
// Blocks are read and written once a TM is used, never on a first visit: loaded then. (Before a
// transaction opens: awaiting anything else inside one would let it commit.)
const blocks = () => import('./tm-blocks.js');
const imports = () => import('./tm-imports.js');
/** Units a block usually holds (imports write 500): how many blocks make a page. */
const BLOCK_GUESS = 500;
const invalid = (message: string) => new StoreError('invalid', message);
/** Changes kept in a TM's log for stored indexes to catch up with; older ones make them stale. */
const LOG_MAX = 5_000;

/** A copy without the fields named (the store's own bookkeeping). */
function without<T extends object, K extends keyof T>(o: T, ...keys: K[]): Omit<T, K> {
  const copy: Partial<T> = { ...o };
  for (const k of keys) delete copy[k];
  return copy as Omit<T, K>;
}

const plain = (t: StoredTm): TmRecord =>
  without(t, 'deletedAt', 'pending', 'pendingSince', 'rev', 'log', 'logFrom');
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

/** Whole blocks' units from the block after `after` (see `TmRepo.page`). */
async function blockPage(
  tx: ReadTx,
  tmId: string,
  after: string,
  limit: number,
  pending: ReadonlySet<string>,
  liveUnits: (b: StoredTmBlock) => TmUnit[],
): Promise<{ units: TmUnit[]; last?: string }> {
  const units: TmUnit[] = [];
  // Blocks whose units were mostly replaced hold fewer: read on until the page is full.
  for (;;) {
    const count = Math.max(1, Math.ceil((limit - units.length) / BLOCK_GUESS));
    const range = IDBKeyRange.bound([tmId, after], [tmId, []], after !== '', false);
    const got = await tx.objectStore('tmBlocks').getAll(range, count);
    for (const b of got) if (!pending.has(b.imp)) units.push(...liveUnits(b));
    if (got.length < count) return { units };
    after = got[got.length - 1]!.id;
    if (units.length >= limit) return { units, last: `b:${after}` };
  }
}

export class TmRepo {
  private _keys?: BlockKeyCache;

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

  // Renames, deletes and undeletes are told to the other tabs, whose TM lists would show a TM
  // by its old name, or one that is gone, until something else made them read the list again.
  async rename(id: string, name: string): Promise<void> {
    await this._patch(id, (t) => ({ ...t, name, changedAt: Date.now() }));
    this.conn.announce({ type: 'tms', segmentIds: [] });
  }

  /** Hides a TM (Undo brings it back with `undelete`); `purge` removes it for good. */
  async remove(id: string): Promise<void> {
    await this._patch(id, (t) => ({ ...t, deletedAt: Date.now(), main: false }));
    this.conn.announce({ type: 'tms', segmentIds: [] });
  }

  async undelete(id: string, main?: boolean): Promise<void> {
    await this._patch(id, (t) => ({ ...without(t, 'deletedAt'), main }));
    this.conn.announce({ type: 'tms', segmentIds: [] });
  }

  /** Deletes TMs deleted before `before`, and their units, a few thousand per transaction. */
  async purgeDeleted(before: number): Promise<number> {
    const all = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').getAll());
    const gone = all.filter((t) => t.deletedAt !== undefined && t.deletedAt < before);
    for (const t of gone) {
      await this._deleteUnits(unitRange(t.id), unitRange(t.id));
      await this.conn.write(['tms', 'tmSnapshots'], async (tx) => {
        await tx.objectStore('tmSnapshots').delete(unitRange(t.id));
        await tx.objectStore('tms').delete(t.id);
      });
    }
    return gone.length;
  }

  /** Deletes key ranges of single units and of blocks: a request each, however many they hold. */
  private async _deleteUnits(units: IDBKeyRange, blocks: IDBKeyRange): Promise<void> {
    await this.conn.write(
      ['tmUnits', 'tmBlocks', 'tmBlockKeys'],
      async (tx) => {
        await Promise.all([
          tx.objectStore('tmUnits').delete(units),
          tx.objectStore('tmBlocks').delete(blocks),
          tx.objectStore('tmBlockKeys').delete(blocks),
        ]);
      },
      'relaxed',
    );
  }

  // ---- units ----------------------------------------------------------------------------------

  /**
   * Stores a unit or updates the one with its id (an imported unit so updated leaves its block);
   * another unit with the same source and target is replaced (kept once, the newest). Returns
   * the unit as stored.
   */
  async putUnit(tmId: string, unit: TmUnit): Promise<TmUnit> {
    const b = await blocks();
    const dk = b.dupKey(unit.source, unit.target);
    const removed: string[] = [];
    const keys = (this._keys ??= new b.BlockKeyCache());
    await this.conn.write(['tms', 'tmUnits', 'tmBlocks', 'tmBlockKeys'], async (tx) => {
      const tms = tx.objectStore('tms');
      const store = tx.objectStore('tmUnits');
      const tm = await tms.get(tmId);
      if (!tm || tm.deletedAt) throw new StoreError('invalid', `no TM ${tmId}`);
      const pending = new Set(tm.pending ?? []);
      let size = tm.size;
      let blocksRev = tm.blocksRev ?? 0;
      const existing = await store.get([tmId, unit.id]);
      const block = b.blockOf(unit.id);
      if (existing) {
        // Updated in place.
      } else if (block && !pending.has(importOf({ id: block }) ?? '')) {
        const left = await b.dropFromBlock(tx, tmId, block, (u) => u.id === unit.id);
        if (left.length === 0) size++;
        else blocksRev++;
      } else size++;
      const same = (u: TmUnit) =>
        u.id !== unit.id && u.source === unit.source && u.target === unit.target;
      for (const dup of await store.index('byDup').getAll([tmId, dk])) {
        if (staged(dup, pending) || !same(dup)) continue;
        await store.delete([tmId, dup.id]);
        removed.push(dup.id);
      }
      const hash = b.pairHash(unit.source, unit.target);
      for (const id of await keys.blocksWithHash(tx, tm, hash, pending)) {
        const gone = await b.dropFromBlock(tx, tmId, id, same);
        if (gone.length) blocksRev++;
        removed.push(...gone);
      }
      size -= removed.length;
      await store.put({ ...unit, tm: tmId, dk });
      const next = bumped(tm, [unit.id, ...removed]);
      await tms.put({ ...next, size, changedAt: unit.changedAt, blocksRev });
    });
    return unit;
  }

  async getUnit(tmId: string, id: string): Promise<TmUnit | undefined> {
    return (await this.units(tmId, [id]))[0];
  }

  async deleteUnit(tmId: string, id: string): Promise<void> {
    const { blockOf, dropFromBlock } = await blocks();
    await this.conn.write(['tms', 'tmUnits', 'tmBlocks', 'tmBlockKeys'], async (tx) => {
      const store = tx.objectStore('tmUnits');
      const block = blockOf(id);
      let inBlock = false;
      if (await store.get([tmId, id])) await store.delete([tmId, id]);
      else if (block && (await dropFromBlock(tx, tmId, block, (u) => u.id === id)).length > 0)
        inBlock = true;
      else return;
      const tm = await tx.objectStore('tms').get(tmId);
      if (!tm) return;
      const size = Math.max(0, tm.size - 1);
      const blocksRev = (tm.blocksRev ?? 0) + (inBlock ? 1 : 0);
      await tx.objectStore('tms').put({ ...bumped(tm, [id]), size, blocksRev });
    });
  }

  /**
   * A page of a TM's committed units: those stored one a record, then the blocks (whole blocks,
   * so a page may hold a few more than `limit`). Units of imports still being written are left
   * out. `last` is where to continue (opaque); undefined at the end.
   */
  async page(
    tmId: string,
    after: string | undefined,
    limit: number,
  ): Promise<{ units: TmUnit[]; last?: string }> {
    const { liveUnits } = await blocks();
    return this.conn.read(['tms', 'tmUnits', 'tmBlocks'], async (tx) => {
      const tm = await tx.objectStore('tms').get(tmId);
      if (!tm) return { units: [] };
      const pending = new Set(tm.pending ?? []);
      if (after === undefined || after.startsWith('u:')) {
        const range =
          after === undefined
            ? unitRange(tmId)
            : IDBKeyRange.bound([tmId, after.slice(2)], [tmId, []], true, false);
        const rows = await tx.objectStore('tmUnits').getAll(range, limit);
        const units = rows.filter((u) => !staged(u, pending)).map(asUnit);
        if (rows.length === limit) return { units, last: `u:${rows[rows.length - 1]!.id}` };
        const rest = await blockPage(tx, tmId, '', limit - units.length, pending, liveUnits);
        return { units: [...units, ...rest.units], last: rest.last };
      }
      return blockPage(tx, tmId, after.slice(2), limit, pending, liveUnits);
    });
  }

  /** Units that may be 100 % matches of `source` (by `sourceHash`), found without an index. */
  async exactCandidates(tmId: string, source: string): Promise<TmUnit[]> {
    const { sourceHash, unitsWithSource } = await blocks();
    return this.conn.read(['tms', 'tmUnits', 'tmBlocks', 'tmBlockKeys'], async (tx) => {
      const pending = new Set((await tx.objectStore('tms').get(tmId))?.pending ?? []);
      return unitsWithSource(tx, tmId, sourceHash(source), pending, importOf);
    });
  }

  /** The committed units with these ids (undefined for one that is gone), in that order. */
  async units(tmId: string, ids: readonly string[]): Promise<(TmUnit | undefined)[]> {
    const { blockOf, blockUnits } = await blocks();
    return this.conn.read(['tms', 'tmUnits', 'tmBlocks'], async (tx) => {
      const pending = new Set((await tx.objectStore('tms').get(tmId))?.pending ?? []);
      const store = tx.objectStore('tmUnits');
      const got = await Promise.all(ids.map((id) => store.get([tmId, id])));
      const singles = got.map((u) => (u && !staged(u, pending) ? asUnit(u) : undefined));
      const missing = ids.filter((id, i) => !got[i] && blockOf(id));
      const inBlocks = missing.length ? await blockUnits(tx, tmId, missing, pending) : undefined;
      return singles.map((u, i) => u ?? inBlocks?.get(ids[i]!));
    });
  }

  // ---- imports: staged in blocks, then committed or rolled back as a whole --------------------

  /** Starts an import into a TM: its units stay hidden until `commitImport`. */
  async beginImport(tmId: string): Promise<string> {
    // Short: every staged block's and unit's id starts with it.
    const imp = newId().slice(0, 8);
    await this._patch(tmId, (t) => ({
      ...t,
      pending: [...(t.pending ?? []), imp],
      pendingSince: { ...t.pendingSince, [imp]: t.rev ?? 0 },
    }));
    return imp;
  }

  /**
   * The duplicate keys of the TM's committed units, for an import to check its own against
   * (about 24 bytes a unit, no texts). Read once, when the import begins.
   */
  async committedKeys(tmId: string): Promise<CommittedKeys> {
    const tm = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').get(tmId));
    return (await blocks()).committedKeys(this.conn, tmId, new Set(tm?.pending ?? []), importOf);
  }

  /**
   * Writes blocks of an import in one transaction: block `<imp>.<k>` holds its units in their
   * slots (`undefined` for a slot left empty) with the ids `<imp>.<k>.<slot>`, which is how they
   * are found again.
   */
  async stage(
    tmId: string,
    imp: string,
    list: readonly { id: string; slots: readonly (TmUnit | undefined)[] }[],
  ): Promise<void> {
    await (await imports()).stageBlocks(this.conn, invalid, tmId, imp, list);
  }

  /**
   * Makes an import's units part of the TM in one step: `added` units, less the staged ones in
   * `drop` (older duplicates found after their block was written); the committed units whose
   * keys are in `supersede` (by where they are, see `committedKeys`) are replaced.
   */
  async commitImport(tmId: string, imp: string, commit: ImportCommit): Promise<TmRecord> {
    const rec = await (await imports()).commitBlocks(this.conn, invalid, tmId, imp, commit);
    this.conn.announce({ type: 'workspace', segmentIds: [] });
    return plain(rec);
  }

  /** Drops everything an import staged; the TM is as it was before the import began. */
  async abortImport(tmId: string, imp: string): Promise<void> {
    await this._deleteUnits(importRange(tmId, imp), importRange(tmId, imp));
    await this.conn.write(['tms'], async (tx) => {
      const tm = await tx.objectStore('tms').get(tmId);
      if (tm)
        await tx.objectStore('tms').put({
          ...tm,
          pending: (tm.pending ?? []).filter((p) => p !== imp),
          pendingSince: withoutKey(tm.pendingSince, imp),
        });
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
   * The TM's revision and the ids of the units changed since revision `rev` (to be read again
   * with `units`), from its log; undefined when the log cannot tell (an import, more changes than
   * it keeps) or the TM is gone.
   */
  async changedSince(
    tmId: string,
    rev: number,
  ): Promise<{ rev: number; ids: string[] } | undefined> {
    const tm = await this.conn.read(['tms'], (tx) => tx.objectStore('tms').get(tmId));
    if (!tm || tm.deletedAt || (tm.logFrom ?? 0) > rev + 1 || rev > (tm.rev ?? 0)) return undefined;
    const ids = new Set<string>();
    for (const [r, id] of tm.log ?? []) if (r > rev) ids.add(id);
    return { rev: tm.rev ?? 0, ids: [...ids] };
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

  // ---- which TMs a project reads and writes -------------------------------------------------

  async links(projectId: string): Promise<TmLinks | undefined> {
    return this.conn.read(['tmLinks'], (tx) => tx.objectStore('tmLinks').get(projectId));
  }

  async setLinks(links: TmLinks): Promise<void> {
    await this.conn.write(['tmLinks'], (tx) => tx.objectStore('tmLinks').put(links));
  }
}
