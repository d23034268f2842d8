// The QA report of a document as CSV (for a spreadsheet) and as a self-contained HTML page (to
// read or print), from findings the caller has already worded in the UI language. Text from the
// document is data: escaped in HTML, defused against formula injection in CSV.
import { csvCell } from '../diff/report-csv.js';
import { escapeHtml } from '../diff/report-html.js';

/** One finding as the report prints it, every field already in words. */
export interface QaReportEntry {
  /** 1-based row number as the grid shows it. */
  row: number;
  check: string;
  severity: string;
  /** Whether the finding is an error (the HTML marks it). */
  error: boolean;
  message: string;
  source: string;
  target: string;
  /** Who ignored it and when ('' when open). */
  ignored: string;
}

export interface QaReportLabels {
  title: string;
  document: string;
  generated: string;
  errors: string;
  warnings: string;
  ignoredCount: string;
  row: string;
  check: string;
  severity: string;
  message: string;
  source: string;
  target: string;
  ignored: string;
  none: string;
}

export interface QaReportMeta {
  labels: QaReportLabels;
  documentName: string;
  /** Already formatted in the UI language. */
  generatedAt: string;
  /** The report's language, for `<html lang>`. */
  lang: string;
  sourceLang: string;
  targetLang: string;
}

export function qaReportCsv(entries: readonly QaReportEntry[], L: QaReportLabels): string {
  const lines = [
    [L.row, L.check, L.severity, L.message, L.source, L.target, L.ignored],
    ...entries.map((e) => [
      String(e.row),
      e.check,
      e.severity,
      e.message,
      e.source,
      e.target,
      e.ignored,
    ]),
  ];
  // A byte order mark, so spreadsheet programs read Chinese as UTF-8.
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.5 system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:24px;color:#111}
h1{font-size:20px;margin:0 0 8px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:0 0 16px}
dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee}
td.text{white-space:pre-wrap;overflow-wrap:anywhere}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
tr.error td.sev{color:#8a1111;font-weight:600}
tr.ignored td{color:#555}
@media print{body{margin:0;font-size:11pt}thead{display:table-header-group}tr{break-inside:avoid}}
@page{margin:15mm}
`;

export function qaReportHtml(entries: readonly QaReportEntry[], meta: QaReportMeta): string {
  const L = meta.labels;
  const e = escapeHtml;
  const open = entries.filter((x) => !x.ignored);
  const errors = open.filter((x) => x.error).length;
  const summary: [string, string][] = [
    [L.document, meta.documentName],
    [L.generated, meta.generatedAt],
    [L.errors, String(errors)],
    [L.warnings, String(open.length - errors)],
    [L.ignoredCount, String(entries.length - open.length)],
  ];
  const text = (s: string, lang: string) => `<td class="text" lang="${e(lang)}">${e(s)}</td>`;
  const rows = entries.map(
    (x) =>
      `<tr class="${x.error ? 'error' : 'warning'}${x.ignored ? ' ignored' : ''}">` +
      `<td class="num">${x.row}</td><td>${e(x.check)}</td><td class="sev">${e(x.severity)}</td>` +
      `<td>${e(x.message)}</td>${text(x.source, meta.sourceLang)}${text(x.target, meta.targetLang)}` +
      `<td>${e(x.ignored)}</td></tr>`,
  );
  return `<!doctype html>
<html lang="${e(meta.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(L.title)} — ${e(meta.documentName)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(L.title)}</h1>
<dl>${summary.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>
${
  entries.length === 0
    ? `<p>${e(L.none)}</p>`
    : `<table>
<thead><tr><th>${e(L.row)}</th><th>${e(L.check)}</th><th>${e(L.severity)}</th><th>${e(L.message)}</th><th>${e(L.source)}</th><th>${e(L.target)}</th><th>${e(L.ignored)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}
</body>
</html>
`;
}
