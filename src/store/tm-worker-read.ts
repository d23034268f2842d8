// Reading a TM's committed units in the TM Worker, straight from IndexedDB: the blocks come as
// their columns (core/tm/columns.ts), as stored, so nothing is unpacked into unit objects, read on
// the main thread nor cloned from it. The Worker opens its own connection for the read and closes
// it after (or at once when another tab upgrades or deletes the database); it never upgrades.
import { openDB, type IDBPDatabase } from 'idb';
import { packUnits, type TmUnitColumns } from '../core/tm/columns.js';
import type { TmUnit } from '../core/tm/types.js';
import type { BitextDB } from './schema.js';
import { importOf, type StoredTmBlock } from './tm-records.js';

/** Blocks a read (imports write 500 units a block): 10,000 units. */
const BLOCKS_A_READ = 20;
/** Batches of blocks asked for before the one awaited is in. */
const AHEAD = 3;
/** Units stored one a record read at a time. */
const SINGLES_A_READ = 10_000;

async function open(name: string): Promise<IDBPDatabase<BitextDB>> {
  const db: IDBPDatabase<BitextDB> = await openDB<BitextDB>(name, undefined, {
    // No database (deleted meanwhile) or an older one: not this reader's to create or migrate.
    upgrade: (_db, _old, _new, tx) => tx.abort(),
    // Another tab's upgrade or a deletion waits for nobody: the read fails, the page scans.
    blocking: (_now, _next, e) => (e.target as IDBDatabase).close(),
  });
  return db;
}

/**
 * Reads every committed unit of a TM — units stored one a record first, then the blocks in
 * order, as `TmRepo.page` lists them — handing each batch to `onBatch` as columns. The next
 * batch is being read while `onBatch` runs. Stops early when `stop()` says so. Returns the
 * number of units read.
 */
export async function readTmColumns(
  dbName: string,
  tmId: string,
  onBatch: (blocks: TmUnitColumns[]) => void,
  stop: () => boolean = () => false,
): Promise<number> {
  const db = await open(dbName);
  try {
    const tm = await db.get('tms', tmId);
    if (!tm || tm.deletedAt) return 0;
    const pending = new Set(tm.pending ?? []);
    let read = 0;
    let range = IDBKeyRange.bound([tmId], [tmId, []]);
    for (;;) {
      const rows = await db.getAll('tmUnits', range, SINGLES_A_READ);
      if (stop()) return read;
      const units: TmUnit[] = [];
      for (const row of rows) {
        const imp = importOf(row);
        if (imp !== undefined && pending.has(imp)) continue;
        const unit: Partial<typeof row> = { ...row };
        delete unit.tm;
        delete unit.dk;
        delete unit.imp;
        units.push(unit as TmUnit);
      }
      if (units.length > 0) onBatch([packUnits(units)]);
      read += units.length;
      if (rows.length < SINGLES_A_READ) break;
      range = IDBKeyRange.bound([tmId, rows[rows.length - 1]!.id], [tmId, []], true);
    }
    // The blocks' keys first (2,000 at a million units), then their values a batch at a time,
    // a few batches asked ahead: the database reads the next ones while this one is taken in.
    const keys = await db.getAllKeys('tmBlocks', IDBKeyRange.bound([tmId], [tmId, []]));
    const batch = (i: number): Promise<StoredTmBlock[]> =>
      db.getAll(
        'tmBlocks',
        IDBKeyRange.bound(keys[i]!, keys[Math.min(i + BLOCKS_A_READ, keys.length) - 1]!),
      );
    const ahead: Promise<StoredTmBlock[]>[] = [];
    let asked = 0;
    const ask = () => {
      while (ahead.length < AHEAD && asked < keys.length) {
        const p = batch(asked);
        // Left unread when the read stops: not an error of anyone's.
        p.catch(() => undefined);
        ahead.push(p);
        asked += BLOCKS_A_READ;
      }
    };
    ask();
    while (ahead.length > 0) {
      const got = await ahead.shift()!;
      if (stop()) return read;
      ask();
      const batch = got.filter((b) => !pending.has(b.imp)).map((b) => b.units);
      for (const c of batch) for (const id of c.ids) if (id) read++;
      if (batch.length > 0) onBatch(batch);
    }
    return read;
  } finally {
    db.close();
  }
}
