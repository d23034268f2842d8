// The domain model shared by every part of the app (see DESIGN.md). Plain data only.

export type Lang = 'zh-Hans' | 'en';

export const STATUSES = ['new', 'draft', 'translated', 'reviewed', 'approved', 'rejected'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses that count as "confirmed" work (exports can be limited to these). */
export const CONFIRMED: readonly Status[] = ['translated', 'reviewed', 'approved'];

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
}

export type SegmentField = 'source' | 'target' | 'status' | 'note';

export type Role = 'translator' | 'reviewer';

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

/** A bilingual pair as it travels through import/export. */
export interface Pair {
  source: string;
  target: string;
  status?: Status;
  note?: string;
  createdAt?: number;
  updatedAt?: number;
}
