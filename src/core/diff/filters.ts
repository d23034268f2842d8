// Filters a reviewer applies to a comparison: only changed rows, and hiding minor changes.
import type { ChangeKind } from './classify.js';
import type { RowComparison } from './rows.js';
import type { Hunk } from './text-diff.js';

export interface RowFilter {
  /** Drop rows whose type is `unchanged`. */
  onlyChanged?: boolean;
  /** Minor kinds to ignore: a row changed only in these ways counts as unchanged. */
  ignore?: readonly ChangeKind[];
  /**
   * Rows kept whatever the other filters say, by id: rows a reviewer decided on, so a rejected
   * row (which no longer differs from A) stays in sight with its decision.
   */
  keep?: { has(id: string): boolean };
}

/** True when every kind of the hunk is ignored, so the hunk can be shown as plain text. */
export const isIgnored = (h: Hunk, ignore: readonly ChangeKind[] = []): boolean =>
  h.kinds.length > 0 && h.kinds.every((k) => ignore.includes(k));

/** Whether a row still has something to review once `ignore`d kinds of change are set aside. */
export function hasVisibleChange(row: RowComparison, ignore: readonly ChangeKind[] = []): boolean {
  if (row.type === 'unchanged') return false;
  // Structural changes and metadata are always worth a look.
  if (row.type !== 'modified' || row.statusChanged || row.noteChanged || row.moved) return true;
  const hunks = [...(row.source?.hunks ?? []), ...row.target.hunks];
  return hunks.some((h) => !isIgnored(h, ignore));
}

/** The rows to show under a filter, in comparison order. */
export function filterRows(rows: readonly RowComparison[], filter: RowFilter): RowComparison[] {
  const ignore = filter.ignore ?? [];
  if (!filter.onlyChanged) return [...rows];
  const keep = filter.keep;
  return rows.filter((r) => hasVisibleChange(r, ignore) || keep?.has(r.id) === true);
}

/**
 * The index of the next row after `from` (-1: before the first) in `dir` with a visible change,
 * or -1 when there is none that way (N / P in the review: no wrapping round).
 */
export function nextChangeIndex(
  rows: readonly RowComparison[],
  from: number,
  dir: 1 | -1,
  ignore: readonly ChangeKind[] = [],
): number {
  for (let i = from + dir; i >= 0 && i < rows.length; i += dir)
    if (hasVisibleChange(rows[i], ignore)) return i;
  return -1;
}
