// One termbase entry as the Terms tab's form edits it: the first term of the project's source
// language, the first of its target language, and the entry's note. An entry can hold more (a
// synonym, an admitted variant, other languages); the form leaves those as they are and says how
// many there are, so an edit never loses what it does not show.
import { servesLang, termLang, termsIn } from './langs.js';
import type { Term, TermEntry } from './types.js';

/** What the form shows and sends back. */
export interface EntryForm {
  source: string;
  target: string;
  note: string;
  /** The target term shown must not be used. */
  forbidden: boolean;
}

/** The form's values for an entry, and how many terms of the two languages it does not show. */
export function entryForm(
  entry: TermEntry,
  sourceLang: string,
  targetLang: string,
): EntryForm & { hidden: number } {
  const src = termsIn(entry, sourceLang);
  const tgt = termsIn(entry, targetLang);
  return {
    source: src[0]?.text ?? '',
    target: tgt[0]?.text ?? '',
    note: entry.note ?? '',
    forbidden: tgt[0]?.status === 'forbidden',
    hidden: Math.max(0, src.length - 1) + Math.max(0, tgt.length - 1),
  };
}

/** The key an entry keeps a language's terms under (its own spelling, else the app's). */
function keyOf(entry: TermEntry, lang: string): string {
  const own = termLang(lang);
  if (entry.terms[own]) return own;
  return Object.keys(entry.terms).find((k) => servesLang(k, lang)) ?? own;
}

/** Who makes an edit, and when (ms since epoch). */
export interface Who {
  author?: string;
  now: number;
}

/** `term` with a new text and status; its author and time change only when something did. */
function changed(term: Term, text: string, status: Term['status'], who: Who): Term {
  if (term.text === text && term.status === status) return term;
  return { ...term, text, status, author: who.author ?? term.author, changedAt: who.now };
}

/**
 * The entry with the form's values: the first source and target terms rewritten (an emptied
 * target term is removed; a new one is preferred, or forbidden when ticked), the note set or
 * removed, the entry marked incomplete when a language is left without terms. The input is not
 * changed. An empty source is refused: an entry is found by its source term.
 */
export function applyEntryForm(
  entry: TermEntry,
  sourceLang: string,
  targetLang: string,
  form: EntryForm,
  who: Who,
): TermEntry {
  const source = form.source.trim();
  const target = form.target.trim();
  if (!source) throw new Error('a term entry needs its source term');
  const terms: TermEntry['terms'] = {};
  for (const [k, v] of Object.entries(entry.terms)) terms[k] = [...v];
  const srcKey = keyOf(entry, sourceLang);
  const tgtKey = keyOf(entry, targetLang);
  const src = terms[srcKey] ?? [];
  src[0] = src[0]
    ? changed(src[0], source, src[0].status, who)
    : { text: source, status: 'preferred', author: who.author, changedAt: who.now };
  terms[srcKey] = src;
  const tgt = terms[tgtKey] ?? [];
  if (!target) tgt.shift();
  else {
    const was = tgt[0];
    // Unticking "must not be used" makes the term usable again: preferred, not its old status.
    const status = form.forbidden
      ? 'forbidden'
      : was && was.status !== 'forbidden'
        ? was.status
        : 'preferred';
    tgt[0] = was
      ? changed(was, target, status, who)
      : { text: target, status, author: who.author, changedAt: who.now };
  }
  if (tgt.length) terms[tgtKey] = tgt;
  else delete terms[tgtKey];
  const out: TermEntry = { ...entry, terms, changedAt: who.now };
  const note = form.note.trim();
  if (note) out.note = note;
  else delete out.note;
  if (tgt.length) delete out.incomplete;
  else out.incomplete = true;
  return out;
}
