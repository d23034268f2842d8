// Which target term Ctrl+Alt+N inserts: the row's usable target terms in the order the panel
// lists them (terms in text order, each one's preferred before admitted), forbidden ones never,
// the same text once.
import type { TermHit } from '../../core/terms/types.js';

export const MAX_NUMBERED = 9;

export function insertable(hits: readonly TermHit[]): string[] {
  const out: string[] = [];
  for (const h of hits)
    for (const t of h.targets)
      if (t.status !== 'forbidden' && !out.includes(t.text)) out.push(t.text);
  return out;
}
