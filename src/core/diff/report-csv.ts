// The CSV summary of a comparison: RFC 4180 (CRLF, quoted fields), a UTF-8 byte order mark so
// spreadsheet programs read Chinese correctly, and cells that a spreadsheet would run as a
// formula prefixed with an apostrophe.
import { defuse } from '../formats/delimited.js';
import { EN_REPORT_LABELS, type ReportLabels } from './report-labels.js';
import type { Comparison, RowComparison, RowSnapshot } from './rows.js';
import type { TextDiff } from './text-diff.js';

export interface CsvOptions {
  labels?: ReportLabels;
  /** The rows to write, e.g. a filtered subset; all rows of the comparison by default. */
  rows?: readonly RowComparison[];
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
    L.id,
    L.change,
    L.kinds,
    L.statusA,
    L.statusB,
    L.sourceA,
    L.sourceB,
    L.targetA,
    L.targetB,
    L.targetChanges,
    L.noteA,
    L.noteB,
  ];
  const lines = [header];
  for (const r of options.rows ?? c.rows) {
    const kinds = [...new Set([...(r.source?.kinds ?? []), ...r.target.kinds])];
    const type =
      r.moved && r.type === 'modified' ? `${L.types[r.type]} (${L.moved})` : L.types[r.type];
    lines.push([
      [...new Set([...r.b, ...r.a].map((x) => x.id))].join(' '),
      type,
      kinds.map((k) => L.changeKinds[k]).join(', '),
      r.a[0] ? L.statuses[r.a[0].status] : '',
      r.b[0] ? L.statuses[r.b[0].status] : '',
      texts(r.a, 'source'),
      texts(r.b, 'source'),
      texts(r.a, 'target'),
      texts(r.b, 'target'),
      markedText(r.target),
      texts(r.a, 'note'),
      texts(r.b, 'note'),
    ]);
  }
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
