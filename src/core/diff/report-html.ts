// A self-contained, printable HTML review report. Every piece of text from the document is
// escaped (imported text is data, never markup), and a Content-Security-Policy without scripts
// keeps the file inert even if it is opened from disk.
import type { Lang, Status } from '../model.js';
import { reviewTotals, type DecisionKind } from '../review.js';
import type { ChangeKind } from './classify.js';
import type { ReportLabels } from './report-labels.js';
import type { Comparison, RowComparison } from './rows.js';
import type { TextDiff } from './text-diff.js';
import { detectLang } from './tokenize.js';

export interface ReportComment {
  author: string;
  text: string;
  resolved: boolean;
  /** Already formatted for display by the caller. */
  at?: string;
  /** The LQA issue it logs, as the caller words it ("Terminology · Major"); absent on a comment. */
  issue?: string;
}

/** The quality score (LQA) as the report prints it, every text worded by the caller. */
export interface ReportQuality {
  title: string;
  /** Label and value: words, points, points per 1,000 words, threshold, result. */
  figures: readonly (readonly [string, string])[];
  /** Issues by category × severity: the header row, then one row a category. */
  table: readonly (readonly string[])[];
  /** How the score is computed. */
  note: string;
}

/** A decision on a row as a report prints it. */
export interface ReportDecision {
  kind: DecisionKind;
  status: Status;
  /** Who and when, already formatted for display by the caller ('' when unknown). */
  by: string;
  at: string;
}

/** What the reports add to a comparison: its reviewer's decisions and comments. */
export interface ReportRecord {
  /** The rows to print, e.g. a filtered subset; all rows of the comparison by default. */
  rows?: readonly RowComparison[];
  /** Review comments by segment id. */
  comments?: Readonly<Record<string, readonly ReportComment[]>>;
  /** Decisions by row id (`RowComparison.id`); the totals count them over every row. */
  decisions?: ReadonlyMap<string, ReportDecision>;
  /** The document's quality score, printed after the summary (HTML). */
  quality?: ReportQuality;
}

/** A row's number as the grid shows it; a removed row has only its number in A. */
export const rowNumber = (r: RowComparison, L: ReportLabels): string =>
  r.bRow ? String(r.bRow) : `${r.aRow} ${L.inA}`;

/** A decision in words: "Accepted", "Status set: approved". */
export const decisionText = (d: ReportDecision | undefined, L: ReportLabels): string =>
  !d
    ? ''
    : d.kind === 'status'
      ? `${L.decisions.status}: ${L.statuses[d.status]}`
      : L.decisions[d.kind];

/** The ids of a compared row's segments, B's first (the rows as they are now). */
export const rowIds = (r: RowComparison): string[] => [
  ...new Set([...r.b, ...r.a].map((x) => x.id)),
];

export interface ReportMeta extends ReportRecord {
  labels: ReportLabels;
  /** The report's UI language, for `<html lang>`. */
  lang?: string;
  documentName: string;
  aName: string;
  bName: string;
  /** Already formatted for display by the caller (dates are locale business). */
  generatedAt: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for both element content and quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/gu, (c) => ESCAPES[c]);

const kindClass = (kinds: readonly ChangeKind[]): string => kinds.map((k) => `k-${k}`).join(' ');

function diffHtml(d: TextDiff, labels: ReportLabels): string {
  return d.parts
    .map((p) => {
      const text = escapeHtml(p.text);
      if (p.kind === 'equal') return text;
      const kinds = d.hunks[p.hunk ?? 0]?.kinds ?? [];
      const title = escapeHtml(kinds.map((k) => labels.changeKinds[k]).join(labels.kindsSeparator));
      const tag = p.kind === 'insert' ? 'ins' : 'del';
      return `<${tag} class="${kindClass(kinds)}" title="${title}">${text}</${tag}>`;
    })
    .join('');
}

const cell = (html: string, lang: Lang): string => `<td class="text" lang="${lang}">${html}</td>`;

function rowHtml(r: RowComparison, c: Comparison, meta: ReportMeta): string {
  const L = meta.labels;
  const ids = rowIds(r);
  const kinds = [...new Set([...(r.source?.kinds ?? []), ...r.target.kinds])];
  const change = [
    `<strong>${escapeHtml(L.types[r.type])}</strong>`,
    r.moved ? escapeHtml(L.moved) : '',
    kinds.length
      ? `<span class="kinds">${escapeHtml(kinds.map((k) => L.changeKinds[k]).join(L.kindsSeparator))}</span>`
      : '',
  ]
    .filter(Boolean)
    .join('<br>');
  const sourceText = r.source
    ? diffHtml(r.source, L)
    : escapeHtml((r.b.length ? r.b : r.a).map((x) => x.source).join('\n'));
  const from = r.a[0]?.status;
  const to = r.b[0]?.status;
  const shown = to ?? from;
  const status =
    from && to && from !== to
      ? `<del>${escapeHtml(L.statuses[from])}</del> → <ins>${escapeHtml(L.statuses[to])}</ins>`
      : shown
        ? escapeHtml(L.statuses[shown])
        : '';
  const notes = [...new Set([...r.a, ...r.b].map((x) => x.note).filter(Boolean))];
  const comments = ids.flatMap((id) => meta.comments?.[id] ?? []);
  const remarks = [
    ...notes.map((t) => `<p class="note" lang="${detectLang(t)}">${escapeHtml(t)}</p>`),
    ...comments.map(
      (m) =>
        `<p class="comment ${m.resolved ? 'resolved' : 'open'}"><b>${escapeHtml(m.author)}</b>` +
        `${m.at ? ` <small>${escapeHtml(m.at)}</small>` : ''} ` +
        `<small>[${escapeHtml(m.resolved ? L.resolved : L.open)}]</small>` +
        `${m.issue ? ` <strong class="issue">${escapeHtml(m.issue)}</strong>` : ''}<br>` +
        `<span lang="${detectLang(m.text)}">${escapeHtml(m.text)}</span></p>`,
    ),
  ].join('');
  const d = meta.decisions?.get(r.id);
  const decision = d
    ? [`<strong>${escapeHtml(decisionText(d, L))}</strong>`, escapeHtml(d.by), escapeHtml(d.at)]
        .filter((x) => x && x !== '<strong></strong>')
        .join('<br>')
    : '';
  return (
    `<tr class="row-${r.type}${d ? ` decision-${d.kind}` : ''}">` +
    `<td class="num">${escapeHtml(rowNumber(r, L))}</td><td>${change}</td>` +
    cell(sourceText, c.sourceLang) +
    cell(diffHtml(r.target, L), c.targetLang) +
    `<td>${status}</td><td class="decision">${decision}</td><td>${remarks}</td></tr>`
  );
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
.summary{width:auto;margin-bottom:16px}
td.text{white-space:pre-wrap;overflow-wrap:anywhere}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
del{text-decoration:line-through;text-decoration-thickness:2px;background:#fde2e2;color:#8a1111}
ins{text-decoration:underline;text-decoration-thickness:2px;background:#dcf5dc;color:#0b5e0b}
del.k-whitespace,ins.k-whitespace{outline:1px dashed currentColor}
.kinds{color:#444;font-size:12px}
.comment.resolved{color:#555}
tr.row-unchanged td{color:#444}
@media print{
  body{margin:0;font-size:11pt}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
@page{margin:15mm}
`;

/** The LQA section: its figures, the issues by category × severity, and how it is computed. */
function qualityHtml(q: ReportQuality): string {
  const [head, ...rows] = q.table;
  const cells = (r: readonly string[], tag: 'th' | 'td') =>
    r
      .map((x, i) =>
        i === 0 || tag === 'th'
          ? `<th scope="${tag === 'th' ? 'col' : 'row'}">${escapeHtml(x)}</th>`
          : `<td>${escapeHtml(x)}</td>`,
      )
      .join('');
  return `<section class="quality">
<h2>${escapeHtml(q.title)}</h2>
<table class="summary"><tbody>
${q.figures.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n')}
</tbody></table>
<table class="summary"><thead><tr>${cells(head ?? [], 'th')}</tr></thead><tbody>
${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('\n')}
</tbody></table>
<p>${escapeHtml(q.note)}</p>
</section>
`;
}

/** The review report of a comparison as one HTML document string. */
export function reviewReportHtml(c: Comparison, meta: ReportMeta): string {
  const L = meta.labels;
  const rows = meta.rows ?? c.rows;
  // Counts are of the whole comparison (the listed rows may be a filtered subset of it).
  const s = c.summary;
  const totals = reviewTotals(c.rows, meta.decisions ?? new Map());
  const counts = (x: { chars: number; words: number }) =>
    `${x.chars} ${escapeHtml(L.chars)}, ${x.words} ${escapeHtml(L.words)}`;
  const summaryRows: [string, string][] = [
    [L.rows, String(totals.compared)],
    [L.rowsChanged, String(totals.changed)],
    [L.decisions.accepted, String(totals.accepted)],
    [L.decisions.status, String(totals.statusSet)],
    [L.decisions.rejected, String(totals.rejected)],
    [L.decisions.undecided, String(totals.undecided)],
    [L.rowsListed, String(rows.length)],
    ...(['modified', 'added', 'removed', 'merged', 'split'] as const).map((t): [string, string] => [
      L.types[t],
      String(s.byType[t]),
    ]),
    [L.statusChanged, String(s.statusChanged)],
    [`${L.target}: ${L.inserted}`, counts(s.target.inserted)],
    [`${L.target}: ${L.deleted}`, counts(s.target.deleted)],
    [`${L.source}: ${L.inserted}`, counts(s.source.inserted)],
    [`${L.source}: ${L.deleted}`, counts(s.source.deleted)],
  ];
  const head = [L.number, L.change, L.source, L.target, L.status, L.decision, L.comments]
    .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
    .join('');
  const body = rows.length
    ? rows.map((r) => rowHtml(r, c, meta)).join('\n')
    : `<tr><td colspan="7">${escapeHtml(L.noRows)}</td></tr>`;
  return `<!doctype html>
<html lang="${escapeHtml(meta.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${L.title}: ${meta.documentName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(L.title)}</h1>
<dl>
<dt>${escapeHtml(L.document)}</dt><dd>${escapeHtml(meta.documentName)}</dd>
<dt>${escapeHtml(L.versionA)}</dt><dd>${escapeHtml(meta.aName)}</dd>
<dt>${escapeHtml(L.versionB)}</dt><dd>${escapeHtml(meta.bName)}</dd>
<dt>${escapeHtml(L.generated)}</dt><dd>${escapeHtml(meta.generatedAt)}</dd>
</dl>
</header>
<section>
<h2>${escapeHtml(L.summary)}</h2>
<table class="summary"><tbody>
${summaryRows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`).join('\n')}
</tbody></table>
<p>${escapeHtml(L.legend)} <del>${escapeHtml(L.deleted)}</del> <ins>${escapeHtml(L.inserted)}</ins></p>
</section>
${meta.quality ? qualityHtml(meta.quality) : ''}<table class="rows">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
