// Find and replace over segment texts, as plain functions: the grid's find bar and "replace all"
// (one undoable step) both use these.

export interface FindOptions {
  query: string;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
}

export interface Match {
  start: number;
  end: number;
}

/** A RegExp for the options, or an Error whose message says what is wrong with the pattern. */
export function compileFind(o: FindOptions): RegExp | Error | undefined {
  if (!o.query) return undefined;
  let src = o.regex ? o.query : o.query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "Whole word" means Latin letters/digits on neither side. Chinese has no spaces between words,
  // so for a query made of Han characters a whole-word search is the plain search.
  const hanOnly = /^\p{Script=Han}+$/u.test(o.query);
  if (o.wholeWord && !hanOnly) src = `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`;
  try {
    return new RegExp(src, `gu${o.matchCase ? '' : 'i'}`);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** Every non-empty match of `re` in `text`. */
export function findAll(text: string, re: RegExp): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue; // an empty match would never end and replaces nothing
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * Replaces every match. With `regex`, `$1`… in the replacement refer to groups; otherwise the
 * replacement is taken literally (a `$` in plain text must stay a `$`).
 */
export function replaceAllIn(
  text: string,
  re: RegExp,
  replacement: string,
  regex: boolean,
): { text: string; count: number } {
  let count = 0;
  re.lastIndex = 0;
  const out = text.replace(re, (...args: unknown[]) => {
    const m = args[0] as string;
    if (m.length === 0) return m;
    count++;
    return expand(replacement, regex, m, args.slice(1, -2) as (string | undefined)[]);
  });
  return { text: out, count };
}

/** The replacement for match `m`: taken literally, or with `$1`… `$&` `$$` expanded (`regex`). */
function expand(replacement: string, regex: boolean, m: string, groups: (string | undefined)[]) {
  if (!regex) return replacement;
  // Expanded here so the literal and regex cases share one code path.
  return replacement.replace(/\$(\d{1,2}|&|\$)/g, (_s, g: string) =>
    g === '&' ? m : g === '$' ? '$' : (groups[Number(g) - 1] ?? ''),
  );
}

/**
 * Replaces the one match that starts at `start` (the find bar's Replace), as replaceAllIn would
 * have replaced it; undefined when no match starts there (the text changed meanwhile).
 */
export function replaceAt(
  text: string,
  re: RegExp,
  start: number,
  replacement: string,
  regex: boolean,
): { text: string; end: number } | undefined {
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m.index === start && m[0].length > 0) {
      const by = expand(replacement, regex, m[0], m.slice(1));
      return {
        text: text.slice(0, start) + by + text.slice(start + m[0].length),
        end: start + by.length,
      };
    }
    if ((m.index ?? 0) > start) return undefined;
  }
  return undefined;
}

/** A match in the texts of a list: which text, and where in it. */
export interface ListMatch extends Match {
  row: number;
}

/** Every match of `re` in `texts`, in reading order (the find bar's "3 of 12"). */
export function matchesIn(texts: readonly string[], re: RegExp): ListMatch[] {
  const out: ListMatch[] = [];
  texts.forEach((text, row) => {
    for (const m of findAll(text, re)) out.push({ row, ...m });
  });
  return out;
}

/**
 * The match Next (1) or Previous (-1) goes to from a place in the texts that is not a match: the
 * first one at or after it, or the last one before it, wrapping round; -1 when there is none.
 */
export function matchFrom(
  matches: readonly ListMatch[],
  at: { row: number; offset: number },
  direction: 1 | -1,
): number {
  if (matches.length === 0) return -1;
  const after = matches.findIndex(
    (m) => m.row > at.row || (m.row === at.row && m.start >= at.offset),
  );
  const n = matches.length;
  const first = after < 0 ? n : after;
  return direction === 1 ? first % n : (first - 1 + n) % n;
}
