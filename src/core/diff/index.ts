// Comparison engine of the review: word diffs that understand Chinese, row matching between
// versions (with merges and splits), change classification, filters, summary and reports.
export { tokenize, graphemes, countText, detectLang, hasHan, type Counts } from './tokenize.js';
export { classifyChange, toHalfWidth, MINOR_KINDS, type ChangeKind } from './classify.js';
export {
  diffText,
  oldText,
  newText,
  type DiffPart,
  type Hunk,
  type PartKind,
  type TextDiff,
} from './text-diff.js';
export {
  compareRows,
  compareRowsInChunks,
  type ComparePartial,
  guessLang,
  type Comparison,
  type RowChange,
  type RowComparison,
  type RowSnapshot,
} from './rows.js';
export type { CompareLangs, CompareLayout, CompareOptions } from './options.js';
export { summarize, type FieldCounts, type Summary } from './summary.js';
export {
  filterRows,
  hasVisibleChange,
  isIgnored,
  nextChangeIndex,
  type RowFilter,
} from './filters.js';
export { EN_REPORT_LABELS, type ReportLabels } from './report-labels.js';
export {
  reviewReportHtml,
  escapeHtml,
  rowNumber,
  decisionText,
  type ReportComment,
  type ReportDecision,
  type ReportMeta,
  type ReportQuality,
  type ReportRecord,
} from './report-html.js';
export { reviewReportCsv, csvCell, markedText, type CsvOptions } from './report-csv.js';
export { withCodeLabels } from './code-labels.js';
