// The CSV summary of a comparison: RFC 4180 (CRLF, quoted fields), a UTF-8 byte order mark so
// spreadsheet programs read Chinese correctly, and cells that a spreadsheet would run as a
// formula prefixed with an apostrophe.
import { defuse } from '../formats/delimited.js';
import { decisionText, rowIds, rowNumber, type ReportRecord } from './report-html.js';
import { EN_REPORT_LABELS, type ReportLabels } from './report-labels.js';
import type { Comparison, RowSnapshot } from './rows.js';
import type { TextDiff } from './text-diff.js';

export interface CsvOptions extends ReportRecord {
  labels?: ReportLabels;
}

/** One CSV field: defused against formula injection, then quoted when it needs to be. */
export function csvCell(value: string): string {
  // The same defusing as every other CSV the app writes (core/formats).
  const safe = defuse(value);
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** Changes in plain text, marked the way wdiff does: [-deleted-]{+inserted+}. */
export function markedText(d: TextDiff): string {
  return d.parts
    .map((p) =>
      p.kind === 'equal' ? p.text : p.kind === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join('');
}

const texts = (rows: RowSnapshot[], f: 'source' | 'target' | 'note'): string =>
  rows
    .map((r) => r[f])
    .filter((t) => t.length > 0)
    .join('\n');

export function reviewReportCsv(c: Comparison, options: CsvOptions = {}): string {
  const L = options.labels ?? EN_REPORT_LABELS;
  const header = [
    L.number,
    L.change,
    L.kinds,
    L.statusA,
    L.statusB,
    L.decision,
    L.decidedBy,
    L.decidedAt,
    L.sourceA,
    L.sourceB,
    L.targetA,
    L.targetB,
    L.targetChanges,
    L.noteA,
    L.noteB,
    L.comments,
  ];
  const lines = [header];
  for (const r of options.rows ?? c.rows) {
    const kinds = [...new Set([...(r.source?.kinds ?? []), ...r.target.kinds])];
    const type =
      r.moved && r.type === 'modified' ? `${L.types[r.type]} (${L.moved})` : L.types[r.type];
    const d = options.decisions?.get(r.id);
    const comments = rowIds(r).flatMap((id) => options.comments?.[id] ?? []);
    lines.push([
      rowNumber(r, L),
      type,
      kinds.map((k) => L.changeKinds[k]).join(L.kindsSeparator),
      r.a[0] ? L.statuses[r.a[0].status] : '',
      r.b[0] ? L.statuses[r.b[0].status] : '',
      decisionText(d, L),
      d?.by ?? '',
      d?.at ?? '',
      texts(r.a, 'source'),
      texts(r.b, 'source'),
      texts(r.a, 'target'),
      texts(r.b, 'target'),
      markedText(r.target),
      texts(r.a, 'note'),
      texts(r.b, 'note'),
      comments
        .map(
          (m) =>
            `${m.author}${m.at ? ` (${m.at})` : ''} [${m.resolved ? L.resolved : L.open}]` +
            `${m.issue ? ` {${m.issue}}` : ''}: ${m.text}`,
        )
        .join('\n'),
    ]);
  }
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
