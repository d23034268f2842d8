// Track changes in the grid: each row of the document against its text in a saved version
// ("changes since"), as plain data. A decision is read back from the row's status, so it needs no
// storage of its own: accepting marks the row reviewed (approved rows stay approved), rejecting
// puts the version's source, target and status back (the row then equals the version and shows
// no change), and a later edit that takes the status below reviewed makes the change undecided
// again.
import { findJoins } from './diff/joins.js';
import type { TextDiff } from './diff/text-diff.js';
import type { Status, VersionSegment } from './model.js';
import type { Decision, ReviewPatch } from './review.js';

/** The fields of a row that a version keeps and track changes compares. */
export type Baseline = Pick<VersionSegment, 'source' | 'target' | 'status'>;

/**
 * How a row differs from the version: `modified` in place, `added` since, or part of a
 * `merged`/`split` row (whose other rows vanished or were added).
 */
export type TrackChange = 'unchanged' | 'modified' | 'added' | 'merged' | 'split';

/** Merged and split rows, by the id of the row as it is now. */
export type Structural = ReadonlyMap<string, 'merged' | 'split'>;

export interface TrackState {
  change: TrackChange;
  /** A reviewer has accepted the change: the row is reviewed or approved. */
  accepted: boolean;
  canAccept: boolean;
  /**
   * Only a row changed in place can be set back by a text edit. Setting back a merge or a split
   * row by row would drop or duplicate text, so those (and added rows) need the version restored.
   */
  canReject: boolean;
}

/** Statuses that mean a reviewer has seen the row; accepting keeps them. */
export const ACCEPTED: readonly Status[] = ['reviewed', 'approved'];

export const sameAsBaseline = (s: Baseline, base: Baseline): boolean =>
  s.source === base.source && s.target === base.target && s.status === base.status;

/** Where a row stands against its baseline (`undefined`: the row is not in the version). */
export function trackState(
  s: Baseline,
  base: Baseline | undefined,
  structural?: 'merged' | 'split',
): TrackState {
  const change: TrackChange =
    base && sameAsBaseline(s, base) ? 'unchanged' : (structural ?? (base ? 'modified' : 'added'));
  const accepted = change !== 'unchanged' && ACCEPTED.includes(s.status);
  return {
    change,
    accepted,
    canAccept: change !== 'unchanged' && !accepted,
    canReject: change === 'modified',
  };
}

/** A change still waiting for a decision. */
export const isUndecided = (s: Baseline, base: Baseline | undefined): boolean =>
  trackState(s, base).canAccept;

export interface TrackedRow {
  id: string;
  now: Baseline;
  base: Baseline | undefined;
  structural?: 'merged' | 'split';
}

/** The patches that carry out `decision` on `rows`; rows it does not apply to are skipped. */
export function trackPatches(rows: readonly TrackedRow[], decision: Decision): ReviewPatch[] {
  const out: ReviewPatch[] = [];
  for (const r of rows) {
    const st = trackState(r.now, r.base, r.structural);
    if (decision === 'accept' && st.canAccept) {
      out.push({ id: r.id, patch: { status: 'reviewed' } });
    } else if (decision === 'reject' && st.canReject && r.base) {
      const { source, target, status } = r.base;
      out.push({ id: r.id, patch: { source, target, status } });
    }
  }
  return out;
}

const byOrder = (x: VersionSegment, y: VersionSegment): number =>
  x.order < y.order ? -1 : x.order > y.order ? 1 : 0;

/**
 * Rows of `now` that are a merge of several rows of the version, or one part of a split of a
 * version row, found the way the comparison finds them (joined texts equal). Cheap when nothing
 * structural happened: rows whose neighbours all kept their ids are never looked at.
 */
export function structuralChanges(
  version: readonly VersionSegment[],
  now: readonly VersionSegment[],
): Map<string, 'merged' | 'split'> {
  const A = [...version].sort(byOrder);
  const B = [...now].sort(byOrder);
  const usedA = new Array<boolean>(A.length).fill(false);
  const usedB = new Array<boolean>(B.length).fill(false);
  const out = new Map<string, 'merged' | 'split'>();
  for (const j of findJoins(B, A, usedA, usedB)) out.set(B[j.one].id, 'merged');
  for (const j of findJoins(A, B, usedB, usedA)) for (const i of j.run) out.set(B[i].id, 'split');
  return out;
}

const ELLIPSIS = '…';

/**
 * Shortens the unchanged stretches of a diff for a compact one-line view: at most `context`
 * characters are kept next to each change, the rest becomes "…". Cuts fall between code points,
 * and on a space when there is one close by, so words and surrogate pairs stay whole.
 */
export function compactDiff(d: TextDiff, context = 30): TextDiff {
  const last = d.parts.length - 1;
  const parts = d.parts.map((p, i) => {
    if (p.kind !== 'equal') return p;
    const chars = Array.from(p.text);
    const keepHead = i === 0 ? 0 : context;
    const keepTail = i === last ? 0 : context;
    if (chars.length <= keepHead + keepTail + 1) return p;
    const head = cutAfter(chars, keepHead);
    const tail = cutBefore(chars, chars.length - keepTail);
    return {
      ...p,
      text: `${chars.slice(0, head).join('')}${ELLIPSIS}${chars.slice(tail).join('')}`,
    };
  });
  return { ...d, parts };
}

// Within this many characters of the cut, a space is a better place to cut.
const NEAR = 8;

/** The index of the space nearest to `n` (at most NEAR away), or -1. */
function nearestSpace(chars: string[], n: number): number {
  for (let d = 0; d <= NEAR; d++) {
    if (/\s/u.test(chars[n - d] ?? '')) return n - d;
    if (/\s/u.test(chars[n + d] ?? '')) return n + d;
  }
  return -1;
}

/** End of a head of about `n` characters, just after a space when one is near. */
function cutAfter(chars: string[], n: number): number {
  if (n === 0) return 0;
  const w = nearestSpace(chars, n);
  return w >= 0 ? w + 1 : n;
}

/** Start of a tail from about index `n`, at a space when one is near. */
function cutBefore(chars: string[], n: number): number {
  if (n >= chars.length) return chars.length;
  const w = nearestSpace(chars, n);
  return w >= 0 ? w : n;
}
