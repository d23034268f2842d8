// A termbase's data: concepts (entries) holding terms per language. Plain data, so it crosses a
// Worker boundary and is stored as it is; languages are keyed by the app's tags where they are
// one of its two languages (zh-CN, zh → zh-Hans; en-US → en), else as the file wrote them.

export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export interface Term {
  text: string;
  status: TermStatus;
  /** Part of speech as the file says it (noun, verb…). */
  pos?: string;
  note?: string;
  /** Who made or last changed the term, and when (ms since epoch). */
  author?: string;
  changedAt?: number;
}

export interface TermEntry {
  /** Stable id: the file's, or assigned on import. */
  id: string;
  /** Terms by language tag, preferred first. */
  terms: Record<string, Term[]>;
  /** Definition or note of the concept. */
  note?: string;
  subject?: string;
  author?: string;
  createdAt?: number;
  changedAt?: number;
  /** True when the entry has no term in one of the termbase's languages (kept, flagged). */
  incomplete?: boolean;
}

/** What a termbase import found besides its entries. */
export interface TermbaseSummary {
  /** Entries in the file, before duplicates were merged. */
  read: number;
  /** Entries kept after merging. */
  entries: number;
  /** Entries merged into an earlier one because they shared a term. */
  merged: number;
  /** A few of the merged terms, to show the user what happened. */
  mergedExamples: string[];
  incomplete: number;
  /** The languages present, most terms first. */
  langs: string[];
}

export interface TermbaseData {
  format: 'tbx' | 'tsv' | 'csv';
  entries: TermEntry[];
  summary: TermbaseSummary;
  warnings: string[];
}

/** A term found in a text. */
export interface TermHit {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** The text found there, as written. */
  source: string;
  /** The entries whose source-language term this is. */
  entryIds: string[];
  /** The target-language terms of those entries, preferred first, forbidden last. */
  targets: Term[];
  /** Status of the source term itself (a forbidden source term is still found). */
  sourceStatus: TermStatus;
}

export type TermsErrorCode = 'unknown-language';

/** A termbase that cannot serve the asked pair; `present` names the languages it has. */
export class TermsError extends Error {
  override name = 'TermsError';
  constructor(
    readonly code: TermsErrorCode,
    readonly params: { wanted: string; present: string },
    message: string,
  ) {
    super(message);
  }
}
