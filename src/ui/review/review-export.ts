// Builds the review report (HTML) or summary (CSV) of a comparison in the UI language and
// hands it to the browser as a download. The report is only ever downloaded, never shown here.
import {
  reviewReportCsv,
  reviewReportHtml,
  withCodeLabels,
  type Comparison,
  type ReportComment,
  type ReportDecision,
  type RowComparison,
} from '../../core/diff/index.js';
import type { Segment } from '../../core/model.js';
import type { RowDecision } from '../../core/review.js';
import { i18n, t } from '../../i18n/index.js';
import { decisionForReport, download, formatWhen, reportLabels } from './review-labels.js';
import { issueChip } from '../common/lqa-labels.js';
import { qualityForReport } from './lqa-report.js';

export interface ExportMeta {
  documentName: string;
  aName: string;
  bName: string;
  /** The rows now, for their comments. */
  segments: readonly Segment[];
  /** The decisions on the comparison's rows, by row id. */
  decisions: ReadonlyMap<string, RowDecision>;
  /** The project's LQA pass threshold (unset: the default). */
  threshold?: number;
}

export function exportReport(
  kind: 'html' | 'csv',
  comparison: Comparison,
  shown: readonly RowComparison[],
  meta: ExportMeta,
): void {
  // Inline codes as their labels (⟨1 … 1⟩): a placeholder would be invisible in the report.
  const codes = new Map(meta.segments.map((s) => [s.id, s.codes]));
  const c = withCodeLabels(comparison, (id) => codes.get(id));
  const at = new Map(comparison.rows.map((r, i) => [r, i]));
  const rows = shown.map((r) => c.rows[at.get(r) ?? -1] ?? r);
  const labels = reportLabels();
  const date = new Date();
  const file = `${t('review.report.file')}-${date.toISOString().slice(0, 10)}`;
  const when = formatWhen;
  const decisions = new Map<string, ReportDecision>();
  for (const [id, d] of meta.decisions) decisions.set(id, decisionForReport(d));
  const comments: Record<string, ReportComment[]> = {};
  for (const s of meta.segments) {
    if (!s.comments?.length) continue;
    comments[s.id] = s.comments.map((x) => ({
      author: x.author || t(`role.${x.role}`),
      text: x.text,
      resolved: x.resolved,
      at: when(x.at),
      // The review page has loaded the LQA words (its summary shows them).
      ...(x.issue
        ? { issue: issueChip(x.issue) + (x.withdrawn ? ` (${t('lqa.withdrawn')})` : '') }
        : {}),
    }));
  }
  if (kind === 'csv') {
    const csv = reviewReportCsv(c, { labels, rows, comments, decisions });
    download(`${file}.csv`, csv, 'text/csv;charset=utf-8');
    return;
  }
  const html = reviewReportHtml(c, {
    labels,
    lang: i18n.language,
    documentName: meta.documentName,
    aName: meta.aName,
    bName: meta.bName,
    generatedAt: when(date.getTime()),
    rows,
    comments,
    decisions,
    quality: qualityForReport(meta.segments, meta.threshold),
  });
  download(`${file}.html`, html, 'text/html;charset=utf-8');
}
