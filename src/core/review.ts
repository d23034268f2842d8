// A reviewer's decisions on a comparison, as plain data: which rows a decision touches and the
// patches that carry it out. The state layer writes the patches as one undoable step.
import type { RowComparison, RowSnapshot } from './diff/index.js';
import type { Revision, ReviewComment, Role, Segment, Status } from './model.js';
import type { Issue } from './lqa-model.js';

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
  c: { id: string; author: string; role: Role; at: number; text: string; issue?: Issue },
): ReviewComment[] {
  const { issue, ...rest } = c;
  // An issue is a reviewer's (as in MateCat's revise); a translator's comment stays a comment.
  const logged = issue && c.role === 'reviewer' ? { issue: { ...issue } } : {};
  return [...(list ?? []), { ...rest, text: c.text.trim(), resolved: false, ...logged }];
}

/** The list with one issue withdrawn (it no longer counts in the score) or logged again. */
export function withWithdrawn(
  list: readonly ReviewComment[] | undefined,
  commentId: string,
  withdrawn: boolean,
): ReviewComment[] {
  return (list ?? []).map((c) => (c.id === commentId ? { ...c, withdrawn } : c));
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

/**
 * What became of a compared row's change: `accepted` (the row is reviewed), `status` (a
 * reviewer set it approved or rejected), or `rejected` (set back to A, so it no longer differs).
 */
export type DecisionKind = 'accepted' | 'status' | 'rejected';

export interface RowDecision {
  kind: DecisionKind;
  /** The row's status after the decision. */
  status: Status;
  /** Who decided and when, from the newest revision that made it; '' and 0 when none says. */
  author: string;
  role?: Role;
  at: number;
}

/** The parts of a revision a decision is read from. */
export type DecisionRevision = Pick<Revision, 'segmentId' | 'field' | 'role' | 'author' | 'at'>;

const STATUS_DECISIONS: Partial<Record<Status, DecisionKind>> = {
  reviewed: 'accepted',
  approved: 'status',
  rejected: 'status',
};

const TEXT_FIELDS: readonly string[] = ['source', 'target', 'status'];

/**
 * The decisions on the rows of a comparison, by row id, read back from what the rows are and
 * from `revisions` (those written after A was saved, and before B when B is a version). Nothing
 * else is stored: a changed row is decided while its status says so (as track changes reads it),
 * and a row that no longer differs from A although it was changed since A was set back, i.e.
 * rejected.
 */
export function rowDecisions(
  rows: readonly RowComparison[],
  revisions: readonly DecisionRevision[],
): Map<string, RowDecision> {
  const byRow = new Map<string, DecisionRevision[]>();
  for (const r of revisions) {
    const list = byRow.get(r.segmentId);
    if (list) list.push(r);
    else byRow.set(r.segmentId, [r]);
  }
  // The newest revision of `fields` on any of the rows.
  const newest = (ids: readonly string[], fields: readonly string[]) => {
    let best: DecisionRevision | undefined;
    for (const id of ids)
      for (const r of byRow.get(id) ?? [])
        if (fields.includes(r.field) && (!best || r.at >= best.at)) best = r;
    return best;
  };
  const out = new Map<string, RowDecision>();
  for (const r of rows) {
    const b = r.b[0];
    if (!b) continue;
    const ids = r.b.map((x) => x.id);
    const who = (rev: DecisionRevision | undefined) =>
      rev ? { author: rev.author, role: rev.role, at: rev.at } : { author: '', at: 0 };
    if (r.type === 'unchanged') {
      const back = newest(ids, TEXT_FIELDS);
      if (back) out.set(r.id, { kind: 'rejected', status: b.status, ...who(back) });
      continue;
    }
    const kind = STATUS_DECISIONS[b.status];
    if (kind) out.set(r.id, { kind, status: b.status, ...who(newest(ids, ['status'])) });
  }
  return out;
}

export interface ReviewTotals {
  /** Rows in the comparison (a merged or split group counts once). */
  compared: number;
  /** Rows changed since A, counting those set back (rejected) since. */
  changed: number;
  accepted: number;
  /** Rows whose status a reviewer set (approved, rejected). */
  statusSet: number;
  rejected: number;
  undecided: number;
}

/** The counts a review report opens with; every changed row is in exactly one decision. */
export function reviewTotals(
  rows: readonly RowComparison[],
  decisions: ReadonlyMap<string, Pick<RowDecision, 'kind'>>,
): ReviewTotals {
  const t: ReviewTotals = {
    compared: rows.length,
    changed: 0,
    accepted: 0,
    statusSet: 0,
    rejected: 0,
    undecided: 0,
  };
  for (const r of rows) {
    const d = decisions.get(r.id);
    if (r.type === 'unchanged' && d?.kind !== 'rejected') continue;
    t.changed++;
    if (!d) t.undecided++;
    else if (d.kind === 'accepted') t.accepted++;
    else if (d.kind === 'status') t.statusSet++;
    else t.rejected++;
  }
  return t;
}
