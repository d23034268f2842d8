// The last step of every termbase import: entries that share a term (same language, same tokens:
// "Open source" and "open-source") become one concept, and entries missing a language are kept
// but flagged, with a summary of both for the user.
import { languagesOf } from './langs.js';
import { byStatus } from './recognize.js';
import { termKey } from './tokens.js';
import type { TermEntry, TermbaseData, TermbaseSummary } from './types.js';

const EXAMPLES = 5;

function mergeInto(into: TermEntry, from: TermEntry): void {
  for (const [lang, terms] of Object.entries(from.terms)) {
    const list = (into.terms[lang] ??= []);
    for (const t of terms) {
      const same = list.find((x) => termKey(x.text) === termKey(t.text));
      if (!same) list.push(t);
      else if (t.status === 'forbidden') same.status = 'forbidden'; // a ban anywhere holds
    }
    list.sort(byStatus);
  }
  if (from.note && from.note !== into.note)
    into.note = into.note ? `${into.note}\n${from.note}` : from.note;
  into.subject ??= from.subject;
  const changed = Math.max(into.changedAt ?? 0, from.changedAt ?? 0);
  if (changed) into.changedAt = changed;
}

/** Merges duplicates, flags incomplete entries and sums it up. Entries are changed in place. */
export function finishTermbase(
  format: TermbaseData['format'],
  read: TermEntry[],
  warnings: string[],
): TermbaseData {
  const byTerm = new Map<string, TermEntry>();
  const kept: TermEntry[] = [];
  const mergedExamples: string[] = [];
  let merged = 0;
  for (const e of read) {
    let into: TermEntry | undefined;
    let shared = '';
    for (const [lang, terms] of Object.entries(e.terms))
      for (const t of terms) {
        const hit = byTerm.get(`${lang}\u0002${termKey(t.text)}`);
        if (hit && !into) [into, shared] = [hit, t.text];
      }
    if (into) {
      mergeInto(into, e);
      merged++;
      if (mergedExamples.length < EXAMPLES && !mergedExamples.includes(shared))
        mergedExamples.push(shared);
    } else {
      into = e;
      kept.push(e);
    }
    for (const [lang, terms] of Object.entries(into.terms))
      for (const t of terms) {
        const key = termKey(t.text);
        if (key) byTerm.set(`${lang}\u0002${key}`, into);
      }
  }
  const langs = languagesOf(kept);
  let incomplete = 0;
  for (const e of kept) {
    const missing = langs.some((l) => !e.terms[l]?.length);
    if (missing) {
      e.incomplete = true;
      incomplete++;
    } else delete e.incomplete;
  }
  const summary: TermbaseSummary = {
    read: read.length,
    entries: kept.length,
    merged,
    mergedExamples,
    incomplete,
    langs,
  };
  if (merged)
    warnings.push(
      `${merged} duplicate entr${merged === 1 ? 'y' : 'ies'} merged into the concept sharing its term (${mergedExamples.join(', ')})`,
    );
  if (incomplete)
    warnings.push(
      `${incomplete} entr${incomplete === 1 ? 'y has' : 'ies have'} no term in one of ${langs.join(', ')}: kept, marked incomplete`,
    );
  return { format, entries: kept, summary, warnings };
}
