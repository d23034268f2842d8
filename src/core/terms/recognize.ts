// Recognition: the terms of a termbase found in a source text, each with its target terms.
import { servesLang } from './langs.js';
import { SequenceMatcher } from './matcher.js';
import type { Term, TermEntry, TermHit, TermStatus } from './types.js';

interface Slot {
  entryIds: string[];
  targets: Term[];
  sourceStatus: TermStatus;
}

const RANK: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };
export const byStatus = (a: Term, b: Term): number => RANK[a.status] - RANK[b.status];

function termsOf(entry: TermEntry, lang: string): Term[] {
  const out: Term[] = [];
  for (const [k, v] of Object.entries(entry.terms)) if (servesLang(k, lang)) out.push(...v);
  return out;
}

/**
 * A termbase ready to search texts in `sourceLang` for terms with their `targetLang` terms. Any
 * direction works: a zh→en termbase serves an en→zh project by swapping the languages.
 */
export class TermIndex {
  readonly #matcher = new SequenceMatcher<Slot>();

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

  add(entry: TermEntry): void {
    const targets = termsOf(entry, this.targetLang);
    for (const t of termsOf(entry, this.sourceLang)) {
      const slot = this.#matcher.upsert(t.text, () => ({
        entryIds: [],
        targets: [],
        sourceStatus: t.status,
      }));
      if (!slot || slot.entryIds.includes(entry.id)) continue;
      slot.entryIds.push(entry.id);
      if (RANK[t.status] < RANK[slot.sourceStatus]) slot.sourceStatus = t.status;
      for (const target of targets)
        if (!slot.targets.some((x) => x.text === target.text)) slot.targets.push(target);
      slot.targets.sort(byStatus);
    }
  }

  /** The terms in a text, in text order, longest first where they overlap. */
  find(text: string): TermHit[] {
    return this.#matcher.find(text).map((m) => ({
      start: m.start,
      end: m.end,
      source: text.slice(m.start, m.end),
      entryIds: m.value.entryIds,
      targets: m.value.targets,
      sourceStatus: m.value.sourceStatus,
    }));
  }
}
