// An import's blocks: written (staged, hidden from reads) and committed in one step. For TmRepo.
import { pairHash } from '../core/tm/hash-table.js';
import type { TmUnit } from '../core/tm/types.js';
import type { Connection } from './connection.js';
import { blockOf, dropFromBlock, putBlock } from './tm-blocks.js';
import { importOf, withoutKey, type StoredTm } from './tm-records.js';

/** What an import commits (see `TmRepo.commitImport`). */
export interface ImportCommit {
  /** Units the import staged (slots written, empty ones not counted). */
  added: number;
  /** Staged units left out after all: an older copy of a pair seen again later in the file. */
  drop: readonly string[];
  /** Committed units replaced by newer ones of the import: where they are → their hashes. */
  supersede: ReadonlyMap<string, readonly number[]>;
  /**
   * The import's staged unit with a pair's hash, if any: a unit put one a record while the
   * import ran (a row confirmed meanwhile) and the staged copy of its pair are kept once, the
   * newer (the duplicates read when the import began could not know of it).
   */
  staged?: (hash: number) => { id: string; changedAt: number } | undefined;
  /** Told of each such pair, once kept: `stagedKept` false when the import's copy was left out. */
  met?: (stagedKept: boolean) => void;
}

const unitRange = (tm: string) => IDBKeyRange.bound([tm], [tm, []]);

/** See `TmRepo.stage`. */
export async function stageBlocks(
  conn: Connection,
  /** The store's error for a call that cannot be (errors.ts stays out of this lazy chunk). */
  invalid: (message: string) => Error,
  tmId: string,
  imp: string,
  blocks: readonly { id: string; slots: readonly (TmUnit | undefined)[] }[],
): Promise<void> {
  for (const { id, slots } of blocks) {
    if (!id.startsWith(`${imp}.`) || blockOf(`${id}.0`) !== id)
      throw invalid(`block ${id} is not named after import ${imp}`);
    const bad = slots.find((u) => u && blockOf(u.id) !== id);
    if (bad) throw invalid(`unit ${bad.id} is not named after block ${id}`);
  }
  await conn.write(
    ['tms', 'tmBlocks', 'tmBlockKeys'],
    async (tx) => {
      const tm = await tx.objectStore('tms').get(tmId);
      if (!tm?.pending?.includes(imp)) throw invalid(`import ${imp} is over`);
      await Promise.all(blocks.map((b) => putBlock(tx, tmId, imp, b.id, b.slots)));
    },
    'relaxed',
  );
}

/** See `TmRepo.commitImport`: the TM record as committed. */
export async function commitBlocks(
  conn: Connection,
  /** The store's error for a call that cannot be (errors.ts stays out of this lazy chunk). */
  invalid: (message: string) => Error,
  tmId: string,
  imp: string,
  commit: ImportCommit,
): Promise<StoredTm> {
  let rec: StoredTm | undefined;
  const stores = ['tms', 'tmUnits', 'tmBlocks', 'tmBlockKeys', 'tmSnapshots'] as const;
  await conn.write([...stores], async (tx) => {
    const tms = tx.objectStore('tms');
    const tm = await tms.get(tmId);
    if (!tm?.pending?.includes(imp)) throw invalid(`import ${imp} is over`);
    // Deleted (in another tab) while the import ran: nothing goes into it, whatever the
    // importing tab has noticed so far.
    if (tm.deletedAt !== undefined) throw invalid(`TM ${tmId} was deleted`);
    const drops = new Map<string, Set<string>>();
    for (const id of commit.drop) {
      const b = blockOf(id);
      if (b?.startsWith(`${imp}.`)) (drops.get(b) ?? drops.set(b, new Set()).get(b)!).add(id);
    }
    let dropped = 0;
    for (const [b, ids] of drops)
      dropped += (await dropFromBlock(tx, tmId, b, (u) => ids.has(u.id))).length;
    let removed = 0;
    for (const [where, hashes] of commit.supersede) {
      if (where.startsWith('u:')) {
        const key: [string, string] = [tmId, where.slice(2)];
        if (!(await tx.objectStore('tmUnits').get(key))) continue;
        await tx.objectStore('tmUnits').delete(key);
        removed++;
      } else {
        const set = new Set(hashes);
        const gone = await dropFromBlock(tx, tmId, where, (u) =>
          set.has(pairHash(u.source, u.target)),
        );
        removed += gone.length;
      }
    }
    // Units put one a record while the import ran: the TM's log names them (unless it was
    // trimmed meanwhile: then a duplicate may stay, as before this check).
    const since = tm.pendingSince?.[imp];
    if (commit.staged && since !== undefined && (tm.logFrom ?? 0) <= since + 1) {
      const late = new Set((tm.log ?? []).filter(([r]) => r > since).map(([, id]) => id));
      const older = new Map<string, Set<string>>();
      for (const id of late) {
        const u = await tx.objectStore('tmUnits').get([tmId, id]);
        if (!u || tm.pending.includes(importOf(u) ?? '')) continue;
        const hit = commit.staged(pairHash(u.source, u.target));
        if (!hit) continue;
        commit.met?.(u.changedAt < hit.changedAt);
        if (u.changedAt >= hit.changedAt) {
          const b = blockOf(hit.id);
          if (b) (older.get(b) ?? older.set(b, new Set()).get(b)!).add(hit.id);
        } else {
          await tx.objectStore('tmUnits').delete([tmId, id]);
          removed++;
        }
      }
      for (const [b, ids] of older)
        dropped += (await dropFromBlock(tx, tmId, b, (x) => ids.has(x.id))).length;
    }
    // Too many changes to log: the stored indexes are dropped and built again when next read.
    await tx.objectStore('tmSnapshots').delete(unitRange(tmId));
    const rev = (tm.rev ?? 0) + 1;
    rec = {
      ...tm,
      pending: tm.pending.filter((p) => p !== imp),
      pendingSince: withoutKey(tm.pendingSince, imp),
      size: tm.size + commit.added - dropped - removed,
      changedAt: Date.now(),
      blocksRev: (tm.blocksRev ?? 0) + 1,
      rev,
      log: [],
      logFrom: rev + 1,
    };
    await tms.put(rec);
  });
  return rec!;
}
