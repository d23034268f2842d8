// Bulk-imported TM units, stored in blocks (see StoredTmBlock): writing, reading, emptying a
// unit's slot, and the duplicate keys of every committed unit for an import to check against.
import { packUnits, unpackUnits } from '../core/tm/columns.js';
import { HashTable, pairHash, sourceHash } from '../core/tm/hash-table.js';
import type { TmUnit } from '../core/tm/types.js';
import type { Connection, ReadTx, WriteTx } from './connection.js';
import {
  type StoredTm,
  type StoredTmBlock,
  type StoredTmBlockKeys,
  type StoredTmUnit,
} from './tm-records.js';

export const blockRange = (tm: string) => IDBKeyRange.bound([tm], [tm, []]);
/** The blocks an import wrote: their ids are `<imp>.<k>`. */
export const blockImportRange = (tm: string, imp: string) =>
  IDBKeyRange.bound([tm, `${imp}.`], [tm, `${imp}.\uffff`]);

/** Writes a block and its keys (`undefined` slots stay empty). */
export async function putBlock(
  tx: WriteTx,
  tm: string,
  imp: string,
  id: string,
  slots: readonly (TmUnit | undefined)[],
): Promise<void> {
  const hashes = new Float64Array(slots.length).fill(-1);
  const changedAt = new Float64Array(slots.length);
  const sources = new Float64Array(slots.length).fill(-1);
  slots.forEach((u, s) => {
    if (!u) return;
    hashes[s] = pairHash(u.source, u.target);
    changedAt[s] = u.changedAt;
    sources[s] = sourceHash(u.source);
  });
  const units = packUnits(slots);
  await Promise.all([
    tx.objectStore('tmBlocks').put({ tm, id, imp, units }),
    tx.objectStore('tmBlockKeys').put({ tm, id, imp, hashes, changedAt, sources }),
  ]);
}

/** A block's units, live slots only. */
export const liveUnits = (b: StoredTmBlock): TmUnit[] =>
  unpackUnits(b.units).filter((u): u is TmUnit => u !== undefined);

/**
 * Empties the slots of a block whose unit `drop` picks, and rewrites it (or deletes it when
 * nothing is left). Returns the ids of the units removed.
 */
export async function dropFromBlock(
  tx: WriteTx,
  tm: string,
  blockId: string,
  drop: (u: TmUnit) => boolean,
): Promise<string[]> {
  const b = await tx.objectStore('tmBlocks').get([tm, blockId]);
  if (!b) return [];
  const slots = unpackUnits(b.units);
  const removed: string[] = [];
  slots.forEach((u, s) => {
    if (u && drop(u)) {
      removed.push(u.id);
      slots[s] = undefined;
    }
  });
  if (removed.length === 0) return removed;
  if (slots.some((u) => u)) await putBlock(tx, tm, b.imp, blockId, slots);
  else
    await Promise.all([
      tx.objectStore('tmBlocks').delete([tm, blockId]),
      tx.objectStore('tmBlockKeys').delete([tm, blockId]),
    ]);
  return removed;
}

/**
 * Which committed block holds each hash, per TM, as of the TM's `blocksRev`: storing a confirmed
 * row then looks its pair up instead of reading every block's keys (16 MB at a million units).
 * About 48 MB a million units, in the page, for the TMs that rows were confirmed into.
 */
export class BlockKeyCache {
  private readonly _byTm = new Map<string, { stamp: number; table: HashTable; where: string[] }>();

  /** The committed blocks that hold a unit with this hash (read from the keys when stale). */
  async blocksWithHash(
    tx: WriteTx | ReadTx,
    tm: StoredTm,
    hash: number,
    pending: ReadonlySet<string>,
  ): Promise<string[]> {
    const stamp = tm.blocksRev ?? 0;
    let c = this._byTm.get(tm.id);
    if (!c || c.stamp !== stamp) {
      const keys = await tx.objectStore('tmBlockKeys').getAll(blockRange(tm.id));
      const n = keys.reduce((sum, k) => sum + k.hashes.length, 0);
      c = { stamp, table: new HashTable(n), where: [] };
      for (const k of keys) {
        if (pending.has(k.imp)) continue;
        const w = c.where.push(k.id) - 1;
        for (const h of k.hashes) {
          if (h < 0) continue;
          // A hash in two blocks (two pairs that share it): -1, and the keys are read again.
          c.table.set(h, c.table.find(h) >= 0 ? -1 : w, 0);
        }
      }
      this._byTm.set(tm.id, c);
    }
    const slot = c.table.find(hash);
    if (slot < 0) return [];
    const w = c.table.a(slot);
    if (w >= 0) return [c.where[w]!];
    const keys = await tx.objectStore('tmBlockKeys').getAll(blockRange(tm.id));
    return keys.filter((k) => !pending.has(k.imp) && k.hashes.includes(hash)).map((k) => k.id);
  }
}

/** The committed units of the blocks with these ids, by unit id. */
export async function blockUnits(
  tx: WriteTx | ReadTx,
  tm: string,
  unitIds: readonly string[],
  pending: ReadonlySet<string>,
): Promise<Map<string, TmUnit>> {
  const wanted = [...new Set(unitIds.map(blockOf).filter((b): b is string => !!b))];
  const store = tx.objectStore('tmBlocks');
  const blocks = await Promise.all(wanted.map((id) => store.get([tm, id])));
  const out = new Map<string, TmUnit>();
  for (const b of blocks)
    if (b && !pending.has(b.imp)) for (const u of liveUnits(b)) out.set(u.id, u);
  return out;
}

/**
 * Every committed unit's duplicate key, for an import to check its units against without
 * holding the units: hash → its `changedAt` and where it is (an index into `where`: a block id,
 * or `u:` and the id of a unit stored on its own).
 */
export interface CommittedKeys {
  table: HashTable;
  where: string[];
}

/** Reads the keys of a TM's committed units (blocks' keys, and single units a page at a time). */
export async function committedKeys(
  conn: Connection,
  tm: string,
  pending: ReadonlySet<string>,
  pendingOf: (u: { id: string; imp?: string }) => string | undefined,
): Promise<CommittedKeys> {
  const out: CommittedKeys = { table: new HashTable(), where: [] };
  const keys: StoredTmBlockKeys[] = await conn.read(['tmBlockKeys'], (tx) =>
    tx.objectStore('tmBlockKeys').getAll(blockRange(tm)),
  );
  for (const k of keys) {
    if (pending.has(k.imp)) continue;
    const w = out.where.push(k.id) - 1;
    k.hashes.forEach((h, s) => {
      if (h >= 0) out.table.set(h, k.changedAt[s] as number, w);
    });
  }
  // Units one a record: rows confirmed in projects, and whatever an import before v8 wrote.
  let after: IDBKeyRange = IDBKeyRange.bound([tm], [tm, []]);
  for (;;) {
    const rows = await conn.read(['tmUnits'], (tx) =>
      tx.objectStore('tmUnits').getAll(after, 10_000),
    );
    for (const u of rows) {
      const imp = pendingOf(u);
      if (imp !== undefined && pending.has(imp)) continue;
      const w = out.where.push(`u:${u.id}`) - 1;
      out.table.set(pairHash(u.source, u.target), u.changedAt, w);
    }
    if (rows.length < 10_000) return out;
    after = IDBKeyRange.bound([tm, rows[rows.length - 1]!.id], [tm, []], true);
  }
}

/** Units stored one a record that `unitsWithSource` reads whole (rows confirmed, mostly). */
const SINGLES_READ = 20_000;

/**
 * The committed units whose source has this `sourceHash`: what can be a 100 % match, found
 * without the TM's index. Blocks by their keys; units stored one a record only when there are at
 * most 20,000 of them (a TM imported before v8 is left to the index).
 */
export async function unitsWithSource(
  tx: ReadTx,
  tm: string,
  hash: number,
  pending: ReadonlySet<string>,
  pendingOf: (u: { id: string; imp?: string }) => string | undefined,
): Promise<TmUnit[]> {
  const keys = await tx.objectStore('tmBlockKeys').getAll(blockRange(tm));
  const hit = keys.filter((k) => !pending.has(k.imp) && k.sources?.includes(hash));
  const store = tx.objectStore('tmBlocks');
  const blocks = await Promise.all(hit.map((k) => store.get([tm, k.id])));
  const out = blocks
    .flatMap((b) => (b ? liveUnits(b) : []))
    .filter((u) => sourceHash(u.source) === hash);
  const singles = tx.objectStore('tmUnits');
  if ((await singles.count(blockRange(tm))) <= SINGLES_READ)
    for (const u of await singles.getAll(blockRange(tm))) {
      const imp = pendingOf(u);
      if ((imp === undefined || !pending.has(imp)) && sourceHash(u.source) === hash) {
        const unit: Partial<StoredTmUnit> = { ...u };
        delete unit.tm;
        delete unit.dk;
        delete unit.imp;
        out.push(unit as TmUnit);
      }
    }
  return out;
}

export { pairHash, sourceHash };

/** The block a unit id belongs to (`<imp>.<k>.<slot>` → `<imp>.<k>`), or undefined. */
export function blockOf(unitId: string): string | undefined {
  const last = unitId.lastIndexOf('.');
  const first = unitId.indexOf('.');
  return first > 0 && last > first ? unitId.slice(0, last) : undefined;
}

/** `pairHash` as a short string: the duplicate key of units stored one per record. */
export function dupKey(source: string, target: string): string {
  return pairHash(source, target).toString(36);
}
