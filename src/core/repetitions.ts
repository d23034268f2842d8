// Repetitions inside a document: rows whose source says the same thing, so a translation
// confirmed in one can fill the others (what memoQ and Trados call auto-propagation).
import { CONFIRMED, type InlineCode, type Segment } from './model.js';

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
  return propagation(rows, [from]).map((f) => f.id);
}

/** A row that propagation gives a translation (as a draft). */
export interface Fill {
  id: string;
  target: string;
}

/**
 * What confirming the rows `from` fills: each untouched repetition (status new, no translation)
 * of a confirmed sentence, and each draft repetition that still holds exactly a confirmed row's
 * previous translation (`previous`, by row id: see previousTranslation) — what an earlier
 * propagation put there — now given the new one. Any other draft, a rejected or confirmed row,
 * and the confirmed rows themselves are kept. When several confirmed rows share a sentence with
 * different translations (a bulk confirm), the first in document order wins: rows are read in
 * `rows`' order (a row not in `rows` comes after), as a translator reading down the document would expect.
 */
export function propagation(
  rows: readonly RepetitionRow[],
  from: readonly RepetitionRow[],
  previous: ReadonlyMap<string, string> = new Map(),
): Fill[] {
  const confirmed = new Map(from.map((f) => [f.id, f]));
  const at = new Map(rows.map((r, i) => [r.id, i]));
  const inOrder = [...from].sort(
    (a, b) => (at.get(a.id) ?? rows.length) - (at.get(b.id) ?? rows.length),
  );
  const bySentence = new Map<string, { target: string; stale: Set<string> }>();
  for (const f of inOrder) {
    if (!f.target.trim() || !f.source.trim()) continue;
    const key = repetitionKey(f);
    const entry = bySentence.get(key) ?? { target: f.target, stale: new Set<string>() };
    bySentence.set(key, entry);
    const old = previous.get(f.id);
    if (old?.trim()) entry.stale.add(old);
  }
  // A draft that already says what the winner says needs nothing.
  for (const e of bySentence.values()) e.stale.delete(e.target);
  const fills: Fill[] = [];
  if (bySentence.size === 0) return fills;
  for (const r of rows) {
    if (confirmed.has(r.id)) continue;
    const e = bySentence.get(repetitionKey(r));
    if (!e) continue;
    const untouched = r.status === 'new' && r.target.trim() === '';
    if (untouched || (r.status === 'draft' && e.stale.has(r.target)))
      fills.push({ id: r.id, target: e.target });
  }
  return fills;
}

/** One field change of a row's history (a store revision); one operation may change several. */
export interface RowRevision {
  opId: string;
  field: string;
  before: string;
}

/**
 * The translation `row` had the last time it was confirmed with another one: its history
 * (`revisions`, newest first, whole operations) is walked back operation by operation, and the
 * first state with a confirmed status and a different, non-empty translation gives it. A change
 * of source or of the rows' structure (merge, split, restore…) ends the walk: what came before
 * translated another sentence. Undefined when there is none.
 */
export function previousTranslation(
  row: Pick<RepetitionRow, 'target' | 'status'>,
  revisions: readonly RowRevision[],
): string | undefined {
  let target = row.target;
  let status: string = row.status;
  for (let i = 0; i < revisions.length;) {
    // Undo the whole operation before looking at the state before it: an edit of a confirmed
    // row changes its text and its status in one operation.
    const op = revisions[i].opId;
    for (; i < revisions.length && revisions[i].opId === op; i++) {
      const r = revisions[i];
      if (r.field === 'target') target = r.before;
      else if (r.field === 'status') status = r.before;
      else if (r.field !== 'note') return undefined;
    }
    if ((CONFIRMED as readonly string[]).includes(status) && target.trim() && target !== row.target)
      return target;
  }
  return undefined;
}
