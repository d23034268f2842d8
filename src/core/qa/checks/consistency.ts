// Consistency over the document: one source translated two ways, or two sources given one
// translation. Compared after case, spacing and punctuation are set aside, and only for rows
// long enough to mean one thing ("是。" may be "Yes." here and "Right." there).
import type { Finding, QaContext, QaRow } from '../types.js';

const key = (s: string) =>
  s
    .replace(/[\uE000-\uF8FF]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/** Long enough to be a sentence with one meaning: 6 Chinese characters or 4 English words. */
function meaningful(s: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return (s.match(/\p{Script=Han}/gu) ?? []).length >= 6;
  return (s.match(/\p{L}+/gu) ?? []).length >= 4;
}

type Part = Omit<Finding, 'severity'>;

function groups(
  rows: readonly QaRow[],
  by: 'source' | 'target',
  lang: 'zh' | 'en',
  check: 'inconsistent-translation' | 'inconsistent-source',
): Part[] {
  const other = by === 'source' ? 'target' : 'source';
  const seen = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (!r.target.trim() || !meaningful(r[by], lang)) return;
    const k = key(r[by]);
    if (!k) return;
    const list = seen.get(k);
    if (list) list.push(i);
    else seen.set(k, [i]);
  });
  const out: Part[] = [];
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const variants = new Map<string, number>();
    for (const i of list)
      if (!variants.has(key(rows[i]![other]))) variants.set(key(rows[i]![other]), i);
    if (variants.size < 2) continue;
    for (const i of list) {
      // Name the first row that says it differently.
      const mine = key(rows[i]![other]);
      const j = [...variants.values()].find((v) => key(rows[v]![other]) !== mine)!;
      out.push({
        row: i,
        rowId: rows[i]!.id,
        check,
        params: { otherRow: j + 1, other: rows[j]![other], count: variants.size },
      });
    }
  }
  return out;
}

export function consistency(rows: readonly QaRow[], ctx: QaContext): Part[] {
  return [
    ...groups(rows, 'source', ctx.sourceLang, 'inconsistent-translation'),
    ...groups(rows, 'target', ctx.targetLang, 'inconsistent-source'),
  ].sort((a, b) => a.row - b.row);
}
