// A small element tree built with @rgrove/parse-xml: a strict, non-validating XML parser that is
// plain ES modules (so it loads unchanged in the page, in a Worker, in the test browser and in
// Node; DOMParser exists only in the page), never expands custom entities and reports lines.
import {
  parseXml as parse,
  XmlCdata,
  XmlElement as LibElement,
  XmlError,
  XmlText,
  type XmlNode as LibNode,
} from '@rgrove/parse-xml';
import { FormatError } from './types.js';
import { assertNoDtdTricks, escapeAttr, escapeText } from './xml-safety.js';

export interface XmlElement {
  /** Qualified name as written (e.g. `sdl:seg`). */
  name: string;
  /** Name without its prefix, so XLIFF 1.1/1.2 namespaces and `xml:lang` read alike. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

/** Parses a whole document, or throws a FormatError naming the file and line. */
export function parseXml(text: string, file: string): XmlElement {
  assertNoDtdTricks(text, file);
  let doc;
  try {
    doc = parse(text, { includeOffsets: true, preserveCdata: true });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    // The library's message repeats line and column with an excerpt; keep the reason only.
    const reason = e.message.split('\n')[0]?.replace(/\s*\(line \d+, column \d+\)\s*$/, '');
    const hint = /invalid character/i.test(reason ?? '')
      ? ' (a control character XML does not allow?)'
      : '';
    throw new FormatError(`not well-formed XML: ${reason}${hint}`, file, e.line);
  }
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const convert = (el: LibElement): XmlElement => {
    const children: XmlNode[] = [];
    for (const c of el.children as LibNode[]) {
      let piece: XmlNode | undefined;
      if (c instanceof XmlElement_) piece = convert(c);
      else if (c instanceof XmlText || c instanceof XmlCdata) piece = c.text;
      if (piece === undefined) continue;
      const last = children[children.length - 1];
      if (typeof piece === 'string' && typeof last === 'string')
        children[children.length - 1] = last + piece;
      else children.push(piece);
    }
    return {
      name: el.name,
      local: localName(el.name),
      attrs: { ...el.attributes },
      children,
      line: lineOf(el.start),
    };
  };
  const root = doc.root;
  if (!root) throw new FormatError('no XML root element', file);
  return convert(root);
}

const XmlElement_ = LibElement;

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (!local || c.local === local),
  );
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** All descendants with this local name, in document order. */
export function descendants(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.local === local) out.push(c);
    descendants(c, local, out);
  }
  return out;
}

/** Attribute by local name, any prefix and any case (`lang`, `xml:lang`, `XML:LANG`). */
export function attr(el: XmlElement, local: string): string | undefined {
  const direct = el.attrs[local] ?? el.attrs[`xml:${local}`];
  if (direct !== undefined) return direct;
  const want = local.toLowerCase();
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k).toLowerCase() === want) return v;
  return undefined;
}

export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

export function startTag(el: XmlElement, selfClose = false): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `<${el.name}${attrs}${selfClose ? '/>' : '>'}`;
}

/** Writes an element back out (used to keep inline codes exactly as they were). */
export function serialize(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.children.length === 0) return startTag(node, true);
  return startTag(node) + node.children.map(serialize).join('') + `</${node.name}>`;
}
