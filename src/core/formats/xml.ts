// XML read as a stream with saxes: a strict, non-validating SAX parser in plain ES modules (it
// loads unchanged in the page, in a Worker, in the test browser and in Node), which never expands
// custom entities, keeps no tree and takes its input in chunks. Formats ask for the elements they
// want (a TMX <tu>, an XLIFF <trans-unit>) as small trees, one at a time, so a big file is never a
// big tree; `parseXml` builds the whole tree for small documents (DOCX).
// saxes is CommonJS: its module object as the default import works in Node, Vite and the test
// runner alike, where named imports do not.
import saxes from 'saxes';
import { FormatError } from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';

export interface XmlElement {
  /** Qualified name as written (e.g. `sdl:seg`). */
  name: string;
  /** Name without its prefix, so XLIFF 1.1/1.2 namespaces and `xml:lang` read alike. */
  local: string;
  attrs: Record<string, string>;
  /** Empty for an element that is only open around the ones being built. */
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

/** Deeper nesting is refused: no bilingual format needs it, and it is how stack attacks look. */
export const MAX_DEPTH = 256;

/** What a format does with the elements of a document as they are read. */
export interface XmlSink {
  /**
   * Every start tag, attributes known, children not yet; `open` holds the elements around it,
   * root first. Returning true (outside an element already being built) asks for this element
   * as a whole tree, handed to `element` at its end tag.
   */
  start(el: XmlElement, open: readonly XmlElement[]): boolean | void;
  element?(el: XmlElement, open: readonly XmlElement[]): void;
  /** The end of an element that was not built as a tree. */
  end?(el: XmlElement, open: readonly XmlElement[]): void;
}

export interface XmlReader {
  /** Feeds the next piece of text; a chunk may end anywhere, even inside a tag. */
  write(chunk: string): void;
  /** Checks the document is complete. */
  close(): void;
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** A reader that turns every problem into a FormatError naming the file and line. */
export function xmlReader(file: string, sink: XmlSink): XmlReader {
  const parser = new saxes.SaxesParser({ xmlns: false, position: true });
  const open: XmlElement[] = [];
  /** Index in `open` of the element being built as a tree, or -1. */
  let building = -1;
  let tagLine = 1;
  parser.on('doctype', (doctype) => {
    // saxes never expands what a DTD declares; refuse declarations anyway, with their line.
    if (!doctype.includes('[')) return;
    const first = parser.line - count(doctype, '\n');
    const entity = doctype.search(/<!ENTITY/i);
    if (entity >= 0)
      throw new FormatError(
        'entity',
        {},
        'entity declarations (<!ENTITY) are refused (entity-expansion attack?)',
        file,
        first + count(doctype.slice(0, entity), '\n'),
      );
    throw new FormatError(
      'doctype',
      {},
      'a DOCTYPE with an internal subset is refused (entity-expansion attack?)',
      file,
      first,
    );
  });
  parser.on('opentagstart', () => {
    // The name is read, so the line is the line of its `<`.
    tagLine = parser.line;
    if (open.length >= MAX_DEPTH)
      throw new FormatError(
        'too-deep',
        { depth: MAX_DEPTH },
        `elements nested too deeply (more than ${MAX_DEPTH} levels) at line ${tagLine}`,
        file,
        tagLine,
      );
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attrs: tag.attributes,
      children: [],
      line: tagLine,
    };
    const wanted = sink.start(el, open);
    if (building >= 0) open[open.length - 1]?.children.push(el);
    else if (wanted) building = open.length;
    open.push(el);
  });
  parser.on('closetag', () => {
    const el = open.pop() as XmlElement;
    if (building === open.length) {
      building = -1;
      sink.element?.(el, open);
    } else if (building < 0) sink.end?.(el, open);
  });
  const text = (s: string) => {
    if (building < 0) return;
    const children = (open[open.length - 1] as XmlElement).children;
    const last = children.length - 1;
    // Text, CDATA and text around a comment read as one string, as a DOM's textContent would.
    if (typeof children[last] === 'string') children[last] += s;
    else children.push(s);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('error', (e) => {
    const reason = e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const badChar = /disallowed character|malformed character entity/i.test(reason);
    throw new FormatError(
      badChar ? 'xml-control-char' : 'malformed-xml',
      {},
      badChar
        ? `not well-formed XML: invalid character (a control character XML does not allow?)`
        : `not well-formed XML: ${reason}`,
      file,
      parser.line,
    );
  });
  return {
    write: (chunk) => void parser.write(chunk),
    close: () => void parser.close(),
  };
}

/** Parses a whole (small) document into a tree, or throws a FormatError naming file and line. */
export function parseXml(text: string, file: string): XmlElement {
  let root: XmlElement | undefined;
  const reader = xmlReader(file, {
    start: (_el, open) => open.length === 0,
    element: (el) => (root = el),
  });
  reader.write(text);
  reader.close();
  if (!root) throw new FormatError('no-root', {}, 'no XML root element', file);
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
