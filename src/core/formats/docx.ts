// DOCX: a bilingual table (source | target, optionally status and note), target-only documents,
// and reading text by paragraph. We write the smallest valid WordprocessingML ourselves; fflate
// (small, synchronous, no DOM) does the zip in the page, in a Worker and in Node.
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import type { Pair } from '../model.js';
import { baseName, defaultStatus, exportedDocuments, isStatus, xmlSafePair } from './common.js';
import { plainText } from './inline-codes.js';
import { finishImport, isChinese } from './langs.js';
import {
  FormatError,
  DEFAULT_MAX_BYTES,
  type Bitext,
  type ExportOptions,
  type ImportResult,
  type ImportedDocument,
} from './types.js';
import { escapeAttr, escapeText, stripForbidden } from './xml-safety.js';
import { descendants, elements, parseXml, type XmlElement } from './xml.js';
import { warning } from './warnings.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
// A4 with 2 cm margins: 11906 − 2 × 1134 twips of text width.
const TEXT_WIDTH = 9638;
const SECTION =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';

function langProps(lang: string): string {
  if (!lang) return '';
  return isChinese(lang)
    ? `<w:lang w:eastAsia="${escapeAttr(lang)}"/>`
    : `<w:lang w:val="${escapeAttr(lang)}"/>`;
}

/** One paragraph; tabs and line breaks become Word's own elements. */
function paragraph(text: string, lang = '', bold = false): string {
  const rPr = bold || lang ? `<w:rPr>${bold ? '<w:b/>' : ''}${langProps(lang)}</w:rPr>` : '';
  const parts = text.split(/(\t|\r\n|\n|\r)/).map((t) => {
    if (t === '\t') return '<w:tab/>';
    if (/^(\r\n|\n|\r)$/.test(t)) return '<w:br/>';
    return t ? `<w:t xml:space="preserve">${escapeText(t)}</w:t>` : '';
  });
  return `<w:p><w:r>${rPr}${parts.join('')}</w:r></w:p>`;
}

function row(cells: string[], widths: number[], langs: string[], header = false): string {
  const tcs = cells.map(
    (c, i) =>
      `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${paragraph(c, langs[i], header)}</w:tc>`,
  );
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${tcs.join('')}</w:tr>`;
}

function pack(body: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}${SECTION}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document),
  });
}

export function writeDocxTable(doc: Bitext, opts: ExportOptions = {}): Uint8Array {
  const meta = opts.includeMeta === true;
  const widths = meta ? [3600, 3600, 1100, 1338] : [TEXT_WIDTH / 2, TEXT_WIDTH / 2];
  const langs = [doc.sourceLang, doc.targetLang, '', ''];
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const border = (side: string) =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="999999"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const docs = exportedDocuments(doc, opts);
  const body: string[] = [];
  for (const d of docs) {
    if (docs.length > 1)
      body.push(paragraph(stripForbidden(d.name, { part: 'name' }, opts.warnings), '', true));
    const head = [
      `source (${doc.sourceLang})`,
      `target (${doc.targetLang})`,
      ...(meta ? ['status', 'note'] : []),
    ];
    const rows = d.pairs.map((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const cells = [plainText(p.source, p.codes), plainText(p.target, p.codes)];
      if (meta) cells.push(p.status ?? defaultStatus(p.target), p.note ?? '');
      return row(cells, widths, langs);
    });
    body.push(`<w:tbl>${tblPr}${grid}${row(head, widths, [], true)}${rows.join('')}</w:tbl><w:p/>`);
  }
  return pack(body.join(''));
}

/** The translation alone, one Word paragraph per paragraph of the text. */
export function writeDocxTarget(doc: Bitext, opts: ExportOptions = {}): Uint8Array {
  const glue = isChinese(doc.targetLang) ? '' : ' ';
  const paras: string[] = [];
  for (const d of exportedDocuments(doc, opts)) {
    const marked = d.pairs.some((p) => p.paragraphStart !== undefined);
    let cur: string[] = [];
    const flush = () => {
      if (cur.length) paras.push(paragraph(cur.join(glue), doc.targetLang));
      cur = [];
    };
    d.pairs.forEach((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      if (!marked || p.paragraphStart) flush();
      cur.push(plainText(p.target, p.codes));
    });
    flush();
  }
  return pack(paras.join('') || '<w:p/>');
}

/** The main document part, parsed; refuses zips that are not Word documents or are too big. */
function documentXml(bytes: Uint8Array, file: string, maxBytes: number): XmlElement {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > maxBytes)
          throw new FormatError(
            'zip-bomb',
            { limit: maxBytes },
            `word/document.xml unpacks to more than ${maxBytes} bytes`,
            file,
          );
        return true;
      },
    });
  } catch (e) {
    if (e instanceof FormatError) throw e;
    throw new FormatError('not-docx', {}, 'not a DOCX file (not a readable zip archive)', file);
  }
  const part = files['word/document.xml'];
  if (!part)
    throw new FormatError(
      'not-docx',
      {},
      'not a Word document: word/document.xml is missing',
      file,
    );
  return parseXml(strFromU8(part), `${file}!word/document.xml`);
}

function paragraphText(el: XmlElement): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.local === 't')
      out += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.local === 'tab') out += '\t';
    else if (c.local === 'br' || c.local === 'cr') out += '\n';
    // Deleted text of tracked changes, field codes and properties are not the document's text.
    else if (!['delText', 'instrText', 'rPr', 'pPr', 'del'].includes(c.local))
      out += paragraphText(c);
  }
  return out;
}

/** Every paragraph's text in reading order, table cells included; used by the new-project dialog. */
export function readDocxParagraphs(
  bytes: Uint8Array,
  file = 'document.docx',
  maxBytes = DEFAULT_MAX_BYTES,
): string[] {
  const root = documentXml(bytes, file, maxBytes);
  return descendants(root, 'p').map(paragraphText);
}

/** A DOCX with tables reads as pairs (first two columns); one without, as source paragraphs. */
export function parseDocx(
  bytes: Uint8Array,
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
): ImportResult {
  const root = documentXml(bytes, file, maxBytes);
  const body = descendants(root, 'body')[0] ?? root;
  const tables = elements(body, 'tbl');
  const warnings: string[] = [];
  let sourceLang = '';
  let targetLang = '';
  const documents: ImportedDocument[] = [];
  if (tables.length === 0) {
    const pairs: Pair[] = descendants(body, 'p')
      .map(paragraphText)
      .filter((t) => t.trim())
      .map((source) => ({ source, target: '', status: 'new', paragraphStart: true }));
    if (pairs.length) warnings.push(warning('docx-no-table'));
    documents.push({ name: baseName(file), pairs });
  }
  let pendingName = '';
  for (const el of elements(body)) {
    if (el.local === 'p') pendingName = paragraphText(el).trim() || pendingName;
    if (el.local !== 'tbl') continue;
    const rows = elements(el, 'tr').map((tr) =>
      elements(tr, 'tc').map((tc) => descendants(tc, 'p').map(paragraphText).join('\n')),
    );
    const head = rows[0] ?? [];
    const m = (c: string | undefined) => /^(?:source|target) \((.*)\)$/.exec(c ?? '')?.[1];
    if (m(head[0]) !== undefined) {
      sourceLang ||= m(head[0]) ?? '';
      targetLang ||= m(head[1]) ?? '';
      rows.shift();
    }
    const withMeta = head[2] === 'status';
    const pairs = rows.map((r): Pair => {
      const target = r[1] ?? '';
      const status = withMeta ? r[2] : undefined;
      const pair: Pair = {
        source: r[0] ?? '',
        target,
        status: isStatus(status) ? status : defaultStatus(target),
      };
      if (withMeta && r[3]) pair.note = r[3];
      return pair;
    });
    documents.push({
      name: tables.length > 1 && pendingName ? pendingName : baseName(file),
      pairs,
    });
    pendingName = '';
  }
  return finishImport({ format: 'docx', sourceLang, targetLang, documents, warnings });
}
