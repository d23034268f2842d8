// Which text Ctrl+Alt+N inserts: the row's usable target terms in the order the panel lists them
// (terms in text order, each one's preferred before admitted), forbidden ones never, then the
// row's numbers said the target language's way (as memoQ lists auto-translatables after terms);
// the same text once.
import type { NumberSuggestion } from '../../core/numbers/render.js';
import type { TermHit } from '../../core/terms/types.js';

export const MAX_NUMBERED = 9;

export function insertable(
  hits: readonly TermHit[],
  numbers: readonly NumberSuggestion[] = [],
): string[] {
  const out: string[] = [];
  for (const h of hits)
    for (const t of h.targets)
      if (t.status !== 'forbidden' && !out.includes(t.text)) out.push(t.text);
  for (const n of numbers) for (const t of n.targets) if (!out.includes(t)) out.push(t);
  return out;
}
