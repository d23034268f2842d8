// Builds the QA report (HTML or CSV) of the open document in the UI language and hands it to the
// browser as a download, as the review report is.
import type { ShownFinding } from '../../core/qa/findings-view.js';
import { qaReportCsv, qaReportHtml, type QaReportLabels } from '../../core/qa/report.js';
import type { Project, Segment } from '../../core/model.js';
import { i18n, t } from '../../i18n/index.js';
import { download } from '../review/review-labels.js';
import { formatWhen, qaMessage, whenIgnored } from './qa-words.js';

export function qaReportLabels(): QaReportLabels {
  const L = (k: string) => t(`qaPanel.report.${k}`);
  return {
    title: L('title'),
    document: L('document'),
    generated: L('generated'),
    errors: L('errors'),
    warnings: L('warnings'),
    ignoredCount: L('ignoredCount'),
    row: L('row'),
    check: L('check'),
    severity: L('severity'),
    message: L('message'),
    source: L('source'),
    target: L('target'),
    ignored: L('ignored'),
    none: L('none'),
  };
}

export function exportQaReport(
  kind: 'html' | 'csv',
  findings: readonly ShownFinding[],
  doc: { project: Project; name: string; segments: readonly Segment[] },
): void {
  const rows = new Map(doc.segments.map((s) => [s.id, s]));
  const entries = findings.map((f) => {
    const s = rows.get(f.rowId);
    return {
      row: f.row + 1,
      check: t(`qa.check.${f.check}`),
      severity: t(`qaPanel.severity.${f.severity}`),
      error: f.severity === 'error',
      message: qaMessage(f),
      source: s?.source ?? '',
      target: s?.target ?? '',
      ignored: f.ignored ? whenIgnored(f.ignored) : '',
    };
  });
  const labels = qaReportLabels();
  const now = new Date();
  const file = `${t('qaPanel.report.file')}-${now.toISOString().slice(0, 10)}`;
  if (kind === 'csv') {
    download(`${file}.csv`, qaReportCsv(entries, labels), 'text/csv;charset=utf-8');
    return;
  }
  const html = qaReportHtml(entries, {
    labels,
    documentName: doc.name,
    generatedAt: formatWhen(now.getTime()),
    lang: i18n.language,
    sourceLang: doc.project.sourceLang,
    targetLang: doc.project.targetLang,
  });
  download(`${file}.html`, html, 'text/html;charset=utf-8');
}
