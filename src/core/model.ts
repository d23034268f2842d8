// The domain model shared by every part of the app (see DESIGN.md). Plain data only.
import type { Issue } from './lqa-model.js';

export type Lang = 'zh-Hans' | 'en';

export const STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that count as "confirmed" work (exports can be limited to these). */
export const CONFIRMED: readonly Status[] = ['translated', 'reviewed', 'approved'];

/**
 * A row's `confidence` below this is worth a look: the alignment view's colour, "next
 * low-confidence row", the grid's low-confidence filter and badge. Chosen from the gold sets'
 * figures in README § Alignment (`npx tsx bench/align-confidence-fit.ts` prints them by
 * threshold): about one bead in twenty falls under it, half of those wrong, and a sentence
 * deleted from a real translation lands below it. Here rather than in core/align so the grid
 * reads it without loading the aligner.
 */
export const LOW_CONFIDENCE = 0.75;
/**
 * Below this (and not low) the alignment view shows a bead as "medium": by the same figures, the
 * beads between 0.75 and 0.85 are about 3 % of all and a quarter of them wrong, several times the
 * rate above.
 */
export const MEDIUM_CONFIDENCE = 0.85;

/**
 * The status a row takes when its `field` is changed to `value` by anything but a review
 * decision — typing, paste, replace all, restoring an old value: a confirmed row becomes a draft
 * (the change needs confirming again, and a reviewer's earlier acceptance no longer covers it),
 * as does a new or rejected row that gets a translation. Undefined: the status stays.
 */
export function statusAfterChange(
  status: Status,
  field: 'source' | 'target' | 'status' | 'note',
  value: string,
): Status | undefined {
  if (field !== 'source' && field !== 'target') return undefined;
  if (CONFIRMED.includes(status)) return 'draft';
  if ((status === 'new' || status === 'rejected') && field === 'target' && value) return 'draft';
  return undefined;
}

export interface Project {
  id: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  createdAt: number;
  updatedAt: number;
}

export interface DocumentRecord {
  id: string;
  projectId: string;
  name: string;
  order: number;
}

/** An alignment link such as 1-1, 1-2 or 0-1: how many source and target sentences a row joins. */
export interface Link {
  source: number;
  target: number;
}

/** One row of the grid: an aligned pair. */
export interface Segment {
  /** Stable, never reused. */
  id: string;
  docId: string;
  /** A sortable key (see core/order.ts), so merge/split/insert never renumbers all rows. */
  order: string;
  /** True when this row starts a new paragraph. */
  paragraphStart: boolean;
  source: string;
  target: string;
  status: Status;
  link: Link;
  /** 0..1, how sure the aligner was; 1 for rows typed or imported as pairs. */
  confidence: number;
  note: string;
  updatedAt: number;
  /** Counter for conflict detection between tabs: bumped on every write. */
  rev: number;
  /** Inline codes of an imported pair (see InlineCode), so exports can restore the tags. */
  codes?: InlineCode[];
  /** Review comments, oldest first; absent on rows nobody commented on. */
  comments?: ReviewComment[];
}

/** A reviewer's or translator's comment on a row; resolved comments stay for the record. */
export interface ReviewComment {
  id: string;
  author: string;
  role: Role;
  at: number;
  text: string;
  resolved: boolean;
  /** Set when a reviewer logged the comment as an LQA issue (core/lqa.ts); absent on a plain comment. */
  issue?: Issue;
  /** An issue its reviewer took back (logged by mistake): kept for the record, never scored. */
  withdrawn?: boolean;
}

export type SegmentField = 'source' | 'target' | 'status' | 'note';

export type Role = 'translator' | 'reviewer';

/**
 * What each role may set: a translator confirms as translated; reviewed, approved and rejected,
 * and accepting or rejecting changes, are a reviewer's call (as in memoQ and Trados).
 */
export const ROLE_STATUSES: Readonly<Record<Role, readonly Status[]>> = {
  translator: ['new', 'draft', 'translated'],
  reviewer: STATUSES,
};

export const canSetStatus = (role: Role, status: Status): boolean =>
  ROLE_STATUSES[role].includes(status);

/** Accepting and rejecting tracked changes, and review decisions, are a reviewer's. */
export const canDecide = (role: Role): boolean => role === 'reviewer';

/** Append-only record of one change to one segment. */
export interface Revision {
  id?: number;
  segmentId: string;
  docId: string;
  /** A field edit, or a structural change (merge, split, insert, delete, restore). */
  field: SegmentField | 'merge' | 'split' | 'insert' | 'delete' | 'restore';
  before: string;
  after: string;
  role: Role;
  author: string;
  at: number;
}

export interface VersionSegment {
  id: string;
  order: string;
  source: string;
  target: string;
  status: Status;
  note: string;
}

/** A named, frozen copy of a document. */
export interface Version {
  id: string;
  docId: string;
  name: string;
  author: string;
  createdAt: number;
  segments: VersionSegment[];
}

/**
 * An inline code (a tag of the original document) kept inside a pair's text. In `source` and
 * `target` code number i of `Pair.codes` stands as the single character U+E000 + i (Unicode
 * private use), so the text stays a plain string that the UI renders as inert chips and the
 * exporters turn back into markup. See core/formats/inline-codes.ts.
 */
export interface InlineCode {
  /** open/close: the two ends of a paired span; standalone: a placeholder; isolated: half a pair. */
  kind: 'open' | 'close' | 'standalone' | 'isolated';
  /** Links an open code to its close (TMX `i`, XLIFF `id`/`rid`/`startRef`). */
  id: string;
  /** The element it came from: bpt, ept, it, ph, hi, g, x, bx, ex, mrk, pc, sc, ec, or #char. */
  tag: string;
  /** The native code it stands for (e.g. `<b>`), shown on the chip, never rendered as HTML. */
  data: string;
  /** For isolated codes: whether it begins or ends a span. */
  pos?: 'begin' | 'end';
  /** The element exactly as it was, written back unchanged when exporting to `origin`. */
  xml?: string;
  origin?: 'tmx' | 'xliff12' | 'xliff2';
}

/** A bilingual pair as it travels through import/export. */
export interface Pair {
  source: string;
  target: string;
  status?: Status;
  note?: string;
  createdAt?: number;
  updatedAt?: number;
  /** The id the pair had in its file (XLIFF unit id, TMX tuid). */
  id?: string;
  /** Inline codes referenced from source and target by U+E000 + index. */
  codes?: InlineCode[];
  /** Alignment link, when the pair came from an aligner. */
  link?: Link;
  /** True when this pair starts a new paragraph (plain text and DOCX keep paragraphs). */
  paragraphStart?: boolean;
}
