// Recognition: the terms of a termbase found in a source text, each with its target terms.
// Source terms are looked up by a key that undoes inflection (wordKey: building → build), so
// several terms can share one slot; the slot keeps each spelling's entries apart, and a text
// that writes one of them (Building, buildings) gets that term's entries, not its neighbours'.
import { servesLang } from './langs.js';
import { SequenceMatcher } from './matcher.js';
import { termKey } from './tokens.js';
import type { Term, TermEntry, TermHit, TermStatus } from './types.js';

/** What a hit reports: the entries of the source terms matched and their target terms. */
interface Found {
  entryIds: string[];
  targets: Term[];
  sourceStatus: TermStatus;
}

/**
 * Everything under one key. Its terms mostly share one spelling (termKey), that of `text`, the
 * first one stored; once two spellings meet there, `forms` holds each one's own. Spellings are
 * compared only then, so a large termbase pays neither a Map nor a termKey per term.
 */
interface Slot extends Found {
  text: string;
  form?: string;
  forms?: Map<string, Found>;
}

const RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };
export const byStatus = (a: Term, b: Term): number => RANK[a.status] - RANK[b.status];

function termsOf(entry: TermEntry, lang: string): Term[] {
  const out: Term[] = [];
  for (const [k, v] of Object.entries(entry.terms)) if (servesLang(k, lang)) out.push(...v);
  return out;
}

const found = (sourceStatus: TermStatus): Found => ({ entryIds: [], targets: [], sourceStatus });

function addTo(f: Found, entryId: string, status: TermStatus, targets: readonly Term[]): void {
  if (RANK[status] < RANK[f.sourceStatus]) f.sourceStatus = status;
  if (f.entryIds.includes(entryId)) return;
  f.entryIds.push(entryId);
  for (const target of targets)
    if (!f.targets.some((x) => x.text === target.text)) f.targets.push(target);
  f.targets.sort(byStatus);
}

/**
 * A termbase ready to search texts in `sourceLang` for terms with their `targetLang` terms. Any
 * direction works: a zh→en termbase serves an en→zh project by swapping the languages.
 */
export class TermIndex {
  #matcher = new SequenceMatcher<Slot>();

  constructor(
    readonly sourceLang: string,
    readonly targetLang: string,
    entries: Iterable<TermEntry> = [],
  ) {
    for (const e of entries) this.add(e);
  }

  /** Source terms indexed. */
  get size(): number {
    return this.#matcher.size;
  }

  /**
   * A new index object over the same terms with `entry` added, for a service whose readers tell
   * a change by identity: adding one term costs one term, not a rebuild of the termbase. The
   * terms are shared, so the old object sees the entry too; it is meant to be let go.
   */
  withEntry(entry: TermEntry): TermIndex {
    const next = new TermIndex(this.sourceLang, this.targetLang);
    next.#matcher = this.#matcher;
    next.add(entry);
    return next;
  }

  /**
   * A new index object over the same terms without `entry` (as it was indexed, under the same
   * id), or undefined when one of its source terms shares its key with another entry's: what
   * that slot holds without it only a rebuild can tell. Like `withEntry`, the terms are shared.
   */
  withoutEntry(entry: TermEntry): TermIndex | undefined {
    const sources = termsOf(entry, this.sourceLang);
    for (const t of sources)
      if (this.#matcher.get(t.text)?.entryIds.some((id) => id !== entry.id)) return undefined;
    for (const t of sources) this.#matcher.delete(t.text);
    const next = new TermIndex(this.sourceLang, this.targetLang);
    next.#matcher = this.#matcher;
    return next;
  }

  /**
   * As `withoutEntry`, for an entry known only by its id (changed in another tab, so its terms
   * as indexed are not at hand): the slots holding it are found by a scan of every slot, a few
   * milliseconds at 100,000 terms.
   */
  withoutEntryId(id: string): TermIndex | undefined {
    let shared = false;
    const keys = this.#matcher.keysWhere((slot) => {
      const holds = slot.entryIds.includes(id);
      // A slot's entry ids are distinct: more than one is another entry's too.
      if (holds && slot.entryIds.length > 1) shared = true;
      return holds;
    });
    if (shared) return undefined;
    for (const key of keys) this.#matcher.deleteKey(key);
    const next = new TermIndex(this.sourceLang, this.targetLang);
    next.#matcher = this.#matcher;
    return next;
  }

  add(entry: TermEntry): void {
    const targets = termsOf(entry, this.targetLang);
    for (const t of termsOf(entry, this.sourceLang)) {
      const slot = this.#matcher.upsert(t.text, () => ({
        entryIds: [],
        targets: [],
        sourceStatus: t.status,
        text: t.text,
      }));
      if (!slot) continue;
      // A slot has an entry from the moment it is made: one with none is this term's new slot.
      if (slot.entryIds.length > 0) {
        const form = termKey(t.text);
        slot.form ??= termKey(slot.text);
        // Until now every term here had the slot's spelling: the slot so far is that one's own.
        if (!slot.forms && form !== slot.form) {
          const { entryIds, targets, sourceStatus } = slot;
          slot.forms = new Map([
            [slot.form, { entryIds: [...entryIds], targets: [...targets], sourceStatus }],
          ]);
        }
        if (slot.forms) {
          let own = slot.forms.get(form);
          if (!own) slot.forms.set(form, (own = found(t.status)));
          addTo(own, entry.id, t.status, targets);
        }
      }
      addTo(slot, entry.id, t.status, targets);
    }
  }

  /** The terms in a text, in text order, longest first where they overlap. */
  find(text: string): TermHit[] {
    return this.#matcher.find(text).map((m) => {
      const source = text.slice(m.start, m.end);
      // Several spellings share the key: the one the text writes, else all of them.
      const f = m.value.forms?.get(termKey(source)) ?? m.value;
      return {
        start: m.start,
        end: m.end,
        source,
        entryIds: f.entryIds,
        targets: f.targets,
        sourceStatus: f.sourceStatus,
      };
    });
  }
}
