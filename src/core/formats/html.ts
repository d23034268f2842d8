// A bilingual HTML table: self-contained (inline CSS, no script, no external resource),
// printable, every piece of text escaped. It is also well-formed XML, so we read it back.
// Its Content-Security-Policy allows its own style and nothing else, so the file stays inert
// even opened from disk; hidden characters (bidi controls, zero-width ones) are written as
// visible markers, so no cell can be made to read as something it is not.
import type { Pair } from '../model.js';
import { hasInvisible, INVISIBLES, invisibleParts, visibleControls } from '../text/invisible.js';
import { baseName, defaultStatus, exportedDocuments, isStatus, xmlSafePair } from './common.js';
import { plainText } from './inline-codes.js';
import { finishImport } from './langs.js';
import {
  FormatError,
  type Bitext,
  type ExportOptions,
  type ImportResult,
  type ImportedDocument,
} from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, descendants, elements, parseXml, type XmlElement } from './xml.js';

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#111}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:2rem}
th,td{border:1px solid #999;padding:.35rem .5rem;vertical-align:top;text-align:left;white-space:pre-wrap;overflow-wrap:anywhere}
th{background:#eee}col.n{width:3rem}col.s{width:7rem}
tr.rejected td{background:#fdecea}tr.new td.target{background:#fff8e1}
span.hidden-char{border:1px solid #b45309;border-radius:2px;color:#92400e;font-size:.7em;padding:0 .2em;margin:0 .05em}
@media print{body{margin:0}thead{display:table-header-group}tr{break-inside:avoid}th{background:none}}`;

/** `sha256-` of STYLE, the one thing the policy allows (a test recomputes it). */
export const STYLE_HASH = 'sha256-VBSoC7OsYvZPOspI1i08aA9CHsMDCjGRIOZJrLW2Mow=';

/** No script, no request, no form, no base: only the table's own style. */
export const HTML_TABLE_CSP = `default-src 'none'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/** Text escaped for HTML; line breaks are shown by `white-space: pre-wrap`. */
const esc = escapeText;

/**
 * Shown text escaped, each hidden character as a marker naming it; `data-char` keeps which
 * character it was, so the table reads back exactly.
 */
function shown(text: string): string {
  if (!hasInvisible(text)) return esc(text);
  return invisibleParts(text)
    .map((p) =>
      'hidden' in p
        ? `<span class="hidden-char" data-char="${p.hidden.code}" title="${p.hidden.code} ${p.hidden.name}">${p.hidden.label}</span>`
        : esc(p.text),
    )
    .join('');
}

export function writeHtml(doc: Bitext, opts: ExportOptions = {}): string {
  const src = escapeAttr(doc.sourceLang);
  const tgt = escapeAttr(doc.targetLang);
  const docs = exportedDocuments(doc, opts);
  // A title holds no markup: hidden characters there are written as ⟦RLO⟧.
  const title = esc(visibleControls(docs.map((d) => d.name).join(', ') || 'Bitext'));
  const out = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"/>` +
      `<meta http-equiv="Content-Security-Policy" content="${HTML_TABLE_CSP}"/>` +
      `<title>${title}</title><style>${STYLE}</style></head><body>`,
  ];
  for (const d of docs) {
    out.push(`<h2>${shown(d.name)}</h2>`);
    out.push(
      `<table data-document="${escapeAttr(d.name)}" data-source-lang="${src}" data-target-lang="${tgt}">` +
        '<colgroup><col class="n"/><col/><col/><col class="s"/><col/></colgroup>' +
        `<thead><tr><th>#</th><th>${esc(doc.sourceLang)}</th><th>${esc(doc.targetLang)}</th><th>status</th><th>note</th></tr></thead><tbody>`,
    );
    d.pairs.forEach((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const status = p.status ?? defaultStatus(p.target);
      out.push(
        `<tr class="${status}"><td>${i + 1}</td>` +
          `<td class="source" lang="${src}">${shown(plainText(p.source, p.codes))}</td>` +
          `<td class="target" lang="${tgt}">${shown(plainText(p.target, p.codes))}</td>` +
          `<td class="status">${status}</td><td class="note">${shown(p.note ?? '')}</td></tr>`,
      );
    });
    out.push('</tbody></table>');
  }
  out.push('</body></html>', '');
  return out.join('\n');
}

/** A cell's text, with the markers `shown` wrote turned back into their characters. */
function cellText(el: XmlElement): string {
  return el.children
    .map((c) => {
      if (typeof c === 'string') return c;
      const code = /^U\+([0-9A-F]{4})$/.exec(attr(c, 'data-char') ?? '')?.[1];
      const char = code && String.fromCharCode(parseInt(code, 16));
      if (c.name === 'span' && char && INVISIBLES.has(char)) return char;
      return cellText(c);
    })
    .join('');
}

function cell(tr: XmlElement, cls: string): string | undefined {
  const td = elements(tr, 'td').find((c) => attr(c, 'class') === cls);
  return td && cellText(td);
}

/** Reads tables written by `writeHtml` (or any well-formed table with those cell classes). */
export function parseHtml(text: string, file: string): ImportResult {
  let root: XmlElement;
  try {
    root = parseXml(text, file);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    throw new FormatError(
      'not-xhtml',
      {},
      `only bilingual tables exported by this workbench (well-formed XHTML) can be imported (${e.message.replace(/^.*?: /, '')})`,
      file,
      e.line,
    );
  }
  const tables = descendants(root, 'table').filter(
    (t) => attr(t, 'data-source-lang') !== undefined,
  );
  if (tables.length === 0)
    throw new FormatError(
      'no-table',
      {},
      'no bilingual table (table with data-source-lang) found',
      file,
    );
  const documents: ImportedDocument[] = tables.map((t) => {
    const pairs: Pair[] = descendants(t, 'tr')
      .filter((tr) => cell(tr, 'source') !== undefined)
      .map((tr) => {
        const target = cell(tr, 'target') ?? '';
        const status = cell(tr, 'status');
        const pair: Pair = {
          source: cell(tr, 'source') ?? '',
          target,
          status: isStatus(status) ? status : defaultStatus(target),
        };
        const note = cell(tr, 'note');
        if (note) pair.note = note;
        return pair;
      });
    return { name: attr(t, 'data-document') ?? baseName(file), pairs };
  });
  const first = tables[0] as XmlElement;
  return finishImport({
    format: 'html',
    sourceLang: attr(first, 'data-source-lang') ?? '',
    targetLang: attr(first, 'data-target-lang') ?? '',
    documents,
    warnings: [],
  });
}
