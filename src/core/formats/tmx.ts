// TMX 1.1–1.4 in, TMX 1.4b out.
import type { Pair } from '../model.js';
import {
  baseName,
  defaultStatus,
  exportedDocuments,
  isStatus,
  parseTmxDate,
  tmxDate,
  xmlSafePair,
} from './common.js';
import { CodeTable, readInline, writeInline } from './inline-codes.js';
import { finishImport, sameLanguage } from './langs.js';
import {
  FormatError,
  type Bitext,
  type ExportOptions,
  type ImportResult,
  type ImportedDocument,
} from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, child, elements, parseXml, textContent, type XmlElement } from './xml.js';

const STATUS_PROP = 'x-bitext-status';
const DOC_PROP = 'x-bitext-document';

const langOf = (tuv: XmlElement) => (attr(tuv, 'lang') ?? '').trim();

/** The tuv for a language: exact tag first (any case), else the same primary language. */
function pick(tuvs: XmlElement[], lang: string, not?: XmlElement): XmlElement | undefined {
  const exact = tuvs.find((t) => t !== not && langOf(t).toLowerCase() === lang.toLowerCase());
  return exact ?? tuvs.find((t) => t !== not && sameLanguage(langOf(t), lang));
}

function chooseTarget(tus: XmlElement[], sourceLang: string, wanted?: string): string {
  if (wanted) return wanted;
  const counts = new Map<string, number>();
  for (const tu of tus)
    for (const tuv of elements(tu, 'tuv')) {
      const l = langOf(tuv);
      if (l && l.toLowerCase() !== sourceLang.toLowerCase())
        counts.set(l.toLowerCase(), (counts.get(l.toLowerCase()) ?? 0) + 1);
    }
  let best = '';
  let most = 0;
  // Another language wins over another variety of the source language (fr over en-GB for en-US).
  const score = (l: string, n: number) => n + (sameLanguage(l, sourceLang) ? 0 : 1e9);
  for (const [l, n] of counts) if (score(l, n) > most) [best, most] = [l, score(l, n)];
  // Keep the spelling used in the file.
  for (const tu of tus)
    for (const tuv of elements(tu, 'tuv'))
      if (langOf(tuv).toLowerCase() === best) return langOf(tuv);
  return best;
}

export function parseTmx(
  text: string,
  file: string,
  opts: { targetLang?: string } = {},
): ImportResult {
  const root = parseXml(text, file);
  if (root.local !== 'tmx')
    throw new FormatError(`not a TMX file: the root element is <${root.name}>`, file, root.line);
  const header = child(root, 'header');
  const body = child(root, 'body');
  if (!body) throw new FormatError('TMX without <body>', file, root.line);
  const tus = elements(body, 'tu');
  const warnings: string[] = [];
  let sourceLang = (header && attr(header, 'srclang')) ?? '';
  if (!sourceLang || sourceLang === '*all*')
    sourceLang = langOf(elements(tus[0] ?? body, 'tuv')[0] ?? body);
  const targetLang = chooseTarget(tus, sourceLang, opts.targetLang);
  const docs = new Map<string, ImportedDocument>();
  let noSource = 0;
  let extra = 0;
  for (const tu of tus) {
    const tuvs = elements(tu, 'tuv');
    const tuSrc = attr(tu, 'srclang');
    const src = pick(tuvs, tuSrc && tuSrc !== '*all*' ? tuSrc : sourceLang);
    const tgt = targetLang ? pick(tuvs, targetLang, src) : undefined;
    if (tuvs.length > (src ? 1 : 0) + (tgt ? 1 : 0)) extra++;
    if (!src) {
      noSource++;
      continue;
    }
    const table = new CodeTable();
    const seg = (tuv: XmlElement) => child(tuv, 'seg');
    const srcSeg = seg(src);
    if (!srcSeg) throw new FormatError('<tuv> without <seg>', file, src.line);
    const source = readInline(srcSeg, { origin: 'tmx', table });
    table.startTarget();
    const tgtSeg = tgt && seg(tgt);
    const target = tgtSeg ? readInline(tgtSeg, { origin: 'tmx', table }) : '';
    const props = elements(tu, 'prop');
    const prop = (type: string) => props.find((p) => attr(p, 'type') === type);
    const status = prop(STATUS_PROP) && textContent(prop(STATUS_PROP) as XmlElement).trim();
    const notes = [tu, src, ...(tgt ? [tgt] : [])].flatMap((e) =>
      elements(e, 'note').map(textContent),
    );
    const pair: Pair = {
      source,
      target,
      status: isStatus(status) ? status : defaultStatus(target),
    };
    if (notes.length) pair.note = [...new Set(notes)].join('\n');
    if (table.codes.length) pair.codes = table.codes;
    const id = attr(tu, 'tuid');
    if (id) pair.id = id;
    const created = parseTmxDate(attr(tu, 'creationdate'));
    const changed = parseTmxDate(attr(tu, 'changedate'));
    if (created !== undefined) pair.createdAt = created;
    if (changed !== undefined) pair.updatedAt = changed;
    const docName = (prop(DOC_PROP) && textContent(prop(DOC_PROP) as XmlElement)) || baseName(file);
    const doc = docs.get(docName) ?? { name: docName, pairs: [] };
    docs.set(docName, doc);
    doc.pairs.push(pair);
  }
  if (noSource)
    warnings.push(`${noSource} translation unit(s) have no ${sourceLang} variant: skipped`);
  if (extra)
    warnings.push(
      `${extra} translation unit(s) hold other languages than ${sourceLang} and ${targetLang}: ignored`,
    );
  if (tus.length === 0) warnings.push('the TMX holds no translation units');
  const documents = docs.size ? [...docs.values()] : [{ name: baseName(file), pairs: [] }];
  return finishImport({ format: 'tmx', sourceLang, targetLang, documents, warnings });
}

export function writeTmx(doc: Bitext, opts: ExportOptions = {}): string {
  const now = tmxDate(opts.now ?? Date.now());
  const src = escapeAttr(doc.sourceLang);
  const tgt = escapeAttr(doc.targetLang);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Bitext Workbench" creationtoolversion="${escapeAttr(opts.toolVersion ?? '0.1.0')}"` +
      ` segtype="sentence" o-tmf="Bitext Workbench" adminlang="en" srclang="${src}"` +
      ` datatype="plaintext" creationdate="${now}"/>`,
    '  <body>',
  ];
  const docs = exportedDocuments(doc, opts);
  for (const d of docs) {
    d.pairs.forEach((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const dates =
        ` creationdate="${tmxDate(p.createdAt ?? opts.now ?? Date.now())}"` +
        (p.updatedAt !== undefined ? ` changedate="${tmxDate(p.updatedAt)}"` : '');
      out.push(`    <tu${p.id ? ` tuid="${escapeAttr(p.id)}"` : ''}${dates}>`);
      out.push(`      <prop type="${STATUS_PROP}">${p.status ?? defaultStatus(p.target)}</prop>`);
      if (docs.length > 1) out.push(`      <prop type="${DOC_PROP}">${escapeText(d.name)}</prop>`);
      if (p.note) out.push(`      <note>${escapeText(p.note)}</note>`);
      const seg = (s: string) => `<seg>${writeInline(s, p.codes, { format: 'tmx' })}</seg>`;
      out.push(`      <tuv xml:lang="${src}">${seg(p.source)}</tuv>`);
      if (p.target) out.push(`      <tuv xml:lang="${tgt}">${seg(p.target)}</tuv>`);
      out.push('    </tu>');
    });
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
