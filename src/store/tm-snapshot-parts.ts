// Stored TM indexes: cut into records IndexedDB accepts (Chromium refuses a value over 127 MB;
// a million units make about 320 MB), put back together, read and written (for TmRepo, which
// loads this only when a project reads a TM).
import { TM_INDEX_VERSION } from '../core/tm/types.js';
import type { Connection } from './connection.js';
import type { StoredTmSnapshot, StoredTmSnapshotPart } from './tm-records.js';

/** The big fields, in the order their pieces are stored. */
const BIG = [
  ['index', 'tokIds'],
  ['index', 'tokOff'],
  ['index', 'starts'],
  ['index', 'post'],
  ['units', 'text'],
  ['units', 'ends'],
  ['units', 'createdAt'],
  ['units', 'changedAt'],
] as const;
/** Bytes of a piece (a string's characters count two). */
const PIECE = 32 * 2 ** 20;

type Piece = NonNullable<StoredTmSnapshotPart['data']>;
type Holder = Record<string, unknown>;

/** The records of a snapshot: part 0 without its big fields (the index's ids are the units'). */
export function splitSnapshot(s: StoredTmSnapshot, piece = PIECE): StoredTmSnapshotPart[] {
  const { tm, lang } = s;
  const index: Holder = { ...s.index, ids: [] };
  const units: Holder = { ...s.units };
  const head = { ...s, index, units } as unknown as StoredTmSnapshot;
  const parts: StoredTmSnapshotPart[] = [];
  for (const [group, name] of BIG) {
    const holder = group === 'index' ? index : units;
    const value = holder[name] as Piece;
    holder[name] = null;
    const field = `${group}.${name}`;
    const step = typeof value === 'string' ? piece / 2 : piece / value.BYTES_PER_ELEMENT;
    // Sliced, not viewed: a view would store its whole buffer. Empty fields keep one piece.
    let at = 0;
    do {
      const data = value.slice(at, at + step);
      parts.push({ tm, lang, part: parts.length + 1, field, data });
      at += step;
    } while (at < value.length);
  }
  return [{ tm, lang, part: 0, head, parts: parts.length }, ...parts];
}

/** The snapshot from its records (in part order); undefined when some are missing. */
export function joinSnapshot(
  records: readonly StoredTmSnapshotPart[],
): StoredTmSnapshot | undefined {
  const head = records[0];
  if (!head?.head || head.part !== 0 || records.length !== (head.parts ?? 0) + 1) return undefined;
  const s = head.head;
  const index = { ...s.index } as unknown as Holder;
  const units = { ...s.units } as unknown as Holder;
  for (const [group, name] of BIG) {
    const field = `${group}.${name}`;
    const pieces = records.filter((r) => r.field === field).map((r) => r.data as Piece);
    const first = pieces[0];
    if (first === undefined) return undefined;
    let value: Piece;
    if (typeof first === 'string') value = (pieces as string[]).join('');
    else {
      const length = pieces.reduce((n, p) => n + p.length, 0);
      const out = new (first.constructor as new (n: number) => Exclude<Piece, string>)(length);
      let at = 0;
      for (const p of pieces as Exclude<Piece, string>[]) {
        out.set(p, at);
        at += p.length;
      }
      value = out;
    }
    (group === 'index' ? index : units)[name] = value;
  }
  index.ids = units.ids;
  return {
    ...s,
    index: index as unknown as StoredTmSnapshot['index'],
    units: units as unknown as StoredTmSnapshot['units'],
  };
}

const range = (tm: string, lang: string) => IDBKeyRange.bound([tm, lang], [tm, lang, []]);

/** See `TmRepo.loadSnapshot`. */
export async function loadSnapshot(
  conn: Connection,
  tmId: string,
  lang: string,
): Promise<{ snapshot: StoredTmSnapshot; changed: string[] } | undefined> {
  return conn.read(['tms', 'tmSnapshots'], async (tx) => {
    const tm = await tx.objectStore('tms').get(tmId);
    if (!tm || tm.deletedAt) return undefined;
    const snapshot = joinSnapshot(await tx.objectStore('tmSnapshots').getAll(range(tmId, lang)));
    if (
      !snapshot ||
      // An index of an older format is built again from the units (see TM_INDEX_VERSION).
      snapshot.index.version !== TM_INDEX_VERSION ||
      (tm.logFrom ?? 0) > snapshot.rev + 1 ||
      snapshot.rev > (tm.rev ?? 0)
    )
      return undefined;
    const changed = new Set<string>();
    for (const [rev, id] of tm.log ?? []) if (rev > snapshot.rev) changed.add(id);
    return { snapshot, changed: [...changed] };
  });
}

/** See `TmRepo.saveSnapshot`. */
export async function saveSnapshot(conn: Connection, snapshot: StoredTmSnapshot): Promise<boolean> {
  return conn.write(
    ['tms', 'tmSnapshots'],
    async (tx) => {
      const tm = await tx.objectStore('tms').get(snapshot.tm);
      if (!tm || tm.deletedAt || (tm.logFrom ?? 0) > snapshot.rev + 1) return false;
      const store = tx.objectStore('tmSnapshots');
      await store.delete(range(snapshot.tm, snapshot.lang));
      await Promise.all(splitSnapshot(snapshot).map((part) => store.put(part)));
      return true;
    },
    'relaxed',
  );
}
