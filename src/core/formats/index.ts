// Import and export of bilingual files. Pure functions over bytes and strings: the same code runs
// in the page, in the import Worker and in the `bitext convert` command.
import { assertText, decodeText } from './decode.js';
import { assertNoDtdTricks } from './xml-safety.js';
import { parseDelimited, writeDelimited } from './delimited.js';
import { parseDocx, writeDocxTable, writeDocxTarget } from './docx.js';
import { parseHtml, writeHtml } from './html.js';
import { parseText, writeInterleaved, writeTargetText } from './text.js';
import { parseTmx, writeTmx } from './tmx.js';
import {
  DEFAULT_MAX_BYTES,
  FormatError,
  type Bitext,
  type ExportOptions,
  type FormatId,
  type ImportOptions,
  type ImportResult,
} from './types.js';
import { parseXliff12, writeXliff12 } from './xliff12.js';
import { parseXliff2, writeXliff2 } from './xliff2.js';

export * from './types.js';
export { decodeText, type Decoded } from './decode.js';
export { readDocxParagraphs } from './docx.js';
export { detectScript, toAppLang } from './langs.js';
export { CODE_BASE, placeholder, plainText } from './inline-codes.js';
export { STATE_OUT_12 } from './xliff12.js';
export {
  bitextStream,
  readBitextStream,
  type BitextStream,
  type BitextStreamOptions,
  type DocumentPairs,
  type PairBatch,
  type StreamSummary,
  type XmlBitextFormat,
} from './stream.js';
export { MAX_DEPTH as MAX_XML_DEPTH } from './xml.js';
export { STATE_OUT_2 } from './xliff2.js';

/** File extensions and the format each names; `.xlf`/`.xliff` are told apart by their content. */
export const EXTENSIONS: Record<string, FormatId | 'xliff' | 'xml'> = {
  tmx: 'tmx',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mqxliff: 'xliff',
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  html: 'html',
  htm: 'html',
  docx: 'docx',
  txt: 'text',
  xml: 'xml',
};

export function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** What the content says it is, whatever the extension. */
function sniff(bytes: Uint8Array, text: string): FormatId | 'xliff' | 'xml' | undefined {
  if (isZip(bytes)) return 'docx';
  const head = text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE\s+html|<html)/i.test(head)) return 'html';
  const root = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(head.replace(/<[?!][^>]*>/g, ''))?.[1];
  if (root === 'tmx') return 'tmx';
  if (root && /(^|:)xliff$/.test(root)) return 'xliff';
  if (/^\s*</.test(head)) return 'xml';
  return undefined;
}

/**
 * Refuses a TMX or XLIFF where the text of one language is expected (a side of a new project):
 * read as plain text, its markup would become sentences to align. Named by its extension or, for
 * any other name, by its root element.
 */
export function assertMonolingual(name: string, text: string): void {
  const byExt = EXTENSIONS[extensionOf(name)];
  // A text merely naming <tmx> does not start with markup.
  const xml = /^\uFEFF?\s*</.test(text);
  const found = byExt === 'tmx' || byExt === 'xliff' ? byExt : xml && sniff(new Uint8Array(), text);
  if (found !== 'tmx' && found !== 'xliff') return;
  const format = found === 'tmx' ? 'TMX' : 'XLIFF';
  throw new FormatError(
    'bilingual-file',
    { format },
    `a bilingual file (${format}): import it as a project rather than as one side's text`,
    name,
  );
}

function xliffVersion(text: string): 'xliff12' | 'xliff2' {
  const m = /<(?:\w+:)?xliff\b[^>]*>/.exec(text);
  const tag = m?.[0] ?? '';
  return /\sversion\s*=\s*["']2\./.test(tag) || /urn:oasis:names:tc:xliff:document:2\./.test(tag)
    ? 'xliff2'
    : 'xliff12';
}

/**
 * Reads a bilingual file. The format comes from the extension, checked against the content; the
 * result is complete or a FormatError is thrown (nothing is half-returned).
 */
export function importFile(
  name: string,
  bytes: Uint8Array,
  opts: ImportOptions = {},
): ImportResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max)
    throw new FormatError(
      'too-large',
      { size: bytes.length, limit: max },
      `the file is ${bytes.length} bytes, over the limit of ${max}`,
      name,
    );
  if (bytes.length === 0) throw new FormatError('empty', {}, 'the file is empty', name);
  const ext = extensionOf(name);
  const byExt = EXTENSIONS[ext];
  if (!byExt)
    throw new FormatError(
      'unsupported-type',
      { ext, supported: Object.keys(EXTENSIONS).join(', ') },
      `unsupported file type ".${ext}" (supported: ${Object.keys(EXTENSIONS).join(', ')})`,
      name,
    );
  if (isZip(bytes)) {
    if (byExt !== 'docx')
      throw new FormatError(
        'content-mismatch',
        { ext, found: 'ZIP' },
        `the content is a zip archive, not .${ext}`,
        name,
      );
    return parseDocx(bytes, name, max);
  }
  if (byExt === 'docx')
    throw new FormatError('not-docx', {}, 'not a DOCX file (not a zip archive)', name);
  const { text, encoding } = decodeText(bytes, opts.encoding, name);
  assertText(text, name);
  if (/^\s*</.test(text)) assertNoDtdTricks(text, name);
  const found = sniff(bytes, text);
  // A .xml file is whatever bilingual XML its content says.
  const kind = byExt === 'xml' && (found === 'tmx' || found === 'xliff') ? found : byExt;
  if (kind === 'xml')
    throw new FormatError('unknown-xml', {}, 'XML, but neither TMX nor XLIFF', name);
  const xmlKinds = ['tmx', 'xliff', 'html'];
  if (xmlKinds.includes(kind) && found !== kind)
    throw new FormatError(
      found === undefined ? 'not-xml' : 'content-mismatch',
      found === undefined ? { ext } : { ext, found: found.toUpperCase() },
      `the extension says .${ext} but the content is ${found === undefined ? 'not XML' : found === 'xml' ? 'other XML' : found.toUpperCase()}`,
      name,
    );
  if (
    !xmlKinds.includes(kind) &&
    found &&
    found !== 'xml' &&
    !(kind === 'text' && found === 'html')
  )
    throw new FormatError(
      'content-mismatch',
      { ext, found: found.toUpperCase() },
      `the extension says .${ext} but the content is ${found.toUpperCase()}: rename the file`,
      name,
    );
  const langs = { sourceLang: opts.sourceLang, targetLang: opts.targetLang };
  let result: ImportResult;
  if (kind === 'tmx') result = parseTmx(text, name, { targetLang: opts.targetLang });
  else if (kind === 'xliff')
    result = xliffVersion(text) === 'xliff2' ? parseXliff2(text, name) : parseXliff12(text, name);
  else if (kind === 'html') result = parseHtml(text, name);
  else if (kind === 'tsv') result = parseDelimited(text, '\t', name, langs);
  else if (kind === 'csv') result = parseDelimited(text, ',', name, langs);
  else result = parseText(text, name, langs);
  result.encoding = encoding;
  return result;
}

export const EXPORT_FORMATS: readonly FormatId[] = [
  'tmx',
  'xliff12',
  'xliff2',
  'tsv',
  'csv',
  'html',
  'docx',
  'docx-target',
  'text',
  'text-target',
];

/** Writes a bilingual document; binary formats (DOCX) come back as bytes, the rest as text. */
export function exportAs(
  format: FormatId,
  doc: Bitext,
  opts: ExportOptions = {},
): Uint8Array | string {
  switch (format) {
    case 'tmx':
      return writeTmx(doc, opts);
    case 'xliff12':
      return writeXliff12(doc, opts);
    case 'xliff2':
      return writeXliff2(doc, opts);
    case 'tsv':
      return writeDelimited(doc, '\t', opts);
    case 'csv':
      return writeDelimited(doc, ',', opts);
    case 'html':
      return writeHtml(doc, opts);
    case 'docx':
      return writeDocxTable(doc, opts);
    case 'docx-target':
      return writeDocxTarget(doc, opts);
    case 'text':
      return writeInterleaved(doc, opts);
    case 'text-target':
      return writeTargetText(doc, opts);
  }
}

/** The format an output file name asks for (`.xlf` is XLIFF 1.2 unless `xliff: 2`). */
export function formatForFile(name: string, xliff: 1 | 2 = 1): FormatId | undefined {
  const kind = EXTENSIONS[extensionOf(name)];
  if (kind === 'xliff') return xliff === 2 ? 'xliff2' : 'xliff12';
  return kind === 'xml' ? undefined : kind;
}
