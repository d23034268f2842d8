// A reviewer's decisions on a comparison, as plain data: which rows a decision touches and the
// patches that carry it out. The state layer writes the patches as one undoable step.
import type { RowComparison, RowSnapshot } from './diff/index.js';
import type { ReviewComment, Role, Segment, Status } from './model.js';

export type Decision = 'accept' | 'reject';

/** A change to write to one row: only the fields a decision sets. */
export interface ReviewPatch {
  id: string;
  patch: Partial<Pick<Segment, 'source' | 'target' | 'status' | 'comments'>>;
}

/** A row of "now" as a comparison sees it (the fields a version keeps). */
export const snapshotOf = (s: Segment): RowSnapshot => ({
  id: s.id,
  order: s.order,
  source: s.source,
  target: s.target,
  status: s.status,
  note: s.note,
});

/**
 * Rejecting sets a row back to its text in A. Only rows that exist on both sides with the same
 * id can be set back by a text edit; merges, splits, additions and removals need the version
 * restored (History & versions), so they can only be accepted here.
 */
export const canReject = (r: RowComparison): boolean =>
  r.type === 'modified' && r.a.length === 1 && r.b.length === 1 && r.a[0].id === r.b[0].id;

/** Whether a row has anything to decide on (unchanged rows have not). */
export const isDecidable = (r: RowComparison): boolean => r.type !== 'unchanged' && r.b.length > 0;

// Accepting confirms the change: the row counts as reviewed, unless a reviewer already approved it.
const KEEP_ON_ACCEPT: readonly Status[] = ['reviewed', 'approved'];

/** The patches that carry out `decision` on `rows` (rows it does not apply to are skipped). */
export function decisionPatches(rows: readonly RowComparison[], decision: Decision): ReviewPatch[] {
  const out: ReviewPatch[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (decision === 'reject') {
      if (!canReject(r)) continue;
      const [a, b] = [r.a[0], r.b[0]];
      if (a.source === b.source && a.target === b.target && a.status === b.status) continue;
      out.push({ id: b.id, patch: { source: a.source, target: a.target, status: a.status } });
      continue;
    }
    if (!isDecidable(r)) continue;
    for (const b of r.b) {
      if (seen.has(b.id) || KEEP_ON_ACCEPT.includes(b.status)) continue;
      seen.add(b.id);
      out.push({ id: b.id, patch: { status: 'reviewed' } });
    }
  }
  return out;
}

/** A new comment at the end of a row's list. */
export function withComment(
  list: readonly ReviewComment[] | undefined,
  c: { id: string; author: string; role: Role; at: number; text: string },
): ReviewComment[] {
  return [...(list ?? []), { ...c, text: c.text.trim(), resolved: false }];
}

/** The list with one comment marked resolved (or open again). */
export function withResolved(
  list: readonly ReviewComment[] | undefined,
  commentId: string,
  resolved: boolean,
): ReviewComment[] {
  return (list ?? []).map((c) => (c.id === commentId ? { ...c, resolved } : c));
}

export const openComments = (s: Pick<Segment, 'comments'> | undefined): number =>
  (s?.comments ?? []).filter((c) => !c.resolved).length;
