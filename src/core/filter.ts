// Which rows the grid shows, and the progress figures of its header: plain functions over segments.
import { CONFIRMED, LOW_CONFIDENCE, STATUSES, type Segment, type Status } from './model.js';
import { isUndecided } from './track.js';

export interface RowFilter {
  /** 'all', 'unconfirmed' (new, draft, rejected) or one status. */
  status: 'all' | 'unconfirmed' | Status;
  /** Case-insensitive text that source or target must contain. */
  text: string;
  /** Only rows whose alignment confidence is below LOW_CONFIDENCE. */
  lowConfidence: boolean;
  /** Only rows with a comment not yet resolved. */
  openComments?: boolean;
  /** Only rows added or changed (source, target or status) since this snapshot of a version. */
  since?: ReadonlyMap<string, Pick<Segment, 'source' | 'target' | 'status'>>;
  /** With `since`: only changes not yet accepted (see core/track.ts). */
  undecidedOnly?: boolean;
}

/** The aligner's: a row flagged in the alignment view is flagged in the grid too. */
export { LOW_CONFIDENCE };

export const NO_FILTER: RowFilter = { status: 'all', text: '', lowConfidence: false };

export const isConfirmed = (s: Status): boolean => CONFIRMED.includes(s);

export function isFiltering(f: RowFilter): boolean {
  return (
    f.status !== 'all' ||
    f.text.trim() !== '' ||
    f.lowConfidence ||
    !!f.openComments ||
    f.since !== undefined
  );
}

export function filterSegments(segments: readonly Segment[], f: RowFilter): Segment[] {
  if (!isFiltering(f)) return segments as Segment[];
  const needle = f.text.trim().toLocaleLowerCase();
  return segments.filter((s) => {
    if (
      f.status === 'unconfirmed'
        ? isConfirmed(s.status)
        : f.status !== 'all' && s.status !== f.status
    )
      return false;
    if (f.lowConfidence && s.confidence >= LOW_CONFIDENCE) return false;
    if (f.openComments && !s.comments?.some((c) => !c.resolved)) return false;
    if (needle && !`${s.source}\n${s.target}`.toLocaleLowerCase().includes(needle)) return false;
    if (f.since && !changedSince(s, f.since)) return false;
    if (f.since && f.undecidedOnly && !isUndecided(s, f.since.get(s.id))) return false;
    return true;
  });
}

export function countByStatus(segments: readonly Segment[]): Record<Status, number> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of segments) out[s.status]++;
  return out;
}

/** True when a row is new since the snapshot, or its source, target or status differ from it. */
export function changedSince(
  s: Segment,
  snapshot: ReadonlyMap<string, Pick<Segment, 'source' | 'target' | 'status'>>,
): boolean {
  const v = snapshot.get(s.id);
  return !v || v.source !== s.source || v.target !== s.target || v.status !== s.status;
}

/** True when two lists hold the same rows in the same order (their text may differ). */
export function sameIds(a: readonly Segment[], b: readonly Segment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id) return false;
  return true;
}
