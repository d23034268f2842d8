// Numbers compared by value (core/numbers): 1.2亿 against "12 million" is a finding, against
// "120 million" not. A loose number (a single number word such as 三, two, 第一, an
// approximation, a hyperbole like 一万) is rendered freely in literary translation ("一个人" is
// "a man", 王二 is a name): it counts only when it counts something on both sides (三个人 and
// "five men"), i.e. when a number was changed rather than rephrased.
import type { Hit, QaRow } from '../types.js';
import { compareNumbers, findNumbers, sayValue, type NumberMention } from '../../numbers/index.js';

const CODES = /[\uE000-\uF8FF]/g;

// Chinese measure words: a numeral before one counts things (三个, 七名, 八九两, 五天).
export const CLASSIFIER =
  /^[个位名只条本张件次天年岁月日人匹头把间家所座种块元斤两里米分秒辆架台部首篇封句杯碗瓶双对层口棵朵颗枚支根片份场回遍趟步下声眼周项门笔桩章节倍道代群筐王艘场套]/;
// What follows a numeral that is no noun it counts: particles, verbs of being, conjunctions.
const NOUN_NEXT =
  /^(?![的地得了是在也就都又而与和或及着过来去上下中里外边面些点样般起处])\p{Script=Han}/u;
// English words after a number word that show it counts nothing here (two or three, one of them).
const NOT_A_COUNT = /^\s*(?:or|and|of|to|than|another|more)\b/i;
const ONE_IDIOM = /^\s*(?:day|time|way|side|hand|thing|another)\b/i;

/** Whether a loose number counts something: a measure word after it, or a noun. */
function counts(m: NumberMention, text: string): boolean {
  if (m.firm || ['time', 'date', 'ordinal', 'percent'].includes(m.kind)) return true;
  // A fraction in words ("one half", "a third of") is as free as the numeral words.
  if (m.kind === 'fraction') return false;
  if (m.kind === 'decade') return false;
  const after = text.slice(m.end);
  // Literary Chinese puts a numeral straight before its noun too (四菜一汤, 七人, 五闩).
  if (/[\p{Script=Han}]/u.test(m.text)) return CLASSIFIER.test(after) || NOUN_NEXT.test(after);
  if (/^(?:one|a|an)$/i.test(m.text) && ONE_IDIOM.test(after)) return false;
  return /^[\s-]+[a-z]/i.test(after) && !NOT_A_COUNT.test(after);
}

/** A list number at the start of a row ("7. Camera", "3、"): the other side may well drop it. */
const numbering = (m: NumberMention, text: string) =>
  text.slice(0, m.start).trim() === '' && /^[.、．)）]\s*\D/.test(text.slice(m.end));

export function number(row: QaRow): Hit[] {
  if (!row.target.trim()) return [];
  const source = row.source.replace(CODES, ' ');
  const target = row.target.replace(CODES, ' ');
  const src = findNumbers(source);
  const tgt = findNumbers(target);
  const { onlyInA, onlyInB } = compareNumbers(src, tgt);
  // A value said twice on one side and once on the other ("四十昼夜", "forty days and forty
  // nights") is the same number.
  const matched = (ms: NumberMention[], left: NumberMention[]) =>
    new Set(ms.filter((m) => !left.includes(m)).flatMap((m) => m.parts));
  const inS = matched(src, onlyInA);
  const inT = matched(tgt, onlyInB);
  const a1 = onlyInA.filter((m) => counts(m, source) && !numbering(m, source));
  const b1 = onlyInB.filter((m) => counts(m, target) && !numbering(m, target));
  const changed = a1.length > 0 && b1.length > 0;
  const once = (m: NumberMention, seen: Set<number>) =>
    m.firm && !m.parts.every((p) => seen.has(p));
  const s = changed ? a1 : a1.filter((m) => once(m, inS));
  const t = changed ? b1 : b1.filter((m) => once(m, inT));
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
