// The last step of every termbase import: entries that share a term of the file's first language
// (the glossary's term column, the first language of a TBX's first entry: where CAT tools put
// the source) become one concept, terms compared by their tokens ("Open source" = "open-source").
// Sharing a term of another language does not merge: 管理 and 经营 may both give "management"
// and stay two concepts. Entries missing a language are kept but flagged, and both are summed up.
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
  keyLang: string | undefined = read[0] && Object.keys(read[0].terms)[0],
): TermbaseData {
  const byTerm = new Map<string, TermEntry>();
  const kept: TermEntry[] = [];
  const mergedExamples: string[] = [];
  let merged = 0;
  for (const e of read) {
    let into: TermEntry | undefined;
    let shared = '';
    for (const t of keyLang ? (e.terms[keyLang] ?? []) : []) {
      const hit = byTerm.get(termKey(t.text));
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
    for (const t of keyLang ? (into.terms[keyLang] ?? []) : []) {
      const key = termKey(t.text);
      if (key) byTerm.set(key, into);
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
