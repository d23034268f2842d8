// Consistency over the document: one source translated two ways, or two sources given one
// translation. Compared after case, spacing and punctuation are set aside, and only for rows
// long enough to mean one thing ("是。" may be "Yes." here and "Right." there).
import type { Finding, QaContext, QaRow } from '../types.js';
import { wordSegmenter } from '../../text/index.js';

const key = (s: string) =>
  s
    .replace(/[\uE000-\uF8FF]/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

// Words that carry no meaning a translation must show: articles, prepositions, conjunctions,
// the auxiliaries of tense (be, have, do, shall, will), and the Chinese particles and prepositions.
// Two sources that differ only in these ("set in the ephod" / "set for the ephod", 对摩西说 /
// 向摩西说) may well share one translation. Negation (not, 不), modals (can, may), pronouns and
// adverbs (also, 也, 都) carry meaning, and stay.
const EN_FUNCTION = new Set(
  (
    'a an the and or but nor of in on upon unto into onto to for from by with at as than ' +
    'that which is are was were be been being am shall will do does did have has had'
  ).split(' '),
);
const ZH_FUNCTION = new Set('的地得了着过和与并及而或对向于在把将被给就之乃便即'.split(''));

/** A source as its meaning-bearing words, in order: what one translation has to fit. */
export function contentKey(s: string, lang: 'zh' | 'en'): string {
  const words: string[] = [];
  for (const seg of wordSegmenter(lang).segment(key(s))) {
    if (!seg.isWordLike) continue;
    const w = seg.segment;
    if (lang === 'en' ? EN_FUNCTION.has(w) : ZH_FUNCTION.has(w)) continue;
    words.push(w);
  }
  return words.join(' ');
}

/** Long enough to be a sentence with one meaning: 6 Chinese characters or 4 English words. */
function meaningful(s: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return (s.match(/\p{Script=Han}/gu) ?? []).length >= 6;
  return (s.match(/\p{L}+/gu) ?? []).length >= 4;
}

type Part = Omit<Finding, 'severity'>;

function groups(
  rows: readonly QaRow[],
  by: 'source' | 'target',
  ctx: QaContext,
  check: 'inconsistent-translation' | 'inconsistent-source',
): Part[] {
  const other = by === 'source' ? 'target' : 'source';
  const lang = by === 'source' ? ctx.sourceLang : ctx.targetLang;
  // Two translations of one source are compared word for word; two sources of one translation
  // by the words that carry their meaning (see contentKey).
  const otherKey = by === 'source' ? key : (s: string) => contentKey(s, ctx.sourceLang) || key(s);
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
    const variants = new Map<string, number[]>();
    const keyOf = new Map<number, string>();
    for (const i of list) {
      const k = otherKey(rows[i]![other]);
      keyOf.set(i, k);
      (variants.get(k) ?? variants.set(k, []).get(k)!).push(i);
    }
    if (variants.size < 2) continue;
    // One translation for two wordings of a source, each wording recurring with it (a formula
    // such as 耶和华晓谕摩西说 / 耶和华对摩西说, both "And the LORD spake unto Moses"), is an
    // equivalence the translator keeps, not a match left unedited: only a wording seen once is
    // suspect, and only its rows are reported. (Two translations of one source are always
    // reported, on every row: which one is right is the reviewer's choice.)
    const suspect =
      check === 'inconsistent-source'
        ? [...variants.values()].filter((v) => v.length === 1).flat()
        : list;
    const firsts = [...variants.values()].map((v) => v[0]!);
    for (const i of suspect.sort((a, b) => a - b)) {
      // Name the first row that says it differently.
      const j = firsts.find((v) => keyOf.get(v) !== keyOf.get(i))!;
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
    ...groups(rows, 'source', ctx, 'inconsistent-translation'),
    ...groups(rows, 'target', ctx, 'inconsistent-source'),
  ].sort((a, b) => a.row - b.row);
}
