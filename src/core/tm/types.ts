// The translation memory's data, shared by the index (core/tm), the store, the memory service
// and the command line. A TM holds units for one language pair; it serves the other direction
// by swapping sides (the caller indexes the side that matches the query's language).
import type { InlineCode } from '../model.js';
import type { LangCode } from '../text/lang.js';

export interface TmUnit {
  /** Stable id, assigned by whoever stores the unit. */
  id: string;
  source: string;
  target: string;
  /** Context: the neighbouring source sentences where the unit was confirmed (for 101 %). */
  prev?: string;
  next?: string;
  /** Where it came from. */
  project?: string;
  document?: string;
  author?: string;
  createdAt: number;
  changedAt: number;
  /** Who changed it last, when that is not who created it (TMX `changeid`). */
  changedBy?: string;
  /** Inline codes of source and target (U+E000 + index, as in core/formats/inline-codes.ts). */
  codes?: InlineCode[];
}

/** How a match relates to the query: same source and neighbours, same source, or similar. */
export type MatchKind = 'context' | 'exact' | 'fuzzy';

export interface TmMatch {
  unit: TmUnit;
  /** 0–100; a context match reports 101. */
  score: number;
  kind: MatchKind;
}

export interface LookupOptions {
  /** Lowest score returned (default 70). */
  min?: number;
  /** Most matches returned (default 5). */
  max?: number;
  /** The query's neighbouring source sentences, for context matches. */
  prev?: string;
  next?: string;
}

/** A candidate index over one side of a TM's units, in one language. */
export interface TmIndex {
  readonly lang: LangCode;
  readonly size: number;
  add(unit: TmUnit): void;
  remove(id: string): void;
  /** Best matches first; ties broken by the newest change. */
  lookup(query: string, options?: LookupOptions): TmMatch[];
}

/** Bands a job is quoted by, as CAT tools report them. */
export const ANALYSIS_BANDS = [
  'context',
  'exact',
  'repetition',
  '95-99',
  '85-94',
  '75-84',
  '50-74',
  'none',
] as const;
export type AnalysisBand = (typeof ANALYSIS_BANDS)[number];

/**
 * The snapshot format: 2 since words are keyed in NFKC with typographic apostrophes read as typed
 * ones (ＰＤＦ = PDF, user’s = user's) and digits glued to letters are tokens of their own (10km =
 * 10 km); 3 since an abbreviation's points and a short compound's hyphen are inside its word
 * (U.S. = US, e-mail = email). An older snapshot's vocabulary would disagree with today's
 * tokens, so the store ignores it and the index is built again from the units.
 */
export const TM_INDEX_VERSION = 3;
