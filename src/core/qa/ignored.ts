// Which findings a user ignored: a finding is named by its row, check and what differs, and an
// ignore holds only while the row reads as it did when it was ignored (a changed row is checked
// afresh). Pure data, shared by the store, the QA service and its tests.
import type { CheckId, Finding } from './types.js';

/** An ignored finding as stored: who ignored it, when, and the row's text at that moment. */
export interface IgnoredFinding {
  /** `${rowId}\n${key}`: one record per finding of a row. */
  id: string;
  docId: string;
  rowId: string;
  check: CheckId;
  /** The finding's identity within its row (see findingKey). */
  key: string;
  /** The row's text when it was ignored (see rowFingerprint). */
  row: string;
  by: string;
  role: 'translator' | 'reviewer';
  at: number;
}

/**
 * A finding's identity within its row: its check and what differs. Not its offsets, which
 * would not name another finding of the same check, nor its severity, which settings change.
 */
export function findingKey(f: Pick<Finding, 'check' | 'params'>): string {
  const params = Object.keys(f.params)
    .sort()
    .map((k) => [k, f.params[k]]);
  return `${f.check}:${JSON.stringify(params)}`;
}

export const ignoredId = (rowId: string, key: string): string => `${rowId}\n${key}`;

/**
 * A short fingerprint of a row's text (FNV-1a over source and target, with their lengths), so an
 * ignore need not keep a copy of the row; a change of either side changes it.
 */
export function rowFingerprint(source: string, target: string): string {
  const text = `${source}\u0000${target}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${source.length}.${target.length}.${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

/**
 * Whether a finding is ignored: an ignore of the same finding of the same row, made when the row
 * read as it does now.
 */
export function isIgnored(
  f: Pick<Finding, 'rowId' | 'check' | 'params'>,
  row: { source: string; target: string } | undefined,
  ignored: ReadonlyMap<string, IgnoredFinding>,
): IgnoredFinding | undefined {
  if (!row) return undefined;
  const rec = ignored.get(ignoredId(f.rowId, findingKey(f)));
  return rec && rec.row === rowFingerprint(row.source, row.target) ? rec : undefined;
}
