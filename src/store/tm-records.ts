// How translation memories are stored: a TM record per memory, its units keyed [tm, id], and per
// project the TMs it reads and the one it writes.
import type { Lang } from '../core/model.js';
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
}

export interface StoredTmUnit extends TmUnit {
  tm: string;
  /** Duplicate key: a hash of source and target (the same pair is kept once, the newest). */
  dk: string;
  /** The import that staged the unit (kept after it committed; only pending ones are hidden). */
  imp?: string;
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
