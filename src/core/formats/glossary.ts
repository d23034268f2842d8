// Glossaries as spreadsheets (TSV, CSV): a row per term and its translation, with optional
// forbidden, note, part-of-speech and status columns. The header is recognised when its first row
// names columns (term, translation, 译文, en, zh-CN…); without one the columns are term,
// translation, note. Cells are text: a formula cell (=SUM(…)) is kept as the text it is, never
// run, and on the way out every cell a spreadsheet would run is defused as in bitext tables.
import { detectScript, headerLanguage } from './langs.js';
import { defuse, splitRows, undefuse } from './delimited.js';
import { FormatError } from './types.js';
import { finishTermbase } from '../terms/merge.js';
import { termLang, servesLang } from '../terms/langs.js';
import {
  TERM_STATUSES,
  type Term,
  type TermEntry,
  type TermStatus,
  type TermbaseData,
} from '../terms/types.js';

type Column = 'term' | 'translation' | 'note' | 'forbidden' | 'pos' | 'status';
const NAMES: Record<string, Column> = {
  term: 'term',
  source: 'term',
  src: 'term',
  术语: 'term',
  原文: 'term',
  源文: 'term',
  translation: 'translation',
  target: 'translation',
  tgt: 'translation',
  译文: 'translation',
  译名: 'translation',
  note: 'note',
  notes: 'note',
  comment: 'note',
  definition: 'note',
  备注: 'note',
  说明: 'note',
  forbidden: 'forbidden',
  'do not use': 'forbidden',
  禁用: 'forbidden',
  pos: 'pos',
  'part of speech': 'pos',
  词性: 'pos',
  status: 'status',
  状态: 'status',
};
const YES = /^(yes|y|true|1|x|✓|✔|是|forbidden|禁用)$/i;

interface Header {
  cols: (Column | undefined)[];
  langs: (string | undefined)[];
}

function readHeader(row: string[]): Header | undefined {
  const langs: (string | undefined)[] = [];
  let known = 0;
  let langCols = 0;
  const cols = row.map((raw, i) => {
    const cell = raw.trim();
    const m = /^(.*?)\s*[(（]([^)）]*)[)）]$/.exec(cell);
    const name = (m ? (m[1] ?? '') : cell).toLowerCase();
    if (m?.[2]) langs[i] = m[2];
    const col = NAMES[name];
    if (col) {
      known++;
      return col;
    }
    // A language's tag or name (zh-CN, 中文, English) names the term and translation columns.
    const lang = langCols < 2 ? headerLanguage(cell) : undefined;
    if (lang) {
      known++;
      langs[i] = lang;
      return langCols++ === 0 ? 'term' : 'translation';
    }
    return undefined;
  });
  return known >= 2 || (known === 1 && cols.includes('term')) ? { cols, langs } : undefined;
}

export interface GlossaryOptions {
  /** Languages to assume when the header does not name them. */
  sourceLang?: string;
  targetLang?: string;
}

export function parseGlossary(
  text: string,
  sep: ',' | '\t',
  file: string,
  opts: GlossaryOptions = {},
): TermbaseData {
  const format = sep === ',' ? 'csv' : 'tsv';
  const rows = splitRows(text.replace(/^\uFEFF/, ''), sep, file);
  const header = rows[0] ? readHeader(rows[0]) : undefined;
  if (header) rows.shift();
  const cols = header?.cols ?? ['term', 'translation', 'note'];
  const ti = cols.indexOf('term');
  const tr = cols.indexOf('translation');
  if (ti < 0 || tr < 0)
    throw new FormatError(
      'no-term-column',
      { format: format.toUpperCase() },
      `no column of terms and translations in the ${format.toUpperCase()} header`,
      file,
      1,
    );
  // Cells are read as text; only the `'` this app puts before a formula-like cell is taken off.
  const cell = (r: string[], c: Column) => {
    const i = cols.indexOf(c);
    return i < 0 ? '' : undefuse(r[i] ?? '').trim();
  };
  const langOf = (i: number, given: string | undefined, texts: string[]) => {
    const named = header?.langs[i] ?? given;
    if (named) return termLang(named);
    const s = detectScript(texts);
    return s === 'han' ? 'zh-Hans' : 'en';
  };
  const sample = rows.slice(0, 200);
  const src = langOf(
    ti,
    opts.sourceLang,
    sample.map((r) => r[ti] ?? ''),
  );
  let tgt = langOf(
    tr,
    opts.targetLang,
    sample.map((r) => r[tr] ?? ''),
  );
  if (servesLang(src, tgt)) tgt = src === 'en' ? 'zh-Hans' : 'en';
  const entries: TermEntry[] = [];
  const warnings: string[] = [];
  rows.forEach((r, i) => {
    const term = cell(r, 'term');
    const translation = cell(r, 'translation');
    if (!term && !translation) return;
    const note = cell(r, 'note');
    const pos = cell(r, 'pos');
    const status = cell(r, 'status').toLowerCase();
    const forbidden = YES.test(cell(r, 'forbidden'));
    const entry: TermEntry = { id: `r${i + 1}`, terms: {} };
    const make = (text: string, st: TermStatus): Term => {
      const t: Term = { text, status: st };
      if (pos) t.pos = pos;
      return t;
    };
    if (term) entry.terms[src] = [make(term, 'preferred')];
    if (translation) {
      const st: TermStatus = forbidden
        ? 'forbidden'
        : (TERM_STATUSES as readonly string[]).includes(status)
          ? (status as TermStatus)
          : 'preferred';
      entry.terms[tgt] = [make(translation, st)];
    }
    if (note) entry.note = note;
    entries.push(entry);
  });
  return finishTermbase(format, entries, warnings, src);
}

function quote(cell: string, sep: string): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * One row per source term and target term of each entry (a concept with two translations gives
 * two rows; importing the file merges them back). Formula-like cells are defused.
 */
export function writeGlossary(
  entries: readonly TermEntry[],
  sep: ',' | '\t',
  source: string,
  target: string,
  opts: { bom?: boolean } = {},
): string {
  const rows: string[][] = [
    [`term (${source})`, `translation (${target})`, 'forbidden', 'status', 'pos', 'note'],
  ];
  const pick = (e: TermEntry, lang: string) =>
    Object.entries(e.terms)
      .filter(([k]) => servesLang(k, lang))
      .flatMap(([, v]) => v);
  for (const e of entries) {
    const ss = pick(e, source);
    const ts = pick(e, target);
    for (const s of ss.length ? ss : [undefined])
      for (const t of ts.length ? ts : [undefined])
        rows.push([
          s?.text ?? '',
          t?.text ?? '',
          t?.status === 'forbidden' ? 'yes' : '',
          t?.status ?? '',
          t?.pos ?? s?.pos ?? '',
          e.note ?? '',
        ]);
  }
  const body = rows
    .map((r, i) => r.map((c) => quote(i > 0 ? defuse(c) : c, sep)).join(sep))
    .join('\r\n');
  return (opts.bom ? '\uFEFF' : '') + body + '\r\n';
}
