// Numbers in Chinese or English text, read by value (see types.ts), and two texts compared by
// them. One reader for both languages: Chinese text quotes English figures (3 million) and
// English text quotes Chinese ones often enough.
import { EN_PATTERNS } from './en.js';
import { EN_WORDS, DENOM, readWords } from './en-words.js';
import { maskIdioms, ZH_PATTERNS } from './zh.js';
import { SCALE_VALUE, type NumberMention, type Scale } from './types.js';

export * from './types.js';
export { parseChineseNumeral } from './zh.js';
export { compareNumbers, type CompareOptions, type NumberComparison } from './compare.js';

type Raw = Omit<NumberMention, 'start' | 'end' | 'text'>;

/** Full-width digits and points read as ASCII; same length, so offsets stay those of the text. */
const asciiDigits = (s: string) =>
  s.replace(/[０-９％．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// Only these may precede an English fraction word ("two thirds of"); "a third" alone is an ordinal.
const FRACTION = new RegExp(
  `\\b(a|an|one|two|three|four|five|six|seven|eight|nine)\\s+(${Object.keys(DENOM).join('|')})\\b(\\s+of\\b)?`,
  'gi',
);
const NUMERATOR: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 };
['five', 'six', 'seven', 'eight', 'nine'].forEach((w, i) => (NUMERATOR[w] = i + 5));

const RANGE_SEP = /^\s*(?:至|到|~|～|-|–|—|to)\s*$/;
const RANGEABLE = new Set(['cardinal', 'decimal', 'percent']);

/** Every number in the text, in order of position, none overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const s = maskIdioms(asciiDigits(text));
  const taken = new Uint8Array(s.length);
  const found: NumberMention[] = [];
  const claim = (start: number, end: number, raw: Raw | null) => {
    if (!raw || !Number.isFinite(raw.value) || end <= start) return;
    for (let i = start; i < end; i++) if (taken[i]) return;
    taken.fill(1, start, end);
    found.push({ ...raw, text: text.slice(start, end), start, end });
  };
  for (const p of [...ZH_PATTERNS.slice(0, 7), ...EN_PATTERNS.slice(0, 8), ZH_PATTERNS[7]!]) {
    for (const m of s.matchAll(p.re)) {
      if (m[0]) claim(m.index, m.index + m[0].length, p.read(m as RegExpExecArray));
    }
  }
  for (const p of [...EN_PATTERNS.slice(8), ZH_PATTERNS[8]!]) {
    for (const m of s.matchAll(p.re)) {
      if (m[0]) claim(m.index, m.index + m[0].length, p.read(m as RegExpExecArray));
    }
  }
  for (const m of s.matchAll(FRACTION)) {
    const plural = /s$/i.test(m[2]!) && m[1]!.toLowerCase() !== 'a';
    if (!plural && !m[3]) continue;
    const v = NUMERATOR[m[1]!.toLowerCase()]! / DENOM[m[2]!.toLowerCase()]!;
    const end = m.index + m[1]!.length + m[0].slice(m[1]!.length).search(/\S/) + m[2]!.length;
    claim(m.index, end, { kind: 'fraction', value: v, parts: [v], words: true, firm: false });
  }
  for (const m of s.matchAll(EN_WORDS)) {
    for (const w of readWords(m[0], m.index)) {
      // "One another" is a pronoun: it counts no one.
      if (/^one$/i.test(s.slice(w.start, w.end)) && /^\s+another\b/i.test(s.slice(w.end))) continue;
      const after = s.slice(w.end).match(/^\s?(?:%|percent\b|per cent\b)/);
      const raw: Raw = after ? { ...w.raw, kind: 'percent', firm: true } : w.raw;
      claim(w.start, w.end + (after ? after[0].length : 0), raw);
    }
  }
  found.sort((a, b) => a.start - b.start);
  return joinRanges(
    text,
    found.filter((m) => !inName(s, m)),
  );
}

// Letters after digits that make them a measure (7cm, 5mg, 3K, 10x), not part of a name.
const UNIT_AFTER =
  /^(?:cm|mm|km|m|kg|mg|g|ml|l|k|K|kb|Kb|KB|mb|MB|gb|GB|tb|TB|kw|kW|kwh|kWh|hz|Hz|khz|kHz|mhz|MHz|ghz|GHz|x|s|h|min|am|pm|st|nd|rd|th|D|V|W|A|mph|ft|in|lb|lbs|oz|px|pt|dpi)(?![A-Za-z])/;

/**
 * Digits glued to letters of a name or a code (3Com, A3XX, MP3), or joined to a name in capitals
 * by a hyphen (COVID-19, SARS-CoV-2, MH-17: 新冠肺炎 has no 19), 24/7 ("round the clock",
 * 全天候) and 9/11 (the attacks, “9·11”事件): no quantity.
 */
function inName(s: string, m: NumberMention): boolean {
  if (m.words || m.kind === 'ordinal' || m.kind === 'decade' || m.kind === 'time') return false;
  if (m.text === '24/7' || m.text === '9/11') return true;
  const named = /(?<![A-Za-z])([A-Za-z]+)-$/.exec(s.slice(Math.max(0, m.start - 12), m.start));
  if (named && (named[1]!.match(/[A-Z]/g)?.length ?? 0) >= 2) return true;
  const after = s.slice(m.end);
  if (/^[A-Za-z]/.test(after) && !UNIT_AFTER.test(after)) return true;
  return /[A-Za-z]$/.test(s.slice(0, m.start)) && /^[A-Za-z\d]/.test(after);
}

const MULTIPLIER = /\b(hundred|thousand|million|billion|trillion)$/i;
const MULT: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

// A change said before its two numbers: "rose by 5% to 10%", 增长5亿至35亿.
const CHANGE_BEFORE =
  /(?:\b(?:by|up|down)|增长|增加|提高|提升|上升|上涨|下降|下跌|减少|降低|[增减涨跌升降])了?\s*$/i;

/**
 * Whether two numbers with a dash or "to" between are the ends of one range: the same kind of
 * quantity, its unit or scale said once (3 to 5 million, 10至40%) or on both ends (10%–15%,
 * from 2 billion to 3.5 billion). "By 15% to 3.5 billion" and 增长15%至35亿 are a change and the
 * result it reached; so is "by 5% to 10%", each end with its own unit after a word of change.
 */
function oneQuantity(text: string, a: NumberMention, b: NumberMention): boolean {
  // A percentage never runs to a plain amount; a plain amount runs to a percentage only when
  // the % is said once for both (10 to 40%).
  if (a.kind === 'percent' && b.kind !== 'percent') return false;
  if (b.kind === 'percent' && a.kind !== 'percent' && a.scale) return false;
  // A scale said once must fit the low end: "3 to 5 million", not "15 to 3.5 billion".
  if (b.scale && !a.scale && a.value * SCALE_VALUE[b.scale] > b.value) return false;
  const ownUnit = (m: NumberMention) => m.kind === 'percent' || !!m.scale;
  if (
    ownUnit(a) &&
    ownUnit(b) &&
    !/[~～\-–—]/.test(text.slice(a.end, b.start)) &&
    CHANGE_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start))
  )
    return false;
  return true;
}

/** 3至5万 (30,000–50,000), 3–5 %, three to five: two numbers and a dash or 至 between are one range. */
function joinRanges(text: string, found: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const b of found) {
    const a = out[out.length - 1];
    if (
      a &&
      RANGEABLE.has(a.kind) &&
      RANGEABLE.has(b.kind) &&
      a.words === b.words &&
      ((RANGE_SEP.test(text.slice(a.end, b.start)) && oneQuantity(text, a, b)) ||
        // "three or four", as 三四: two number words, one approximation.
        (a.words && /[a-z]/i.test(a.text) && /^\s+or\s+$/.test(text.slice(a.end, b.start))))
    ) {
      let lo = a.value;
      let hi = b.value;
      // 1997-98: the second year written with its last two digits.
      if (lo >= 1000 && hi < 100 && /^\d{2}$/.test(b.text)) hi += Math.floor(lo / 100) * 100;
      if (b.scale && !a.scale && lo * SCALE_VALUE[b.scale] <= b.value) lo *= SCALE_VALUE[b.scale];
      // "five or six hundred", "two or three thousand": the multiplier said once serves both.
      const said = MULTIPLIER.exec(b.text)?.[1]?.toLowerCase();
      if (!b.scale && a.words && said && !MULTIPLIER.test(a.text) && lo * MULT[said]! <= hi)
        lo *= MULT[said]!;
      out[out.length - 1] = {
        kind: 'range',
        value: lo,
        parts: [lo, hi],
        text: text.slice(a.start, b.end),
        start: a.start,
        end: b.end,
        words: a.words,
        firm: a.firm || b.firm,
        ...(b.scale ? { scale: b.scale } : {}),
      };
    } else out.push(b);
  }
  return out;
}

/** A value in digits, trimmed: 0.12, 120000000, 33.33. */
export function plainValue(v: number): string {
  return String(+v.toPrecision(10));
}

/**
 * A value said with a scale word, as a source wrote its own (12 million in 亿 is "0.12亿");
 * without one, in plain digits.
 */
export function sayValue(v: number, scale?: Scale): string {
  if (!scale) return plainValue(v);
  const n = plainValue(v / SCALE_VALUE[scale]);
  return /^[a-z]/.test(scale) ? `${n} ${scale}` : `${n}${scale}`;
}
