// Fixed words of the reports. The app passes its own from locales/ (UI strings live there);
// the English set below is for tests and the command line only.
import type { Status } from '../model.js';
import type { DecisionKind } from '../review.js';
import type { ChangeKind } from './classify.js';
import type { RowChange } from './rows.js';

export interface ReportLabels {
  title: string;
  document: string;
  versionA: string;
  versionB: string;
  generated: string;
  summary: string;
  rows: string;
  rowsChanged: string;
  statusChanged: string;
  inserted: string;
  deleted: string;
  chars: string;
  words: string;
  legend: string;
  number: string;
  /** After the number of a row that is only in A (removed). */
  inA: string;
  rowsListed: string;
  decision: string;
  decidedBy: string;
  decidedAt: string;
  change: string;
  kinds: string;
  source: string;
  target: string;
  status: string;
  note: string;
  comments: string;
  resolved: string;
  open: string;
  moved: string;
  noRows: string;
  /** CSV column headings for the two sides and for the marked-up target changes. */
  sourceA: string;
  sourceB: string;
  targetA: string;
  targetB: string;
  statusA: string;
  statusB: string;
  noteA: string;
  noteB: string;
  targetChanges: string;
  types: Record<RowChange, string>;
  statuses: Record<Status, string>;
  changeKinds: Record<ChangeKind, string>;
  /** Between the kinds of a change: ", " in English, "、" in Chinese. */
  kindsSeparator: string;
  /** A decision, and the totals of each (`undecided`: changed rows nobody decided on yet). */
  decisions: Record<DecisionKind | 'undecided', string>;
}

export const EN_REPORT_LABELS: ReportLabels = {
  title: 'Review report',
  document: 'Document',
  versionA: 'Version A',
  versionB: 'Version B',
  generated: 'Generated',
  summary: 'Summary',
  rows: 'Rows compared',
  rowsChanged: 'Rows changed (including rejected)',
  statusChanged: 'Status changes',
  inserted: 'Inserted',
  deleted: 'Deleted',
  chars: 'Chinese characters',
  words: 'words',
  legend: 'Deleted text is struck through; inserted text is underlined.',
  number: '#',
  inA: '(in A)',
  rowsListed: 'Rows in this report',
  decision: 'Decision',
  decidedBy: 'Decided by',
  decidedAt: 'Decided at',
  change: 'Change',
  kinds: 'Kinds',
  kindsSeparator: ', ',
  source: 'Source',
  target: 'Target',
  status: 'Status',
  note: 'Note',
  comments: 'Comments',
  resolved: 'resolved',
  open: 'open',
  moved: 'moved',
  noRows: 'No rows to show.',
  sourceA: 'Source A',
  sourceB: 'Source B',
  targetA: 'Target A',
  targetB: 'Target B',
  statusA: 'Status A',
  statusB: 'Status B',
  noteA: 'Note A',
  noteB: 'Note B',
  targetChanges: 'Target changes',
  types: {
    unchanged: 'unchanged',
    modified: 'modified',
    added: 'added',
    removed: 'removed',
    merged: 'merged',
    split: 'split',
  },
  statuses: {
    new: 'new',
    draft: 'draft',
    translated: 'translated',
    reviewed: 'reviewed',
    approved: 'approved',
    rejected: 'rejected',
  },
  changeKinds: {
    whitespace: 'whitespace',
    'punctuation-width': 'punctuation width',
    number: 'number',
    text: 'text',
  },
  decisions: {
    accepted: 'Accepted',
    rejected: 'Rejected',
    status: 'Status set',
    undecided: 'Undecided',
  },
};
