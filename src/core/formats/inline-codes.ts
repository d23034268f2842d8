// Inline codes (tags of the original document inside a segment) as protected placeholders.
//
// Representation: `Pair.codes` is a list of InlineCode; in `source` and `target` the code number i
// is the single BMP private-use character U+E000 + i. The text stays a plain string (search,
// counts and diffs keep working; one placeholder is one UTF-16 unit, so a cursor cannot split
// it), the UI renders these characters as inert chips, and exporters write the codes back: the
// original element verbatim when exporting to the format it came from, an equivalent element
// otherwise, and the native code text (`data`) in plain formats. Source and target share one list;
// a target code identical to a source code reuses its index, so both sides show the same chip.
// A private-use character that was literally in the text becomes a `#char` code, so it can never
// be mistaken for a placeholder.
import type { InlineCode } from '../model.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, serialize, startTag, textContent, type XmlElement } from './xml.js';

export const CODE_BASE = 0xe000;
export const CODE_LIMIT = 0xf8ff - CODE_BASE + 1;
type Origin = NonNullable<InlineCode['origin']>;

const PAIRED_WRAPPERS = new Set(['hi', 'g', 'mrk', 'pc']);
const STANDALONE: Record<string, InlineCode['kind']> = {
  bpt: 'open',
  bx: 'open',
  ept: 'close',
  ex: 'close',
  ph: 'standalone',
  x: 'standalone',
  ut: 'standalone',
  it: 'isolated',
  sc: 'open',
  ec: 'close',
  cp: 'standalone',
};

export function placeholder(index: number): string {
  return String.fromCharCode(CODE_BASE + index);
}

export function codeIndex(ch: string, codes: readonly InlineCode[] | undefined): number {
  const i = ch.charCodeAt(0) - CODE_BASE;
  return codes && ch.length === 1 && i >= 0 && i < codes.length ? i : -1;
}

/** Collects the codes of one pair while its source and target are read. */
export class CodeTable {
  readonly codes: InlineCode[] = [];
  private sourceCount = 0;
  private reused = new Set<number>();

  /** Call between reading the source and the target. */
  startTarget(): void {
    this.sourceCount = this.codes.length;
  }

  add(code: InlineCode): string {
    for (let i = 0; i < this.sourceCount; i++) {
      if (this.reused.has(i) || this.codes[i]?.xml !== code.xml) continue;
      if (code.xml === undefined && this.codes[i]?.data !== code.data) continue;
      this.reused.add(i);
      return placeholder(i);
    }
    if (this.codes.length >= CODE_LIMIT) return code.data;
    this.codes.push(code);
    return placeholder(this.codes.length - 1);
  }
}

/** One side of a pair read with a CodeTable of its own: its text and its codes. */
export interface Side {
  text: string;
  codes: InlineCode[];
}

/**
 * Joins a source and a target read apart (a TMX tuv is read before it is known which tuv is the
 * target) as if they were read through one CodeTable: a target code equal to a source code
 * takes its index.
 */
export function joinSides(
  source: Side,
  target: Side | undefined,
): { source: string; target: string; codes: InlineCode[] } {
  const table = new CodeTable();
  for (const c of source.codes) table.add(c);
  table.startTarget();
  const codes = target?.codes ?? [];
  const text = !target
    ? ''
    : codes.length === 0
      ? target.text
      : target.text.replace(/[\uE000-\uF8FF]/g, (ch) => {
          const code = codes[ch.charCodeAt(0) - CODE_BASE];
          return code ? table.add(code) : ch;
        });
  return { source: source.text, target: text, codes: table.codes };
}

export interface ReadContext {
  origin: Origin;
  table: CodeTable;
  /** XLIFF 2 `originalData`: data id → native code. */
  data?: Map<string, string>;
  /** XLIFF 1.2: `mrk mtype="seg"` is segmentation, not a code; the caller handles it. */
  skipSegMrk?: boolean;
}

/** Reads the mixed content of seg/source/target into text with placeholders. */
export function readInline(el: XmlElement, ctx: ReadContext): string {
  let out = '';
  for (const node of el.children) {
    if (typeof node === 'string') {
      out += node.replace(/[\uE000-\uF8FF]/g, (ch) =>
        ctx.table.add({ kind: 'standalone', id: '', tag: '#char', data: ch }),
      );
      continue;
    }
    const tag = node.local;
    if (PAIRED_WRAPPERS.has(tag)) {
      const id = attr(node, 'id') ?? attr(node, 'x') ?? '';
      const ref = (k: string) => ctx.data?.get(attr(node, k) ?? '') ?? '';
      const common = { id, tag, origin: ctx.origin };
      out += ctx.table.add({
        ...common,
        kind: 'open',
        data: ref('dataRefStart'),
        xml: startTag(node),
      });
      out += readInline(node, ctx);
      out += ctx.table.add({
        ...common,
        kind: 'close',
        data: ref('dataRefEnd'),
        xml: `</${node.name}>`,
      });
      continue;
    }
    if (tag === 'sub') {
      out += readInline(node, ctx);
      continue;
    }
    let kind = STANDALONE[tag] ?? 'standalone';
    if ((tag === 'sc' || tag === 'ec') && attr(node, 'isolated') === 'yes') kind = 'isolated';
    const posAttr = attr(node, 'pos');
    const pos: InlineCode['pos'] =
      kind !== 'isolated'
        ? undefined
        : posAttr === 'begin' || posAttr === 'open' || tag === 'sc'
          ? 'begin'
          : 'end';
    const id =
      attr(node, 'rid') ??
      attr(node, 'i') ??
      attr(node, 'startRef') ??
      attr(node, 'id') ??
      attr(node, 'x') ??
      '';
    const dataRef = attr(node, 'dataRef');
    const data = dataRef !== undefined ? (ctx.data?.get(dataRef) ?? '') : textContent(node);
    const code: InlineCode = { kind, id, tag, data, xml: serialize(node), origin: ctx.origin };
    if (pos) code.pos = pos;
    out += ctx.table.add(code);
  }
  return out;
}

/**
 * XML whitespace handling outside `xml:space="preserve"`: line breaks with the indentation around
 * them are layout, not text. Other spaces (and U+3000) are kept.
 */
export function collapseLayout(s: string): string {
  return s
    .replace(/^[ \t]*[\r\n][ \t\r\n]*|[ \t]*[\r\n][ \t\r\n]*$/g, '')
    .replace(/[ \t]*[\r\n][ \t\r\n]*/g, ' ');
}

/** `xml:space` of an element, inherited when it does not say. */
export function preserves(el: XmlElement, inherited: boolean): boolean {
  const v = attr(el, 'space');
  return v === 'preserve' ? true : v === 'default' ? false : inherited;
}

/** State kept while writing one XLIFF 2 unit: its originalData entries. */
export interface WriteContext {
  format: Origin;
  /** XLIFF 2: data id → native code, written as `<originalData>` by the caller. */
  data?: Map<string, string>;
}

/** Writes text with placeholders as XML mixed content in `ctx.format`. */
export function writeInline(
  text: string,
  codes: readonly InlineCode[] | undefined,
  ctx: WriteContext,
): string {
  if (!codes?.length) return escapeText(text);
  let out = '';
  for (const ch of text) {
    const i = codeIndex(ch, codes);
    const code = i >= 0 ? codes[i] : undefined;
    out += code ? writeCode(code, i, ctx) : escapeText(ch);
  }
  return out;
}

function writeCode(code: InlineCode, index: number, ctx: WriteContext): string {
  if (code.tag === '#char') return code.data;
  if (code.origin === ctx.format && code.xml !== undefined && ctx.format !== 'xliff2')
    return code.xml;
  const id = escapeAttr(code.id || String(index + 1));
  const data = escapeText(code.data);
  if (ctx.format === 'tmx') {
    if (code.kind === 'open') return `<bpt i="${id}">${data}</bpt>`;
    if (code.kind === 'close') return `<ept i="${id}">${data}</ept>`;
    if (code.kind === 'isolated') return `<it pos="${code.pos ?? 'begin'}">${data}</it>`;
    return `<ph>${data}</ph>`;
  }
  if (ctx.format === 'xliff12') {
    if (code.kind === 'open') return `<bpt id="${id}">${data}</bpt>`;
    if (code.kind === 'close') return `<ept id="${id}">${data}</ept>`;
    const pos = code.pos === 'end' ? 'close' : 'open';
    if (code.kind === 'isolated') return `<it id="${id}" pos="${pos}">${data}</it>`;
    return `<ph id="${id}">${data}</ph>`;
  }
  // XLIFF 2: codes become sc/ec/ph whose native text lives in the unit's originalData.
  const ref = `d${index + 1}`;
  ctx.data?.set(ref, code.data);
  const dataRef = ctx.data && code.data ? ` dataRef="${ref}"` : '';
  const xid = escapeAttr(code.id ? `${code.id}` : `c${index + 1}`);
  if (code.kind === 'open') return `<sc id="${xid}"${dataRef}/>`;
  if (code.kind === 'close') return `<ec startRef="${xid}"${dataRef}/>`;
  if (code.kind === 'isolated')
    return code.pos === 'end'
      ? `<ec id="${xid}-e${index}" isolated="yes"${dataRef}/>`
      : `<sc id="${xid}-s${index}" isolated="yes"${dataRef}/>`;
  return `<ph id="${escapeAttr(`p${index + 1}`)}"${dataRef}/>`;
}

/** Text for formats without markup: each code becomes its native text. */
export function plainText(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length) return text;
  let out = '';
  for (const ch of text) {
    const i = codeIndex(ch, codes);
    const code = i >= 0 ? codes[i] : undefined;
    out += code ? code.data || `{${code.tag}${code.id}}` : ch;
  }
  return out;
}
