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
    if (!regex) return replacement;
    // Expand $n / $& ourselves so the literal and regex cases share one code path.
    const groups = args.slice(1, -2) as (string | undefined)[];
    return replacement.replace(/\$(\d{1,2}|&|\$)/g, (_s, g: string) =>
      g === '&' ? m : g === '$' ? '$' : (groups[Number(g) - 1] ?? ''),
    );
  });
  return { text: out, count };
}

/**
 * The index of the next of `texts` (from `start`, one step at a time in `direction`, wrapping
 * round) with a match of `re`, or -1 when none has one. The find bar's Next and Previous.
 */
export function nextMatchIndex(
  texts: readonly string[],
  start: number,
  direction: 1 | -1,
  re: RegExp,
): number {
  const n = texts.length;
  for (let step = 1; step <= n; step++) {
    const i = (((start + direction * step) % n) + n) % n;
    if (findAll(texts[i], re).length > 0) return i;
  }
  return -1;
}
