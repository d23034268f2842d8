// Inline codes: the placeholders of a file's tags (U+E000…, core/formats/inline-codes.ts) and
// the markup and variables of plain text (<b>, {0}, %s, %1$d) must all be in the target, once
// each, in an order that keeps pairs nested as in the source.
import { chipParts } from '../../chips.js';
import type { InlineCode } from '../../model.js';
import type { Hit, QaRow } from '../types.js';

const TAG = /[\uE000-\uF8FF]|<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|\{\d+\}|%(?:\d+\$)?[sdif@]/g;

const tags = (s: string) => [...s.matchAll(TAG)].map((m) => ({ tag: m[0], at: m.index }));
/**
 * A placeholder is named by the chip the grid shows for it (`⟨1`, `1⟩`, `⟨2⟩`), so the finding
 * and the row's own "Tags missing" agree; without the row's codes (a plain text on the command
 * line) by its number.
 */
function label(tag: string, codes: readonly InlineCode[] | undefined): string {
  if (!/^[\uE000-\uF8FF]$/.test(tag)) return tag;
  const part = chipParts(tag, codes)[0];
  return part && 'code' in part ? part.label : `#${tag.charCodeAt(0) - 0xe000 + 1}`;
}

export function tagsCheck(row: QaRow): Hit[] {
  const s = tags(row.source);
  const t = tags(row.target);
  if (!s.length && !t.length) return [];
  if (!row.target.trim()) return [];
  const hits: Hit[] = [];
  const left = [...t];
  for (const x of s) {
    const i = left.findIndex((y) => y.tag === x.tag);
    if (i >= 0) left.splice(i, 1);
    else hits.push({ params: { reason: 'missing', tag: label(x.tag, row.codes) } });
  }
  for (const y of left) {
    hits.push({
      params: { reason: 'extra', tag: label(y.tag, row.codes) },
      span: [y.at, y.at + y.tag.length],
    });
  }
  if (hits.length) return hits;
  // Same tags: the order may change with the word order, but a pair must not be turned inside out
  // (an opening tag after its closing one, or two pairs crossed).
  const order = (list: { tag: string }[]) => list.map((x) => x.tag).join('');
  if (
    order(s) !== order(t) &&
    !nestsLike(
      t.map((x) => x.tag),
      s.map((x) => x.tag),
    )
  ) {
    return [{ params: { reason: 'order', tag: t.map((x) => label(x.tag, row.codes)).join(' ') } }];
  }
  return [];
}

/** Whether the target's tags nest the way the source's do (each source pair stays a pair). */
function nestsLike(t: string[], s: string[]): boolean {
  // Pair each tag with its partner in the source: the opening tag is the one that comes first.
  const pos = (list: string[], tag: string) => list.indexOf(tag);
  const pairs: [string, string][] = [];
  for (let i = 0; i < s.length; i++) {
    const a = s[i]!;
    const close =
      a.startsWith('<') && !a.startsWith('</') ? `</${/^<([\w:-]+)/.exec(a)?.[1]}>` : null;
    if (close && s.includes(close)) pairs.push([a, close]);
  }
  for (const [open, close] of pairs) if (pos(t, open) > pos(t, close)) return false;
  // Placeholders carry no open/close mark here: their order is kept as the source has it.
  const ph = (list: string[]) => list.filter((x) => /^[\uE000-\uF8FF]$/.test(x)).join('');
  return ph(t) === ph(s);
}
