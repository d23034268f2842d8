// Language tags of termbases: the app's two languages under one spelling each, others as written.
import { TermsError, type TermEntry } from './types.js';

/** zh, zh-CN, zh-Hans, ZH-hans → zh-Hans; en, en-US → en; anything else unchanged. */
export function termLang(tag: string): string {
  const t = tag.trim();
  if (/^(zh|cmn)(-|_|$)/i.test(t)) return 'zh-Hans';
  if (/^en(-|_|$)/i.test(t)) return 'en';
  return t;
}

const primary = (tag: string) => termLang(tag).toLowerCase().split(/[-_]/)[0] ?? '';

/** Whether a stored language key serves the asked language (same primary language). */
export function servesLang(key: string, lang: string): boolean {
  return primary(key) === primary(lang);
}

/** Whether a termbase of these two languages serves a project of this pair (either direction). */
export function servesPair(
  tb: { sourceLang: string; targetLang: string },
  pair: { sourceLang: string; targetLang: string },
): boolean {
  const has = (l: string) => servesLang(tb.sourceLang, l) || servesLang(tb.targetLang, l);
  return has(pair.sourceLang) && has(pair.targetLang);
}

/** The terms of an entry in a language. */
export function termsIn(entry: TermEntry, lang: string): TermEntry['terms'][string] {
  const direct = entry.terms[termLang(lang)];
  if (direct) return direct;
  for (const [k, v] of Object.entries(entry.terms)) if (servesLang(k, lang)) return v;
  return [];
}

/** Languages with terms, most terms first. */
export function languagesOf(entries: readonly TermEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const [lang, terms] of Object.entries(e.terms))
      counts.set(lang, (counts.get(lang) ?? 0) + terms.length);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}

/**
 * Refuses a pair the termbase cannot serve, saying which languages it has (a termbase of
 * Hungarian asked for Chinese names its languages rather than finding nothing).
 */
export function assertServes(langs: readonly string[], source: string, target: string): void {
  for (const wanted of [source, target])
    if (!langs.some((l) => servesLang(l, wanted))) {
      const present = langs.join(', ') || 'none';
      throw new TermsError(
        'unknown-language',
        { wanted, present },
        `the termbase has no terms in ${wanted} (languages present: ${present})`,
      );
    }
}
