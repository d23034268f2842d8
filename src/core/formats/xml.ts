// A small element tree built with saxes, a strict streaming XML parser that runs unchanged in the
// browser, in a Worker and in Node (DOMParser exists only in the page), and reports line numbers.
import { SaxesParser } from 'saxes';
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
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: FormatError | undefined;
  parser.on('error', (e) => {
    // saxes prefixes "line:column: "; keep the reason only, the line goes into FormatError.
    failure ??= new FormatError(
      `not well-formed XML: ${e.message.replace(/^\d+:\d+:\s*/, '')}`,
      file,
      parser.line,
    );
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const name = tag.name;
    const el: XmlElement = { name, local: localName(name), attrs, children: [], line: parser.line };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string) => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const last = parent.children[parent.children.length - 1];
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + t;
    else parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (!failure) throw e;
  }
  if (failure) throw failure;
  if (!root) throw new FormatError('no XML root element', file);
  return root;
}

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
