// Counts a reviewer reads first: how many rows changed and how much text came and went.
import type { Lang } from '../model.js';
import type { ChangeKind } from './classify.js';
import type { RowChange, RowComparison } from './rows.js';
import type { TextDiff } from './text-diff.js';
import { countText, type Counts } from './tokenize.js';

export interface FieldCounts {
  inserted: Counts;
  deleted: Counts;
}

export interface Summary {
  /** Rows in the comparison (a merged or split group counts once). */
  rows: number;
  /** Rows whose type is not `unchanged`. */
  changed: number;
  byType: Record<RowChange, number>;
  statusChanged: number;
  noteChanged: number;
  moved: number;
  /** Changed hunks of source and target by kind (a hunk of several kinds counts in each). */
  hunksByKind: Record<ChangeKind, number>;
  /** Inserted and deleted text: Chinese by characters, other scripts by words. */
  target: FieldCounts;
  source: FieldCounts;
}

const zero = (): Counts => ({ chars: 0, words: 0 });
const add = (into: Counts, c: Counts): void => {
  into.chars += c.chars;
  into.words += c.words;
};

function countDiff(d: TextDiff | null, lang: Lang, into: FieldCounts): void {
  if (!d) return;
  for (const h of d.hunks) {
    if (h.deleted) add(into.deleted, countText(h.deleted, lang));
    if (h.inserted) add(into.inserted, countText(h.inserted, lang));
  }
}

/** Summary of any list of compared rows (all of them, or those a filter kept). */
export function summarize(
  rows: readonly RowComparison[],
  sourceLang: Lang,
  targetLang: Lang,
): Summary {
  const s: Summary = {
    rows: rows.length,
    changed: 0,
    byType: { unchanged: 0, modified: 0, added: 0, removed: 0, merged: 0, split: 0 },
    statusChanged: 0,
    noteChanged: 0,
    moved: 0,
    hunksByKind: { whitespace: 0, 'punctuation-width': 0, number: 0, text: 0 },
    target: { inserted: zero(), deleted: zero() },
    source: { inserted: zero(), deleted: zero() },
  };
  for (const r of rows) {
    s.byType[r.type]++;
    if (r.type !== 'unchanged') s.changed++;
    if (r.statusChanged) s.statusChanged++;
    if (r.noteChanged) s.noteChanged++;
    if (r.moved) s.moved++;
    for (const d of [r.source, r.target]) {
      for (const h of d?.hunks ?? []) for (const k of h.kinds) s.hunksByKind[k]++;
    }
    countDiff(r.source, sourceLang, s.source);
    countDiff(r.target, targetLang, s.target);
  }
  return s;
}
