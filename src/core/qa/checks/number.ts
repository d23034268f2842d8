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
  /^[个位名只条本张件次天年岁月日人匹头把间家所座种块元斤两行居盒里米分秒辆架台部首篇封句杯碗瓶双对层口棵朵颗枚支根片份场回遍趟步下声眼周项门笔桩章节倍道代群筐王艘场套面]/;
// What follows a numeral that is no noun it counts: particles, verbs of being, conjunctions.
const NOUN_NEXT =
  /^(?![的地得了是在也就都又而与和或及着过来去上下中里外边面些点样般起处])\p{Script=Han}/u;
// English words after a number word that show it counts nothing here (two or three, one of them).
// "Three more films" counts films; "three more" or "more than" does not.
const NOT_A_COUNT = /^\s*(?:or|and|of|to|than|another|more\b(?!\s+(?!than\b)\p{L}))\b/iu;
const LISTED = new RegExp(`^[、，,]\\s*[一二两三四五六七八九十百千]+${CLASSIFIER.source.slice(1)}`);
const LABELLED =
  /\b(?:week|day|month|year|chapter|book|part|act|scene|round|stage|phase|grade|level|room|floor|page|verse|psalm|platform|gate|door)\s+$/i;
const PERIOD = /(?:上午|下午|早上|凌晨|中午|晚上|傍晚|夜里)$/;
const ONE_IDIOM = /^\s*(?:day|time|way|side|hand|thing|another)\b/i;

// "One" that counts no one: a pronoun or an emphasis (each one, no one, not one locust, the
// number one killer).
const ONE_NOT_COUNTING = /\b(?:each|every|no|not|number|any|some)\s+$/i;
const oneCounts = (text: string, m: NumberMention) =>
  !ONE_NOT_COUNTING.test(text.slice(Math.max(0, m.start - 12), m.start));
// One of a pair taken in turn ("one sled…, then the other", "the name of the one was…, of the
// other…", "one boat…, another"): the other side may say 一 or 两 for it.
const THE_OTHER = /\b(?:the\s+other|another)\b/i;
const oneOfPair = (m: NumberMention, text: string) =>
  /^one$/i.test(m.text) && THE_OTHER.test(text.slice(m.end));

// "First" that ranks nothing: "first and foremost", "first of all", "at first", and "the first
// four films" (最早的四部: the number after it is the count, which is compared).
const FIRST_NOT_COUNTING = (m: NumberMention, text: string) =>
  /^(?:first|last)$/i.test(m.text) &&
  (/^\s+(?:and\s+foremost|of\s+all)\b/i.test(text.slice(m.end)) ||
    /\bat\s+$/i.test(text.slice(0, m.start)) ||
    /^\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|couple|dozen)\b)/i.test(
      text.slice(m.end),
    ));

/** Whether a loose number counts something: a measure word after it, or a noun. */
function counts(m: NumberMention, text: string): boolean {
  // 九一八事变 may be the Mukden Incident, 双十一 Singles Day: a name, no count.
  if (m.named) return false;
  if (m.kind === 'ordinal' && !m.firm && FIRST_NOT_COUNTING(m, text)) return false;
  // "Savvy twenty-year-olds", "thirty-somethings": an age group named, no one counted (年轻人).
  if (m.words && /^-(?:year-olds|somethings)\b/i.test(text.slice(m.end))) return false;
  // "The 14th Five-Year Plan" is “十四五”: the plan's name, its five no count.
  if (m.words && /^-year\s+plans?\b/i.test(text.slice(m.end))) return false;
  if (m.firm || ['time', 'date', 'ordinal', 'percent'].includes(m.kind)) return true;
  // A fraction in words ("one half", "a third of") is as free as the numeral words.
  if (m.kind === 'fraction') return false;
  if (m.kind === 'decade') return false;
  const after = text.slice(m.end);
  // "A day or two" holds its noun.
  if (m.kind === 'range' && /^an?\s/i.test(m.text)) return true;
  // "Week five", "chapter three": a number after what it numbers ranks it.
  if (m.words && LABELLED.test(text.slice(0, m.start))) return true;
  // Literary Chinese puts a numeral straight before its noun too (四菜一汤, 七人, 五闩); one
  // listed before another shares its measure word (三，四代 "the third and the fourth
  // generation", 五、六个); 下午三四点 is an hour.
  // 六两 is six taels: the 两 is its measure word.
  if (/^\p{Script=Han}+两$/u.test(m.text)) return true;
  if (/[\p{Script=Han}]/u.test(m.text))
    return (
      CLASSIFIER.test(after) ||
      NOUN_NEXT.test(after) ||
      LISTED.test(after) ||
      (/^点/.test(after) && (/点钟/.test(after.slice(0, 2)) || PERIOD.test(text.slice(0, m.start))))
    );
  if (/^(?:one|a|an)$/i.test(m.text) && ONE_IDIOM.test(after)) return false;
  if (/^one$/i.test(m.text) && !oneCounts(text, m)) return false;
  // "The eight of them", "five of every sort" count; "one of them" picks one out.
  if (
    m.value !== 1 &&
    /^\s+of\s+(?:them|us|you|these|those|every|each|his|her|their|our)\b/i.test(after)
  )
    return true;
  // A count said after its noun or its verb, closing the clause: "their sockets of brass
  // eight;", "the pillars were four", "back at the lab at seven." ("this one." is no count, nor
  // "by two," which is "in pairs").
  if (
    m.value >= 2 &&
    /^(?:[,;:.!?)”’"']|\s*$)/.test(after) &&
    !/\bby\s+$/i.test(text.slice(0, m.start))
  )
    return true;
  // The noun may come quoted: the ten "Lost" filmmakers.
  return /^[\s-]+["“'‘]?[a-z]/i.test(after) && !NOT_A_COUNT.test(after);
}

/**
 * A number word with its noun after it ("one peak", "three men"): a count, not an hour ("at one
 * in the morning", "three o'clock sharp", "at seven that evening" are hours).
 */
const countsNoun = (m: NumberMention, text: string) =>
  m.kind === 'cardinal' &&
  /^[\s-]+[a-z]/i.test(text.slice(m.end)) &&
  !NOT_A_COUNT.test(text.slice(m.end)) &&
  !HOUR_NEXT.test(text.slice(m.end));
const HOUR_NEXT =
  /^\s+(?:o['’]clock|[ap]\.?m\b|in|at|on|that|this|when|sharp|the|every|last|tonight|today|tomorrow|yesterday|(?:ten|fifteen|twenty|thirty|forty|fifty)\b)/i;

/**
 * The values a number may stand for: 十几 is 10–19, 十七八 17 or 18, "more than a dozen" 13 up,
 * "about twenty" 14–26, "a dozen" 10–19 ("a dozen taels" for 十几两); a plain number itself.
 */
function range(m: NumberMention, text: string): [number, number] {
  if (m.kind === 'range') return [Math.min(...m.parts), Math.max(...m.parts)];
  if (oneOfPair(m, text)) return [1, 2];
  const v = m.value;
  if (/^[几来余多]/.test(text.slice(m.end))) return [v, v + 10 ** Math.floor(Math.log10(v))];
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  // "No more than two shirts" is two; "more than a dozen" is some dozen and up.
  if (/(?<!\b(?:nothing|no) )\b(?:more than|over|upwards of)\s+$/i.test(before)) return [v, 2 * v];
  if (/\b(?:about|around|some|nearly|almost|roughly|approximately)\s+$/i.test(before))
    return [0.7 * v, 1.3 * v];
  if (/\bdozens?$/i.test(m.text)) return [10, 19];
  return [v, v];
}

// Two neighbours, rising, in one unit: 三四, 十七八, 三五, and 二三十 or 五六百 ("twenty or thirty").
const approximate = (m: NumberMention) => {
  const [a, b] = m.parts as [number, number];
  const step = 10 ** Math.floor(Math.log10(Math.max(b - a, 1)));
  return (
    m.parts.length === 2 &&
    !/[至到~～\-–—]|\bto\b/.test(m.text) &&
    b > a &&
    b - a <= 2 * step &&
    a % step === 0 &&
    b % step === 0
  );
};
const written = (m: NumberMention) => m.kind === 'range' && /[至到~～\-–—]|\bto\b/.test(m.text);

/** Drops pairs of loose numbers, one approximate, whose ranges meet: 十几两, "a dozen taels". */
function dropAlike(a: NumberMention[], sa: string, b: NumberMention[], sb: string): void {
  for (const x of [...a]) {
    // A figure is not approximate however it is hedged ("over 50" still has to be 50).
    if (x.firm) continue;
    const [lo, hi] = range(x, sa);
    const j = b.findIndex((y) => {
      const [lo2, hi2] = range(y, sb);
      if (x.kind === 'range' && y.kind === 'range' && lo === lo2 && hi === hi2) return true;
      // Two neighbours, rising, make an approximation (三四, 十七八, 三五, "three or four"); 六四,
      // "nine or two" are a number changed. Two written ranges (三至五, "three to six") agree only
      // end to end.
      if (written(x) && written(y)) return false;
      if (![x, y].every((m) => m.kind !== 'range' || written(m) || approximate(m))) return false;
      // Two approximations agree when they share more than an end (三五 and "three or four" do;
      // 一两 and 三两, "one or two" and "two or three", do not).
      if (x.kind === 'range' && y.kind === 'range' && Math.min(hi, hi2) - Math.max(lo, lo2) <= 0)
        return false;
      return !y.firm && (lo !== hi || lo2 !== hi2) && lo <= hi2 && lo2 <= hi;
    });
    if (j < 0) continue;
    b.splice(j, 1);
    a.splice(a.indexOf(x), 1);
  }
}

// Measures in feet and pounds on one side, metres and kilograms on the other, were converted:
// "five feet four inches" is 一米六零, "130 pounds" 六十公斤. Their numbers cannot agree.
const IMPERIAL =
  /^\s?-?(?:feet|foot|ft\b|inch|pounds?\b|lbs?\b|miles?\b|yards?\b|ounces?\b|acres?\b|英尺|英寸|磅|英里|码|盎司|英亩|华氏)/i;
const METRIC =
  /^\s?-?(?:met(?:er|re)s?\b|kilo|km\b|cm\b|mm\b|kg\b|grams?\b|centimet|millimet|hectares?\b|米|公斤|公里|千克|厘米|毫米|克|公顷|摄氏)/i;
const measured = (m: NumberMention, text: string, unit: RegExp) =>
  unit.test(text.slice(m.end)) || (unit === METRIC && /米$/.test(text.slice(0, m.start)));
function dropConverted(a: NumberMention[], sa: string, b: NumberMention[], sb: string): void {
  for (const [u, v] of [
    [IMPERIAL, METRIC],
    [METRIC, IMPERIAL],
  ] as const) {
    if (!a.some((m) => measured(m, sa, u)) || !b.some((m) => measured(m, sb, v))) continue;
    const keepA = a.filter((m) => !measured(m, sa, u) && !measured(m, sa, v));
    const keepB = b.filter((m) => !measured(m, sb, u) && !measured(m, sb, v));
    a.splice(0, a.length, ...keepA);
    b.splice(0, b.length, ...keepB);
  }
}

// The reader leaves 一 alone (一个人 is "a man"), but 一本书 is the "1" of the other side.
const ONE_COUNTED = new RegExp(`一${CLASSIFIER.source.slice(1)}`, 'g');
function dropOne(ms: NumberMention[], other: string): void {
  let ones = (other.match(ONE_COUNTED) ?? []).length;
  for (let i = ms.length - 1; i >= 0 && ones > 0; i--) {
    if (ms[i]!.value === 1 && ms[i]!.kind === 'cardinal' && !ms[i]!.words) {
      ms.splice(i, 1);
      ones--;
    }
  }
}

// An age told in two pieces, the old English way: "ninety years old and nine" is 九十九.
function dropSplit(a: NumberMention[], sa: string, b: NumberMention[]): void {
  for (const tens of [...a]) {
    if (tens.value < 20 || tens.value % 10 || tens.kind !== 'cardinal') continue;
    const units = a.find(
      (m) =>
        m.kind === 'cardinal' &&
        m.value >= 1 &&
        m.value <= 9 &&
        m.start > tens.end &&
        /^[^.;:!?]{0,30}\band\s+$/.test(sa.slice(tens.end, m.start)),
    );
    const sum =
      units && b.find((m) => m.kind === 'cardinal' && m.value === tens.value + units.value);
    if (!units || !sum) continue;
    a.splice(a.indexOf(tens), 1);
    a.splice(a.indexOf(units), 1);
    b.splice(b.indexOf(sum), 1);
  }
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
  // An hour is no number that counts a noun ("凌晨一点" is not the "one" of "one peak").
  const hourless = (m: NumberMention, text: string) =>
    m.kind === 'time' || !m.words || !countsNoun(m, text);
  // A percentage is no number with a measure word (30% is not the 30 of 30岁).
  const measured = (m: NumberMention, text: string) =>
    m.kind === 'cardinal' && CLASSIFIER.test(text.slice(m.end));
  const { onlyInA, onlyInB } = compareNumbers(src, tgt, {
    pairable: (a, b) =>
      (a.kind !== 'time' || hourless(b, target)) &&
      (b.kind !== 'time' || hourless(a, source)) &&
      !(a.kind === 'percent' && measured(b, target)) &&
      !(b.kind === 'percent' && measured(a, source)),
  });
  dropSplit(onlyInA, source, onlyInB);
  dropSplit(onlyInB, target, onlyInA);
  // A value said twice on one side and once on the other ("四十昼夜", "forty days and forty
  // nights") is the same number.
  const matched = (ms: NumberMention[], left: NumberMention[]) =>
    new Set(ms.filter((m) => !left.includes(m)).flatMap((m) => m.parts));
  const inS = matched(src, onlyInA);
  const inT = matched(tgt, onlyInB);
  const a1 = onlyInA.filter((m) => counts(m, source) && !numbering(m, source));
  const b1 = onlyInB.filter((m) => counts(m, target) && !numbering(m, target));
  dropOne(a1, target);
  dropOne(b1, source);
  dropConverted(a1, source, b1, target);
  const both = a1.length > 0 && b1.length > 0;
  dropAlike(a1, source, b1, target);
  // Numbers were left over on both sides, and pairing the approximate ones (十七八, "one…the
  // other") left a 3 or more alone: that number was changed ("五种" where 两种 is "one…the other").
  const changed =
    (a1.length > 0 && b1.length > 0) || (both && [...a1, ...b1].some((m) => m.value >= 3));
  // A figure, or a number word made a measure by its unit ("an eight-day game"), must survive.
  const once = (m: NumberMention, seen: Set<number>, text: string) =>
    (m.firm || measure(m, text)) && !m.parts.every((p) => seen.has(p));
  const s = changed
    ? a1
    : a1.filter((m) => once(m, inS, source) || m === oneFor(a1, source, target));
  const t = changed
    ? b1
    : b1.filter((m) => once(m, inT, target) || m === oneFor(b1, target, source));
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

// "An eight-day game", "a three-walled room": a number word made a measure by its unit.
const HYPHEN_UNIT =
  /^-(?:dollars?|yuan|days?|weeks?|months?|years?|hours?|minutes?|seconds?|miles?|met(?:er|re)s?|kilomet(?:er|re)s?|feet|foot|inch(?:es)?|pounds?|tons?|acres?|stor(?:e)?y|walled|rooms?|bedrooms?|pages?|members?|storied|legged|wheeled|cylinder)\b/i;
const measure = (m: NumberMention, text: string) =>
  m.words && m.kind === 'cardinal' && m.value >= 2 && HYPHEN_UNIT.test(text.slice(m.end));

// A count of two or more before a plural noun, left alone, where the other side counts one
// thing with 一 and a measure word (七个女儿 → 一个女儿, "five pillars" → 一根柱子): changed to 一.
const PLURAL_NEXT = /^\s+(?:[a-z]+-)?[a-z]+(?:s|men|children|people|feet|teeth|kine|oxen)\b/i;
const ONE_MEASURED = new RegExp(
  `(?<![一二两三四五六七八九十百千万第])一(?!块(?!\\p{Script=Han}))${CLASSIFIER.source.slice(1)}`,
  'u',
);
function oneFor(left: NumberMention[], text: string, other: string): NumberMention | undefined {
  const m = left.find(
    (x) =>
      x.words &&
      x.kind === 'cardinal' &&
      x.value >= 2 &&
      x.value <= 10 &&
      PLURAL_NEXT.test(text.slice(x.end)),
  );
  return m && ONE_MEASURED.test(other) ? m : undefined;
}

// A number's digits as a value would print them: separators, spaces and the % sign dropped,
// full-width digits read as ASCII (3,800 and 3800, 16% and 16, ３５ and 35 say one thing).
const digitsOf = (s: string) =>
  s
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，'’%％]|percent|per cent/gi, '');

function changedHit(a: NumberMention, b: NumberMention): Hit {
  const params = { reason: 'changed', source: a.text, target: b.text };
  if (b.kind === 'range' || a.kind === 'range' || b.kind === 'date' || b.kind === 'time')
    return { params: { ...params, reason: 'differs' }, span: [b.start, b.end] };
  // Said in the source's own terms (12 million against 1.2亿 is "0.12亿"), and only when that
  // says more than the translation's own figure: not "3900, which is 3900".
  const targetValue = sayValue(b.value, a.scale);
  if (digitsOf(targetValue) === digitsOf(b.text))
    return { params: { ...params, reason: 'differs' }, span: [b.start, b.end] };
  return { params: { ...params, targetValue }, span: [b.start, b.end] };
}
