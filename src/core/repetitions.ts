// Repetitions inside a document: rows whose source says the same thing, so a translation
// confirmed in one can fill the others (what memoQ and Trados call auto-propagation).
import type { InlineCode, Segment } from './model.js';

export type RepetitionRow = Pick<Segment, 'id' | 'source' | 'target' | 'status'> & {
  codes?: readonly Pick<InlineCode, 'kind' | 'data'>[];
};

/**
 * The same sentence for propagation: the same characters (Unicode-normalised) with spacing
 * collapsed, and the same inline codes — a `<b>` and a link in the same place are not one
 * sentence, as a translation that fits one may not fit the other.
 */
export function repetitionKey(row: Pick<RepetitionRow, 'source' | 'codes'>): string {
  const text = row.source.normalize('NFC').replace(/\s+/g, ' ').trim();
  const codes = (row.codes ?? []).map((c) => `${c.kind}:${c.data}`).join('\u0001');
  return codes ? `${text}\u0000${codes}` : text;
}

/**
 * The rows a confirmed translation of `from` may fill: other rows with the same sentence that
 * nobody has touched (status new, no translation). A draft, a rejected row or anything typed is
 * someone's work and is never overwritten; a row whose source is empty repeats nothing.
 */
export function repetitionsToFill(rows: readonly RepetitionRow[], from: RepetitionRow): string[] {
  if (!from.target.trim() || !from.source.trim()) return [];
  const key = repetitionKey(from);
  const ids: string[] = [];
  for (const r of rows) {
    if (r.id === from.id || r.status !== 'new' || r.target.trim() !== '') continue;
    if (repetitionKey(r) === key) ids.push(r.id);
  }
  return ids;
}
