// TSV and CSV (RFC 4180): a header row, then source, target, status, note (and document when
// there are several). Cells a spreadsheet would run as a formula are defused (OWASP).
import type { Pair } from '../model.js';
import { baseName, defaultStatus, exportedDocuments, isStatus } from './common.js';
import { plainText } from './inline-codes.js';
import { finishImport, headerLanguage } from './langs.js';
import {
  FormatError,
  type Bitext,
  type ExportOptions,
  type ImportResult,
  type ImportedDocument,
} from './types.js';
import { warning } from './warnings.js';

const DANGER = /^'*[=+\-@\t\r\n]/;

/** Prefix `'` so Excel/Sheets show the text instead of running it; `'` runs are kept reversible. */
export function defuse(cell: string): string {
  return DANGER.test(cell) ? `'${cell}` : cell;
}

export function undefuse(cell: string): string {
  return cell.startsWith("'") && DANGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function quote(cell: string, sep: string): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function writeDelimited(doc: Bitext, sep: ',' | '\t', opts: ExportOptions = {}): string {
  const protect = opts.formulaProtection !== false;
  const docs = exportedDocuments(doc, opts);
  const many = docs.length > 1;
  const header = [`source (${doc.sourceLang})`, `target (${doc.targetLang})`, 'status', 'note'];
  if (many) header.push('document');
  const rows: string[][] = [header];
  for (const d of docs)
    for (const p of d.pairs) {
      const row = [
        plainText(p.source, p.codes),
        plainText(p.target, p.codes),
        p.status ?? defaultStatus(p.target),
        p.note ?? '',
      ];
      if (many) row.push(d.name);
      rows.push(row);
    }
  const body = rows
    .map((r, i) => r.map((c) => quote(protect && i > 0 ? defuse(c) : c, sep)).join(sep))
    .join('\r\n');
  return (opts.bom ? '\uFEFF' : '') + body + '\r\n';
}

/** Splits RFC 4180 text into rows of cells; quotes may hold separators and line breaks. */
export function splitRows(text: string, sep: string, file: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  // Cells are sliced out whole rather than built a character at a time (10,000 rows stay fast).
  while (i <= n) {
    let cell: string;
    if (text[i] === '"') {
      const start = line;
      cell = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0)
          throw new FormatError('unclosed-quote', {}, 'a quoted cell is never closed', file, start);
        cell += text.slice(from, q);
        if (text[q + 1] === '"') {
          cell += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (const ch of cell) if (ch === '\n') line++;
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      let k = i;
      while (k < n && text[k] !== sep && text[k] !== '\n' && text[k] !== '\r') k++;
      cell += text.slice(i, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== sep && text[k] !== '\n' && text[k] !== '\r') k++;
      cell = text.slice(i, k);
      i = k;
    }
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === sep) {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  }
  return rows.filter((r) => r.some((c) => c !== ''));
}

type Column = 'source' | 'target' | 'status' | 'note' | 'document';
const NAMES: Record<string, Column> = {
  source: 'source',
  src: 'source',
  原文: 'source',
  源文: 'source',
  target: 'target',
  tgt: 'target',
  translation: 'target',
  译文: 'target',
  status: 'status',
  状态: 'status',
  note: 'note',
  notes: 'note',
  comment: 'note',
  备注: 'note',
  document: 'document',
};

/** Reads a header row if the first row is one: column roles and any language tags. */
function readHeader(row: string[]): { cols: (Column | undefined)[]; langs: string[] } | undefined {
  const langs: string[] = [];
  let known = 0;
  const cols = row.map((raw, i) => {
    const cell = raw.trim();
    const m = /^(.*?)\s*\(([^)]*)\)$/.exec(cell);
    const name = (m ? (m[1] ?? '') : cell).toLowerCase();
    if (m?.[2]) langs[i] = m[2];
    if (NAMES[name]) {
      known++;
      return NAMES[name];
    }
    // A language's tag or name (zh-CN, 中文, English) names the first two columns' sides.
    const lang = i < 2 ? headerLanguage(cell) : undefined;
    if (lang) {
      known++;
      langs[i] = lang;
      return i === 0 ? 'source' : 'target';
    }
    return undefined;
  });
  return known >= 2 ? { cols, langs } : undefined;
}

export function parseDelimited(
  text: string,
  sep: ',' | '\t',
  file: string,
  langs: { sourceLang?: string; targetLang?: string } = {},
): ImportResult {
  const rows = splitRows(text.replace(/^\uFEFF/, ''), sep, file);
  const warnings: string[] = [];
  const header = rows[0] ? readHeader(rows[0]) : undefined;
  if (header) rows.shift();
  const cols: (Column | undefined)[] = header?.cols ?? [
    'source',
    'target',
    'status',
    'note',
    'document',
  ];
  const at = (row: string[], c: Column) => {
    const i = cols.indexOf(c);
    return i >= 0 ? undefuse(row[i] ?? '') : '';
  };
  if (rows.some((r) => r.length < 2) && !cols.includes('target'))
    throw new FormatError(
      'no-target-column',
      { format: sep === ',' ? 'CSV' : 'TSV' },
      `no target column: each row needs source${sep === ',' ? ',' : ' TAB '}target`,
      file,
    );
  const docs = new Map<string, ImportedDocument>();
  let singles = 0;
  for (const r of rows) {
    if (r.length < 2) singles++;
    const target = at(r, 'target');
    const status = at(r, 'status').trim();
    const pair: Pair = {
      source: at(r, 'source'),
      target,
      status: isStatus(status) ? status : defaultStatus(target),
    };
    const note = at(r, 'note');
    if (note) pair.note = note;
    const name = at(r, 'document') || baseName(file);
    const d = docs.get(name) ?? { name, pairs: [] };
    docs.set(name, d);
    d.pairs.push(pair);
  }
  if (singles) warnings.push(warning('single-cell-rows', { count: singles }));
  return finishImport({
    format: sep === ',' ? 'csv' : 'tsv',
    sourceLang: header?.langs[0] ?? langs.sourceLang ?? '',
    targetLang: header?.langs[1] ?? langs.targetLang ?? '',
    documents: docs.size ? [...docs.values()] : [{ name: baseName(file), pairs: [] }],
    warnings,
  });
}
