// A TM unit's dates and authors from a pair read from a file, the same for every way into a TM
// (the import, `readTmFile`).
import type { AuthoredPair } from '../formats/tmx.js';
import type { TmUnit } from './types.js';

export type UnitMeta = Pick<TmUnit, 'createdAt' | 'changedAt' | 'author' | 'changedBy'>;

/**
 * A pair without a date gets `now`, the import's time, as memoQ and Trados do: 0 showed as
 * 1 January 1970, went out as such in TMX, and lost to every dated copy when keeping the newest.
 * One date stands for the other when only one is given. The last changer is kept only when it
 * is not the creator (as `TmUnit.changedBy` is defined).
 */
export function unitMeta(p: AuthoredPair, now: number): UnitMeta {
  const changedAt = p.updatedAt ?? p.createdAt ?? now;
  const meta: UnitMeta = { createdAt: p.createdAt ?? changedAt, changedAt };
  if (p.createdBy) meta.author = p.createdBy;
  if (p.changedBy && p.changedBy !== p.createdBy) meta.changedBy = p.changedBy;
  return meta;
}
