// Quality checks: ids are a contract (the command line prints them), findings are plain data
// worded by the UI from `qa.message.<check>` in locales/ and by the CLI in English.

import type { InlineCode } from '../model.js';

export const CHECK_IDS = [
  'empty',
  'same-as-source',
  'untranslated-text',
  'number',
  'punctuation-width',
  'end-punctuation',
  'brackets',
  'quotes',
  'spacing',
  'repeated-word',
  'inconsistent-translation',
  'inconsistent-source',
  'tags',
  'term',
  'length',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export type Severity = 'error' | 'warning';

export interface QaRow {
  /** The segment's stable id (empty for rows that have none, e.g. on the command line). */
  id: string;
  source: string;
  target: string;
  /** The row's inline codes, so a tag finding names them as the grid's chips do. */
  codes?: readonly InlineCode[];
}

export interface Finding {
  /** 0-based index of the row in the rows checked. */
  row: number;
  rowId: string;
  check: CheckId;
  severity: Severity;
  /** Names what differs, for the message (e.g. { source: '1.2亿', target: '12 million' }). */
  params: Record<string, string | number>;
  /** Where in the target (UTF-16 offsets, end exclusive), when the finding has a place. */
  span?: [number, number];
}

/** The languages of a document's two sides, as the checks read them. */
export interface QaContext {
  sourceLang: 'zh' | 'en';
  targetLang: 'zh' | 'en';
  /**
   * Whether the rows before this one left an English quotation open (a speech that runs on into
   * the next paragraph reopens with a quote that never closes there). Set by `checkDocument`;
   * unknown when a row is checked alone, and then taken as possibly open.
   */
  quoteOpenBefore?: boolean;
  /**
   * Whether one of the next few rows closes a quotation before it opens one (a speech cut into
   * sentences opens in one row and closes in a later one). Set by `checkDocument`.
   */
  quoteClosesLater?: boolean;
}

/** Per-project choices: which checks run and at what severity (unset: the defaults below). */
export interface QaSettings {
  enabled?: Partial<Record<CheckId, boolean>>;
  severity?: Partial<Record<CheckId, Severity>>;
}

export const DEFAULT_SEVERITY: Record<CheckId, Severity> = {
  empty: 'error',
  'same-as-source': 'error',
  'untranslated-text': 'error',
  number: 'error',
  'punctuation-width': 'warning',
  'end-punctuation': 'warning',
  brackets: 'error',
  quotes: 'error',
  spacing: 'warning',
  'repeated-word': 'warning',
  'inconsistent-translation': 'warning',
  'inconsistent-source': 'warning',
  tags: 'error',
  term: 'warning',
  length: 'warning',
};

/** What a check found in one row, before the row and severity are put on it. */
export interface Hit {
  params: Record<string, string | number>;
  span?: [number, number];
}

/** A check of one row. */
export type RowCheck = (row: QaRow, ctx: QaContext) => Hit[];

/** A check over the whole document (consistency, or another module's: the termbase's `term`). */
export type DocumentCheck = (rows: readonly QaRow[], ctx: QaContext) => Finding[];
