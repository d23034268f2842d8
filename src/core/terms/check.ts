// QA's `term` check, a pure function of the rows and a termbase: a recognised source term whose
// preferred and admitted target terms are all absent from the target is a warning; a forbidden
// target term present in the target is an error. Messages are worded by qaMessage from
// `qa.message.term` ({ source, target }: the source term and its expected target terms) and
// `qa.message.term_forbidden` ({ reason: 'forbidden', target }: the forbidden term found).
import type { Finding, QaRow } from '../qa/types.js';
import { servesLang } from './langs.js';
import { containsTokens, SequenceMatcher } from './matcher.js';
import { TermIndex } from './recognize.js';
import { inflectionKey, tokenize } from './tokens.js';
import type { TermEntry } from './types.js';
import { ChineseWords } from './words.js';

export interface TermCheck {
  (rows: readonly QaRow[]): Finding[];
}

/**
 * The check over a termbase for one direction. Build it once (it indexes the termbase) and call it
 * on any rows; it is also `checkRow`-able one row at a time through `rows = [row]`.
 */
export function termCheck(
  entries: Iterable<TermEntry>,
  sourceLang: string,
  targetLang: string,
): TermCheck {
  const list = [...entries];
  const index = new TermIndex(sourceLang, targetLang, list);
  // The target side is read by inflection only: a forbidden spelling (color where colour is
  // preferred) is caught, and the preferred one must be there as spelled.
  const forbidden = new SequenceMatcher<string>(inflectionKey);
  for (const e of list)
    for (const [lang, terms] of Object.entries(e.terms))
      if (servesLang(lang, targetLang))
        for (const t of terms) if (t.status === 'forbidden') forbidden.upsert(t.text, () => t.text);
  return (rows) => checkTerms(rows, index, forbidden);
}

function checkTerms(
  rows: readonly QaRow[],
  index: TermIndex,
  forbidden: SequenceMatcher<string>,
): Finding[] {
  const out: Finding[] = [];
  rows.forEach((r, row) => {
    if (!r.target.trim()) return; // an empty target is the `empty` check's finding
    const targetTokens = tokenize(r.target, inflectionKey, false);
    const keys = targetTokens.map((t) => t.key);
    for (const m of forbidden.candidates(targetTokens, new ChineseWords(r.target)))
      out.push({
        row,
        rowId: r.id,
        check: 'term',
        severity: 'error',
        params: { reason: 'forbidden', target: r.target.slice(m.start, m.end) },
        span: [m.start, m.end],
      });
    for (const hit of index.find(r.source)) {
      const allowed = hit.targets.filter((t) => t.status !== 'forbidden');
      if (allowed.length === 0) continue;
      const present = allowed.some((t) =>
        containsTokens(
          keys,
          tokenize(t.text, inflectionKey, false).map((x) => x.key),
        ),
      );
      if (!present)
        out.push({
          row,
          rowId: r.id,
          check: 'term',
          severity: 'warning',
          params: { source: hit.source, target: allowed.map((t) => t.text).join(' / ') },
        });
    }
  });
  return out;
}
