// The TM a shared project carries (SharedTm in api.ts): its limits and the shape the server
// accepts. The server stores the TMX as it came; the member's device reads it as any TMX file.
import type { SharedTm } from './api.js';

/** The largest TMX a share carries (UTF-8 bytes): a share's body is capped at 64 MB by default. */
export const TEAM_TM_MAX_BYTES = 32 * 1024 * 1024;
/** A TM's name, as the workspace keeps it, at most. */
const NAME_MAX = 200;

/** UTF-8 bytes of a string, without encoding it (a TMX may be tens of megabytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one four-byte character. (A lone surrogate is written as U+FFFD.)
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * A SharedTm as the server keeps it: a name, a unit count and TMX text within the limit, with
 * no U+0000 (which neither XML nor PostgreSQL's text holds).
 */
export function isSharedTm(x: unknown): x is SharedTm {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const t = x as Record<string, unknown>;
  return (
    typeof t.name === 'string' &&
    t.name.trim().length > 0 &&
    t.name.length <= NAME_MAX &&
    !t.name.includes('\0') &&
    typeof t.units === 'number' &&
    Number.isInteger(t.units) &&
    t.units >= 0 &&
    typeof t.tmx === 'string' &&
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>[]*>\s*)?<tmx[\s>]/.test(
      t.tmx.slice(0, 4096),
    ) &&
    !t.tmx.includes('\0') &&
    utf8Length(t.tmx) <= TEAM_TM_MAX_BYTES
  );
}
