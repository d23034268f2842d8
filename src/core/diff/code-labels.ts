// Reports are read outside the app, where an inline code's private-use placeholder would be an
// invisible character: there each placeholder is written as the chip label the app shows.
import { toEditable } from '../chips.js';
import type { InlineCode } from '../model.js';
import type { Comparison, RowComparison } from './rows.js';
import type { TextDiff } from './text-diff.js';

const labelDiff = (d: TextDiff, codes: readonly InlineCode[]): TextDiff => ({
  ...d,
  parts: d.parts.map((p) => ({ ...p, text: toEditable(p.text, codes) })),
});

/** The comparison with the placeholders of each row's codes (`codesOf(id)`) as labels. */
export function withCodeLabels(
  c: Comparison,
  codesOf: (segmentId: string) => readonly InlineCode[] | undefined,
): Comparison {
  const rows = c.rows.map((r): RowComparison => {
    const codes = codesOf(r.b[0]?.id ?? r.a[0]?.id ?? r.id);
    if (!codes?.length) return r;
    const snap = (s: RowComparison['a'][number]) => ({
      ...s,
      source: toEditable(s.source, codes),
      target: toEditable(s.target, codes),
    });
    return {
      ...r,
      a: r.a.map(snap),
      b: r.b.map(snap),
      source: r.source && labelDiff(r.source, codes),
      target: labelDiff(r.target, codes),
    };
  });
  return { ...c, rows };
}
