// Rules that keep XML in and out safe: no entity declarations on the way in (billion laughs,
// external entities), no characters XML forbids on the way out.
import { FormatError } from './types.js';
import { warning } from './warnings.js';

/**
 * Refuses any internal DTD subset or entity declaration. A plain external DOCTYPE such as
 * `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` is allowed: it is never fetched.
 */
export function assertNoDtdTricks(text: string, file: string): void {
  const entity = text.search(/<!ENTITY/i);
  if (entity >= 0)
    throw new FormatError(
      'entity',
      {},
      'entity declarations (<!ENTITY) are refused (entity-expansion attack?)',
      file,
      lineAt(text, entity),
    );
  const m = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (m)
    throw new FormatError(
      'doctype',
      {},
      'a DOCTYPE with an internal subset is refused (entity-expansion attack?)',
      file,
      lineAt(text, m.index),
    );
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// The `u` flag makes lone surrogates match [\uD800-\uDFFF] while valid pairs are one code point.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Where a removal happened: a row's part (`row` names it: "doc #3"), a document name, a term. */
export type Removal =
  { part: 'source' | 'target' | 'note'; row: string } | { part: 'name' | 'term'; row?: undefined };

/**
 * Removes characters XML cannot carry and counts them into `warnings` (never written raw). A
 * free-form `where` is worded in English only (the TM writer's "unit 12 source").
 */
export function stripForbidden(s: string, where: Removal | string, warnings?: string[]): string {
  if (!FORBIDDEN.test(s)) return s;
  FORBIDDEN.lastIndex = 0;
  let n = 0;
  const out = s.replace(FORBIDDEN, () => {
    n++;
    return '';
  });
  warnings?.push(
    typeof where === 'string'
      ? `${where}: removed ${n} character(s) that XML does not allow`
      : warning(`removed-from-${where.part}`, { row: where.row ?? '', count: n }),
  );
  return out;
}

/** Escapes element content; CR as a reference, since parsers turn a raw CR into LF. */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/** Escapes for a double-quoted attribute; tabs and newlines as references so they survive. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
