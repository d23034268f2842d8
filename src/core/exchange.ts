// Pure logic behind the app's import and export screens: which options apply to which format,
// download names, a project as a Bitext, the rows an import creates, the chips of inline codes,
// and the table put on the clipboard. The parsers and writers themselves live in formats/.
import { defuse } from './formats/delimited.js';
import { plainText } from './formats/inline-codes.js';
import { toAppLang } from './formats/langs.js';
import { readWarning } from './formats/warnings.js';
import { chineseScript } from './text/script.js';
import {
  FormatError,
  type Bitext,
  type ExportOptions,
  type FormatErrorCode,
  type FormatId,
} from './formats/types.js';
import type { ImportResult } from './formats/types.js';
import {
  CONFIRMED,
  type InlineCode,
  type Lang,
  type Link,
  type Pair,
  type Project,
  type Segment,
  type Status,
} from './model.js';

export interface ExportChoice {
  id: FormatId;
  /** Appended to the project name to make the download's name. */
  suffix: string;
  mime: string;
  /** Which options mean something for this format. */
  bom: boolean;
  formula: boolean;
  notes: boolean;
  /** The file names its languages (a tag, a header "source (zh-CN)"): the Chinese tag applies. */
  tags: boolean;
}

const XML = 'application/xml';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TEXT = 'text/plain;charset=utf-8';

/** The formats of the export dialog, in the order shown. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'tmx', suffix: '.tmx', mime: XML, bom: false, formula: false, notes: true, tags: true },
  { id: 'xliff12', suffix: '.xlf', mime: XML, bom: false, formula: false, notes: true, tags: true },
  {
    id: 'xliff2',
    suffix: '.xliff2.xlf',
    mime: XML,
    bom: false,
    formula: false,
    notes: true,
    tags: true,
  },
  {
    id: 'tsv',
    suffix: '.tsv',
    mime: 'text/tab-separated-values',
    bom: true,
    formula: true,
    notes: true,
    tags: true,
  },
  {
    id: 'csv',
    suffix: '.csv',
    mime: 'text/csv',
    bom: true,
    formula: true,
    notes: true,
    tags: true,
  },
  {
    id: 'html',
    suffix: '.html',
    mime: 'text/html',
    bom: false,
    formula: false,
    notes: true,
    tags: true,
  },
  { id: 'docx', suffix: '.docx', mime: DOCX, bom: false, formula: false, notes: true, tags: true },
  {
    id: 'docx-target',
    suffix: '.target.docx',
    mime: DOCX,
    bom: false,
    formula: false,
    notes: false,
    tags: true,
  },
  {
    id: 'text',
    suffix: '.txt',
    mime: TEXT,
    bom: true,
    formula: false,
    notes: false,
    tags: false,
  },
  {
    id: 'text-target',
    suffix: '.target.txt',
    mime: TEXT,
    bom: true,
    formula: false,
    notes: false,
    tags: false,
  },
];

export function exportChoice(id: FormatId): ExportChoice {
  return EXPORT_CHOICES.find((c) => c.id === id) ?? EXPORT_CHOICES[0];
}

/**
 * How Chinese is tagged in exported files: `region` as memoQ and Trados expect (zh-CN, zh-TW),
 * or `script` as BCP 47 prefers (zh-Hans, zh-Hant).
 */
export type ChineseTagStyle = 'region' | 'script';

/** What the user chose in the export dialog. */
export interface ExportSettings {
  format: FormatId;
  confirmedOnly: boolean;
  bom: boolean;
  formulaProtection: boolean;
  notes: boolean;
  chineseTags: ChineseTagStyle;
}

export const DEFAULT_EXPORT: ExportSettings = {
  format: 'tmx',
  confirmedOnly: false,
  // Excel on Chinese Windows reads a CSV without a BOM as GBK and garbles it.
  bom: true,
  formulaProtection: true,
  notes: true,
  chineseTags: 'region',
};

/**
 * The tag written for the Chinese side: Traditional text (by its characters) is zh-TW / zh-Hant,
 * never zh-CN / zh-Hans.
 */
export function chineseTag(style: ChineseTagStyle, texts: Iterable<string>): string {
  const traditional = chineseScript(texts) === 'Hant';
  if (style === 'script') return traditional ? 'zh-Hant' : 'zh-Hans';
  return traditional ? 'zh-TW' : 'zh-CN';
}

/** A file name made from a project name: characters Windows forbids become `_`. */
export function downloadName(projectName: string, format: FormatId): string {
  const base =
    projectName
      .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 120) || 'bitext';
  return base + exportChoice(format).suffix;
}

/** The document to write and the writer's options, for these settings. */
export function exportRequest(
  doc: Bitext,
  s: ExportSettings,
): { doc: Bitext; opts: ExportOptions & { warnings: string[] } } {
  const c = exportChoice(s.format);
  const keepNotes = !c.notes || s.notes;
  // The project's zh-Hans stands for "Chinese": the file gets the tag the user chose, and the
  // Traditional one when the text is Traditional — every format alike, so the TSV, CSV, HTML
  // and DOCX headers ("source (zh-CN)") say what the TMX and XLIFF of the same export say.
  const zhSide =
    doc.sourceLang === 'zh-Hans' ? 'source' : doc.targetLang === 'zh-Hans' ? 'target' : undefined;
  if (zhSide) {
    const texts = (function* () {
      for (const d of doc.documents) for (const p of d.pairs) yield p[zhSide];
    })();
    const tag = chineseTag(s.chineseTags ?? 'region', texts);
    doc = zhSide === 'source' ? { ...doc, sourceLang: tag } : { ...doc, targetLang: tag };
  }
  const opts: ExportOptions & { warnings: string[] } = {
    confirmedOnly: s.confirmedOnly,
    bom: c.bom && s.bom,
    formulaProtection: c.formula ? s.formulaProtection : true,
    includeMeta: s.format === 'docx' && s.notes,
    warnings: [],
  };
  if (keepNotes) return { doc, opts };
  const documents = doc.documents.map((d) => ({
    name: d.name,
    pairs: d.pairs.map(({ note: _note, ...p }) => p),
  }));
  return { doc: { ...doc, documents }, opts };
}

function pairOf(s: Segment): Pair {
  const p: Pair = {
    source: s.source,
    target: s.target,
    status: s.status,
    updatedAt: s.updatedAt,
    paragraphStart: s.paragraphStart,
    link: s.link,
  };
  if (s.note) p.note = s.note;
  if (s.codes?.length) p.codes = s.codes;
  return p;
}

/** A project's documents as the writers take them. */
export function bitextOf(
  project: Pick<Project, 'sourceLang' | 'targetLang'>,
  docs: readonly { name: string; segments: readonly Segment[] }[],
): Bitext {
  return {
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    documents: docs.map((d) => ({ name: d.name, pairs: d.segments.map(pairOf) })),
  };
}

const other = (l: Lang): Lang => (l === 'en' ? 'zh-Hans' : 'en');

/** The project's direction from the file's language tags; Chinese → English when they say nothing. */
export function directionOf(r: Pick<Bitext, 'sourceLang' | 'targetLang'>): [Lang, Lang] {
  const s = toAppLang(r.sourceLang);
  const t = toAppLang(r.targetLang);
  if (s && t && s !== t) return [s, t];
  if (s) return [s, other(s)];
  if (t) return [other(t), t];
  return ['zh-Hans', 'en'];
}

/**
 * Language tags of a parsed file that are neither Chinese nor English (an en→fr SDLXLIFF gives
 * `['fr-FR']`): such a file is refused by name, never relabelled as zh↔en.
 */
export function otherLanguages(r: Pick<Bitext, 'sourceLang' | 'targetLang'>): string[] {
  return [r.sourceLang, r.targetLang].filter((tag) => tag.trim() !== '' && !toAppLang(tag));
}

/**
 * The one language both sides of a parsed file are in (English for en-US → en-GB, Chinese for
 * zh-CN → zh-TW), or undefined. Such a file has no zh↔en direction: it is refused by name as
 * another language pair is, never made English → Chinese with its en-GB text shown as the
 * Chinese translation. The tags are those the import left after checking them against the
 * text (an "en" side written in Chinese is already zh-Hans), so a side whose text is in the
 * other language never counts here. A file that names no target language, and warns so, still
 * leaves the direction to the user, who is asked to check it.
 */
export function sameLanguage(
  r: Pick<ImportResult, 'sourceLang' | 'targetLang' | 'warnings'>,
): Lang | undefined {
  const s = toAppLang(r.sourceLang);
  if (!s || s !== toAppLang(r.targetLang)) return undefined;
  const unstated = r.warnings.some((w) => readWarning(w)?.code === 'target-language-unstated');
  return unstated ? undefined : s;
}

/** The status of a pair whose file said none. */
const defaultStatusOf = (p: { target: string }): Status => (p.target.trim() ? 'translated' : 'new');

/** A row to create from an imported pair (the store's SegmentInit). */
export interface ImportRow {
  source: string;
  target: string;
  status: Status;
  note: string;
  paragraphStart: boolean;
  link: Link;
  confidence: number;
  codes?: InlineCode[];
}

/** The row an imported pair becomes; `first` when it opens its document (a new paragraph). */
export function importRow(p: Pair, first: boolean): ImportRow {
  const row: ImportRow = {
    source: p.source,
    target: p.target,
    status: p.status ?? defaultStatusOf(p),
    note: p.note ?? '',
    paragraphStart: first || p.paragraphStart === true,
    link: p.link ?? { source: p.source ? 1 : 0, target: p.target ? 1 : 0 },
    confidence: 1,
  };
  if (p.codes?.length) row.codes = p.codes;
  return row;
}

/**
 * The rows of an import. The editor shows one document per project, so every document of the
 * file becomes part of one list of rows, each document starting a new paragraph.
 */
export function importRows(r: Pick<Bitext, 'documents'>): ImportRow[] {
  return r.documents.flatMap((d) => d.pairs.map((p, i) => importRow(p, i === 0)));
}

/** What the import dialog shows about a parsed file. */
export interface ImportCounts {
  documents: { name: string; pairs: number }[];
  pairs: number;
  translated: number;
  notes: number;
  codes: number;
}

/**
 * Counts pairs as they come, document by document, so a file read as a stream is summed up
 * without keeping its pairs (`importSummary` of the whole result gives the same).
 */
export class ImportTally {
  readonly counts: ImportCounts = { documents: [], pairs: 0, translated: 0, notes: 0, codes: 0 };

  add(document: number, name: string, pairs: readonly Pair[]): void {
    const c = this.counts;
    const doc = (c.documents[document] ??= { name, pairs: 0 });
    doc.pairs += pairs.length;
    c.pairs += pairs.length;
    for (const p of pairs) {
      // By status, as the grid's progress counts: a target copied from its source has a text but
      // was marked not translated on import.
      if (CONFIRMED.includes(p.status ?? defaultStatusOf(p))) c.translated++;
      if (p.note) c.notes++;
      c.codes += p.codes?.length ?? 0;
    }
  }
}

/** What the import dialog shows about a parsed file. */
export function importSummary(r: ImportResult): ImportCounts {
  const tally = new ImportTally();
  r.documents.forEach((d, i) => tally.add(i, d.name, d.pairs));
  return tally.counts;
}

/** The project name an imported file suggests: its name without folders and extension. */
export function projectNameOf(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]+$/, '') || file;
}

/**
 * The project name pasted text suggests when none was given: its first line, spaces collapsed,
 * cut at `max` characters (as a document app titles an untitled document by its opening words).
 * Data in no UI language, so every member of a team reads the same name; '' for blank text.
 */
export function projectNameFromText(text: string, max = 40): string {
  const line =
    text
      .split(/\r\n|\r|\n|\u2028|\u2029/)
      .map((l) => l.replace(/[\s\p{Cc}]+/gu, ' ').trim())
      .find((l) => l !== '') ?? '';
  const chars = [...line];
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const escHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const tsvCell = (s: string) => (/[\t\r\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The pairs as a table for the clipboard: `text/html` for Word, `text/plain` TSV for Excel.
 * Codes become their native text, as in the other plain formats.
 */
export function clipboardTable(
  doc: Bitext,
  headers: [string, string],
  opts: { confirmedOnly?: boolean; formulaProtection?: boolean } = {},
): { html: string; text: string } {
  const confirmed: readonly Status[] = ['translated', 'reviewed', 'approved'];
  const rows = doc.documents
    .flatMap((d) => d.pairs)
    .filter((p) => !opts.confirmedOnly || confirmed.includes(p.status ?? 'new'))
    .map((p) => [plainText(p.source, p.codes), plainText(p.target, p.codes)]);
  const cell = (s: string) => (opts.formulaProtection === false ? s : defuse(s));
  const text = [headers, ...rows]
    .map((r) => r.map((c) => tsvCell(cell(c))).join('\t'))
    .join('\r\n');
  const [sl, tl] = [escHtml(doc.sourceLang), escHtml(doc.targetLang)];
  // cellspacing, not a style attribute: the browser parses this markup in the page on copy, and
  // the page's Content-Security-Policy refuses inline style there.
  const html =
    '<table border="1" cellspacing="0">' +
    `<thead><tr><th>${escHtml(headers[0])}</th><th>${escHtml(headers[1])}</th></tr></thead><tbody>` +
    rows
      .map(
        ([s, t]) =>
          `<tr><td lang="${sl}">${escHtml(s)}</td><td lang="${tl}">${escHtml(t)}</td></tr>`,
      )
      .join('') +
    '</tbody></table>';
  return { html, text: text + '\r\n' };
}

/** A failed import, in parts the UI words in its own language. */
export interface ImportFailure {
  file: string;
  line?: number;
  /** `unknown`: not a FormatError (a crashed Worker…); its text is not for the user. */
  code: FormatErrorCode | 'unknown';
  params: Record<string, string | number>;
}

export function importFailure(err: unknown, fallbackFile: string): ImportFailure {
  if (!(err instanceof FormatError)) return { file: fallbackFile, code: 'unknown', params: {} };
  return { file: err.file ?? fallbackFile, line: err.line, code: err.code, params: err.params };
}
