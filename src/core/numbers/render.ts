// Numbers said the other language's way, for the translator to insert (what memoQ calls
// auto-translatables): 1.2亿 → "120 million", 2026年12月1日 → "1 December 2026", 下午3点 →
// "3 p.m."; and back: "12 million" → 1200万, "December 1, 2026" → 2026年12月1日. Only what the
// quality check holds to its value is offered (a firm number): 三个人 is "three people" or "a
// trio", a choice of words, not a conversion.
import { findNumbers } from './index.js';
import type { NumberMention } from './types.js';

export interface NumberSuggestion {
  /** The number as the source writes it. */
  source: string;
  /** Ways to write it in the target language, the commonest first. */
  targets: string[];
}

const CODES = /[\uE000-\uF8FF]/g;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A value in at most `digits` decimals when it has no more, else undefined. */
function exact(v: number, digits: number): string | undefined {
  const f = 10 ** digits;
  const r = Math.round(v * f);
  return Math.abs(r - v * f) < 1e-6 * Math.max(1, Math.abs(v * f)) ? String(r / f) : undefined;
}

const grouped = (v: number): string =>
  v.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: true });

/** English ways to write a value: 120 million and 120,000,000; 30,000. */
function englishValues(v: number): string[] {
  for (const [unit, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const) {
    if (v < unit) continue;
    const q = exact(v / unit, 3);
    return q ? [`${q} ${word}`, grouped(v)] : [grouped(v)];
  }
  return [grouped(v)];
}

/** Chinese ways to write a value: 1.2亿, 1200万, 3万; 1500 as digits. */
function chineseValues(v: number): string[] {
  for (const [unit, word] of [
    [1e8, '亿'],
    [1e4, '万'],
  ] as const) {
    if (v < unit) continue;
    // 1.55万 reads naturally, 123.4567万 does not: past two decimals, digits.
    const q = exact(v / unit, 2);
    if (q) return [`${q}${word}`];
  }
  return [exact(v, 10) ?? String(v)];
}

const EN_ORDINAL = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** A date's fields from its parts, as the text wrote them (parts leave out what it does not say). */
function dateFields(
  m: NumberMention,
  fromChinese: boolean,
): { y?: number; mo?: number; d?: number } {
  const p = m.parts;
  if (fromChinese) {
    const has = [/年/.test(m.text), /月/.test(m.text), /[日号]/.test(m.text)];
    const out: number[] = [];
    let i = 0;
    for (const h of has) out.push(h ? p[i++]! : NaN);
    const [y, mo, d] = out;
    return {
      ...(Number.isNaN(y) ? {} : { y }),
      ...(Number.isNaN(mo) ? {} : { mo }),
      ...(Number.isNaN(d) ? {} : { d }),
    };
  }
  // English parts: [year, month, day], [month, day], [year, month] or [month].
  if (p.length === 3) return { y: p[0], mo: p[1], d: p[2] };
  if (p.length === 2) return p[0]! > 12 ? { y: p[0], mo: p[1] } : { mo: p[0], d: p[1] };
  return { mo: p[0] };
}

function englishDate(f: { y?: number; mo?: number; d?: number }): string[] {
  const month = f.mo ? MONTH_NAMES[f.mo - 1] : undefined;
  if (!month) return [];
  if (f.d && f.y) return [`${f.d} ${month} ${f.y}`, `${month} ${f.d}, ${f.y}`];
  if (f.d) return [`${f.d} ${month}`, `${month} ${f.d}`];
  if (f.y) return [`${month} ${f.y}`];
  return [];
}

function chineseDate(f: { y?: number; mo?: number; d?: number }): string[] {
  if (!f.mo || (!f.y && !f.d)) return [];
  return [`${f.y ? `${f.y}年` : ''}${f.mo}月${f.d ? `${f.d}日` : ''}`];
}

function englishTime(m: NumberMention): string[] {
  const [hour = 0, minute = 0] = m.parts;
  const mm = minute ? `:${String(minute).padStart(2, '0')}` : '';
  if (!m.clock24) return [minute ? `${hour}${mm}` : `${hour} o'clock`];
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return [
    `${h12}${mm} ${hour < 12 ? 'a.m.' : 'p.m.'}`,
    `${hour}:${String(minute).padStart(2, '0')}`,
  ];
}

function chineseTime(m: NumberMention): string[] {
  const [hour = 0, minute = 0] = m.parts;
  if (!m.clock24) return [];
  const period =
    hour < 6 ? '凌晨' : hour < 12 ? '上午' : hour === 12 ? '中午' : hour < 19 ? '下午' : '晚上';
  const h12 = hour > 12 ? hour - 12 : hour;
  return [`${period}${h12}点${minute ? `${minute}分` : ''}`];
}

const isPercent = (text: string) => /%|％|百分之|percent|per cent/i.test(text);

/** The ways to write one number in the target language (none when there is nothing to convert). */
function render(m: NumberMention, toChinese: boolean): string[] {
  const values = toChinese ? chineseValues : englishValues;
  switch (m.kind) {
    case 'cardinal':
    case 'decimal':
      return values(m.value);
    case 'percent':
      return [`${exact(m.value, 6) ?? m.value}%`];
    case 'range': {
      const [lo = 0, hi = 0] = m.parts;
      if (isPercent(m.text)) return [`${exact(lo, 6)}–${exact(hi, 6)}%`];
      return [
        toChinese ? `${values(lo)[0]}至${values(hi)[0]}` : `${values(lo)[0]}–${values(hi)[0]}`,
      ];
    }
    case 'date': {
      const f = dateFields(m, !toChinese);
      return toChinese ? chineseDate(f) : englishDate(f);
    }
    case 'time':
      return toChinese ? chineseTime(m) : englishTime(m);
    case 'ordinal':
      // "third" is 第三 in words, which the translator writes as well as we would.
      if (toChinese && m.words) return [];
      return [toChinese ? `第${m.value}` : EN_ORDINAL(m.value)];
    default:
      // Fractions and decades are said in words either way (三分之一 "one third", 70年代 "the
      // seventies" or "the 1970s"): a matter of style, not conversion.
      return [];
  }
}

const same = (a: string, b: string) => a.replace(/[\s,，]/g, '') === b.replace(/[\s,，]/g, '');

/**
 * The numbers of a source text that read differently in the target language, each with the ways
 * to write it there. Numbers written the same in both (15%, 3.5, 2026) are left out, as are the
 * free ones (a single number word, an approximation).
 */
export function numberSuggestions(source: string, targetIsChinese: boolean): NumberSuggestion[] {
  const out: NumberSuggestion[] = [];
  for (const m of findNumbers(source.replace(CODES, ' '))) {
    if (!m.firm) continue;
    const targets = render(m, targetIsChinese).filter(
      (t, i, all) => !same(t, m.text) && all.indexOf(t) === i,
    );
    if (targets.length > 0) out.push({ source: m.text, targets });
  }
  return out;
}
