// The recovery salvage's part for rows stored in chunks (rows.ts): a chunk is one record, but its
// rows are judged one by one, so a damaged row costs that row only.
import type { Scan } from './salvage.js';

/** A row the salvage keeps: its clean JSON, the chunk it was read from, its repair if any. */
export interface KeptRow {
  json: string;
  chunk?: IDBValidKey;
  rewrite?: unknown;
}

/**
 * A chunk that lost a row (left out) or holds a row to repair is deleted, and the rows of it
 * that are kept are written back one a record, as the app stores a row written on its own: the
 * database then holds exactly what the download does, and no good row is lost with a bad one.
 */
export function splitDamagedChunks(scan: Scan, kept: KeptRow[]): void {
  const broken = new Set(scan.drop.get('segmentChunks') ?? []);
  for (const c of kept) if (c.rewrite && c.chunk !== undefined) broken.add(c.chunk);
  if (!broken.size) return;
  const drop = scan.drop.get('segmentChunks') ?? [];
  for (const key of broken) if (!drop.includes(key)) drop.push(key);
  scan.drop.set('segmentChunks', drop);
  const rewrite = scan.rewrite.get('segments') ?? [];
  for (const c of kept)
    if (broken.has(c.chunk as IDBValidKey) && !c.rewrite) rewrite.push(JSON.parse(c.json));
  scan.rewrite.set('segments', rewrite);
}
