// How translation memories are stored: a TM record per memory, its units keyed [tm, id], and per
// project the TMs it reads and the one it writes.
import type { Lang } from '../core/model.js';
import type { TmIndexSnapshot } from '../core/tm/gram-index.js';
import type { TmUnitColumns } from '../core/tm/columns.js';
import type { TmUnit } from '../core/tm/types.js';

export interface TmRecord {
  id: string;
  name: string;
  /** The pair the units were written in; the TM serves the other direction by swapping sides. */
  sourceLang: Lang;
  targetLang: Lang;
  createdAt: number;
  changedAt: number;
  /** The workspace's main TM for its pair: new projects of the pair read and write it. */
  main?: boolean;
  /** Units committed (kept by every write, so listing TMs never counts a million records). */
  size: number;
}

export interface StoredTm extends TmRecord {
  /** Set while the TM is deleted but can still be undone; purged later. */
  deletedAt?: number;
  /** Imports still being written: their units are staged and never read until committed. */
  pending?: string[];
  /** Counts the transactions that changed units (a stored index says which one it saw). */
  rev?: number;
  /** Units changed by the last revisions, `[rev, id]`, so a stored index can catch up. */
  log?: [number, string][];
  /** The log is complete from this revision on (an import or a trimmed log moves it). */
  logFrom?: number;
}

/**
 * A TM's built lookup index for one direction (`lang`, the side indexed), with its units in
 * columns, so opening a project restores it instead of reading and tokenising every unit.
 */
export interface StoredTmSnapshot {
  tm: string;
  lang: string;
  /** The TM's revision when the units were read: later changes are in the TM's log. */
  rev: number;
  savedAt: number;
  index: TmIndexSnapshot;
  units: TmUnitColumns;
}

/**
 * How a snapshot is stored: IndexedDB refuses a value over 127 MB (Chromium), and a million
 * units' index and texts are about 320 MB. Part 0 holds everything but the big arrays and the
 * text, with `null` in their place; parts 1… hold those, cut in pieces, in `BIG_FIELDS` order.
 */
export interface StoredTmSnapshotPart {
  tm: string;
  lang: string;
  part: number;
  /** Part 0: the snapshot without its big fields. */
  head?: StoredTmSnapshot;
  /** Part 0: how many parts follow. */
  parts?: number;
  /** Parts 1…: which field a piece belongs to, and the piece. */
  field?: string;
  data?: string | Uint8Array | Uint16Array | Uint32Array | Float64Array;
}

export interface StoredTmUnit extends TmUnit {
  tm: string;
  /** Duplicate key: a hash of source and target (the same pair is kept once, the newest). */
  dk: string;
  /** v6 only: the import that staged the unit. Since v7 an import's units have ids `<imp>.<n>`. */
  imp?: string;
}

/** The import a unit was staged by: the part of its id before the first dot (see `stage`). */
export function importOf(u: { id: string; imp?: string }): string | undefined {
  if (u.imp) return u.imp;
  const dot = u.id.indexOf('.');
  return dot > 0 ? u.id.slice(0, dot) : undefined;
}

export interface TmLinks {
  projectId: string;
  read: string[];
  write: string;
}

/** 53-bit hash (cyrb53) of a unit's source and target, as a short string. */
export function dupKey(source: string, target: string): string {
  const str = `${source}\u0000${target}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
