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
  /** Each pending import's TM `rev` when it began: units put since are in the log after it. */
  pendingSince?: Record<string, number>;
  /** Counts the transactions that changed units (a stored index says which one it saw). */
  rev?: number;
  /** Units changed by the last revisions, `[rev, id]`, so a stored index can catch up. */
  log?: [number, string][];
  /** The log is complete from this revision on (an import or a trimmed log moves it). */
  logFrom?: number;
  /** Counts the changes to the TM's committed blocks (a cache of their keys says which it saw). */
  blocksRev?: number;
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

/**
 * Units of a bulk import, about 500 a record (the importer's choice): IndexedDB's cost is per record (a test page
 * wrote 6,000 single units a second, and 137,000 a second as records of 500). Key [tm, id], the
 * id `<imp>.<k>` (k in base 36); its units' ids are `<imp>.<k>.<slot>`, so a unit's block is its
 * id without the last part. A unit updated or deleted later leaves its slot empty (the block is
 * rewritten); an updated unit lives on in `tmUnits` under the same id.
 */
export interface StoredTmBlock {
  tm: string;
  id: string;
  /** The import that wrote it (hidden from reads while that import is pending). */
  imp: string;
  units: TmUnitColumns;
}

/** A block's duplicate keys apart from its texts, so checking for duplicates reads 16 bytes a unit. */
export interface StoredTmBlockKeys {
  tm: string;
  id: string;
  imp: string;
  /** `pairHash` of each slot's source and target; -1 for an empty slot. */
  hashes: Float64Array;
  /** Each slot's `changedAt` (the newest of two duplicates is kept). */
  changedAt: Float64Array;
  /** `sourceHash` of each slot's source: 100 % matches found before the TM's index is ready. */
  sources: Float64Array;
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

/** `rec` without `key` (undefined when nothing is left). */
export function withoutKey<T>(
  rec: Record<string, T> | undefined,
  key: string,
): Record<string, T> | undefined {
  if (!rec) return undefined;
  const rest = Object.fromEntries(Object.entries(rec).filter(([k]) => k !== key));
  return Object.keys(rest).length ? rest : undefined;
}
