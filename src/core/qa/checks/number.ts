// Numbers compared by value (core/numbers): 1.2亿 against "12 million" is a finding, against
// "120 million" not. A single number word (三, two, 第一) or an approximation is loose: literary
// translation renders it freely ("一个人" is "a man"), so it counts only when the other side
// also has a number that is left over, i.e. when a number was changed rather than rephrased.
import type { Hit, QaRow } from '../types.js';
import { compareNumbers, findNumbers, sayValue, type NumberMention } from '../../numbers/index.js';

const CODES = /[\uE000-\uF8FF]/g;

export function number(row: QaRow): Hit[] {
  if (!row.target.trim()) return [];
  const src = findNumbers(row.source.replace(CODES, ' '));
  const tgt = findNumbers(row.target.replace(CODES, ' '));
  const { onlyInA, onlyInB } = compareNumbers(src, tgt);
  const changed = onlyInA.length > 0 && onlyInB.length > 0;
  const s = changed ? onlyInA : onlyInA.filter((m) => m.firm);
  const t = changed ? onlyInB : onlyInB.filter((m) => m.firm);
  const hits: Hit[] = [];
  const n = Math.max(s.length, t.length);
  for (let i = 0; i < n; i++) {
    const a = s[i];
    const b = t[i];
    if (a && b) hits.push(changedHit(a, b));
    else if (a) hits.push({ params: { reason: 'missing', source: a.text } });
    else if (b) hits.push({ params: { reason: 'extra', target: b.text }, span: [b.start, b.end] });
  }
  return hits;
}

function changedHit(a: NumberMention, b: NumberMention): Hit {
  // Said in the source's own terms: 12 million against 1.2亿 is "0.12亿".
  const targetValue =
    b.kind === 'range' || a.kind === 'range' || b.kind === 'date' || b.kind === 'time'
      ? b.text
      : sayValue(b.value, a.scale);
  return {
    params: { reason: 'changed', source: a.text, target: b.text, targetValue },
    span: [b.start, b.end],
  };
}
