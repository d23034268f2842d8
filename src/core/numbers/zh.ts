// Chinese numbers: Arabic or full-width digits with 万/亿, Chinese numerals (三千五百, 两百零五,
// 二〇二三), 百分之, 分之, 第, dates (2023年6月12日) and times (下午3点). Literary Chinese is full of
// numerals that are no quantity (十分 "very", 一一 "one by one", 四处 "everywhere"): the ones that
// are read are marked firm or not, and the few that are words of their own are skipped.
import type { NumberMention, Scale } from './types.js';
import { SCALE_VALUE } from './types.js';

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Value of a Chinese numeral (三千五百, 十二, 二〇二三, 一万二千, 两百零五); NaN if malformed. */
export function parseChineseNumeral(s: string): number {
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0; // finished 亿 groups
  let group = 0; // finished 万 group within the current 亿 group
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in DIGIT) digit = DIGIT[c]!;
    else if (c in UNIT) {
      section += (digit < 0 ? 1 : digit) * UNIT[c]!;
      digit = -1;
    } else if (c === '万') {
      group = (group + section + Math.max(digit, 0) || 1) * 1e4;
      section = 0;
      digit = -1;
    } else if (c === '亿') {
      total = (total + group + section + Math.max(digit, 0) || 1) * 1e8;
      group = section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + group + section + Math.max(digit, 0);
}

const FW = /[０-９．]/g;
export const halfWidth = (s: string): string =>
  s.replace(FW, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const DIG = String.raw`[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?`;
const ZHN = '[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*';
const ZHDEC = `${ZHN}(?:点[零〇一二三四五六七八九]+)?`;
const NUM = `(?:${DIG}|${ZHDEC})`;

/** The value of one number written in digits or in Chinese (with 点 for decimals). */
export function zhValue(s: string): number {
  if (/[0-9０-９]/.test(s)) return Number(halfWidth(s).replace(/,/g, ''));
  const [int, frac] = s.split('点');
  const whole = parseChineseNumeral(int!);
  if (frac === undefined) return whole;
  return Number(`${whole}.${[...frac].map((c) => DIGIT[c]).join('')}`);
}

const isWords = (s: string) => !/[0-9０-９]/.test(s);

type Raw = Omit<NumberMention, 'start' | 'end' | 'text'>;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Raw | null;
}

const one = (
  kind: NumberMention['kind'],
  value: number,
  words: boolean,
  firm: boolean,
  extra: Partial<Raw> = {},
): Raw => ({ kind, value, parts: [value], words, firm, ...extra });

/** A numeral written in words is firm from 11 up (三 or 十 is often rendered freely). */
const firmWords = (v: number) => v > 10;

const PERIOD_PM = /下午|晚上|傍晚|夜里|中午/;

export const ZH_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`百分之(${NUM})`, 'g'),
    read: (m) => one('percent', zhValue(m[1]!), isWords(m[1]!), true),
  },
  {
    re: new RegExp(`(${NUM})分之(${NUM})`, 'g'),
    read: (m) => one('fraction', zhValue(m[2]!) / zhValue(m[1]!), isWords(m[1]!), true),
  },
  {
    re: new RegExp(`第(${NUM})`, 'g'),
    read: (m) => {
      const v = zhValue(m[1]!);
      return one('ordinal', v, isWords(m[1]!), !isWords(m[1]!) || firmWords(v));
    },
  },
  {
    // 2023年6月12日, 二〇二三年六月, 6月12日, 6月12号; a year needs four digits (三年 is "three years").
    re: new RegExp(
      `(?:([0-9０-９]{4}|[〇零一二三四五六七八九]{4})年)?(?:(${DIG}|${ZHN})月(?:(${DIG}|${ZHN})[日号])?)?`,
      'g',
    ),
    read: (m) => {
      const [, y, mo, d] = m;
      if (!y && !mo) return null;
      if (!y && mo && !d && isWords(mo)) return null; // 三月 alone: a month word, left to the numerals
      const parts = [y, mo, d].filter((x): x is string => !!x).map(zhValue);
      const firm = [y, mo, d].some((x) => x && !isWords(x)) || !!y;
      return { kind: 'date', value: parts[0]!, parts, words: isWords(m[0]), firm };
    },
  },
  {
    // 下午3点, 3点半, 15时30分, 三点钟; a Chinese numeral before 点 needs a time of day or 钟
    // (一点 is "a little", 三点五 is 3.5).
    re: new RegExp(
      `(上午|下午|早上|凌晨|中午|晚上|傍晚|夜里)?(${DIG}|${ZHN})(?:[点時时](钟|半|(${DIG}|${ZHN})分)?)`,
      'g',
    ),
    read: (m) => {
      const [all, period, h, tail, min] = m;
      if (/[.．]/.test(h!)) return null;
      if (isWords(h!) && !period && !tail) return null;
      if (!isWords(h!) && !period && !tail && all.endsWith('时')) return null;
      let hour = zhValue(h!);
      if (!(hour >= 0 && hour <= 24)) return null;
      if (period && PERIOD_PM.test(period) && hour < 12 && !(period === '中午' && hour > 2))
        hour += 12;
      if (period && /凌晨|上午|早上/.test(period) && hour === 12) hour = 0;
      const minute = tail === '半' ? 30 : min ? zhValue(min) : 0;
      const parts = minute ? [hour, minute] : [hour];
      return {
        kind: 'time',
        value: hour,
        parts,
        words: isWords(h!),
        firm: !isWords(h!),
        clock24: !!period || hour > 12,
      };
    },
  },
  {
    // 3万, 1.2亿, 3千万, 5百万, 3.5万亿; 5千米 is five kilometres, not 5000 metres.
    re: new RegExp(`(${DIG})\\s?(万亿|千万|百万|[十百千万亿](?![米克瓦焦卡赫字兆]))`, 'g'),
    read: (m) => {
      const base = zhValue(m[1]!);
      const s = m[2]!;
      const mult = s === '百万' ? 1e6 : s in SCALE_VALUE ? SCALE_VALUE[s as Scale] : UNIT[s]!;
      const scale = s in SCALE_VALUE ? (s as Scale) : undefined;
      const v = base * mult;
      return one(Number.isInteger(base) ? 'cardinal' : 'decimal', v, false, true, { scale });
    },
  },
  {
    re: new RegExp(ZHDEC, 'g'),
    read: (m) => {
      const s = m[0];
      // Numerals that are words of their own: 一/两 ("a", "both"), 十分 ("very"), 一一 ("one by one").
      if (/^[一两]$/.test(s) || s === '一一') return null;
      const before = m.input[m.index - 1] ?? '';
      const after = m.input[m.index + s.length] ?? '';
      if (s === '十' && after === '分') return null;
      if (/^十/.test(s) && after === '分' && m.input[m.index + s.length + 1] !== '钟') return null;
      // 十几, 几十, 数百, 上万, 三四个: approximations, never a value to keep.
      if (/[几数上成]/.test(before) || /[几来余多]/.test(after)) return null;
      const v = zhValue(s);
      if (!Number.isFinite(v)) return null;
      const approx =
        /^[一二三四五六七八九][二三四五六七八九]$/.test(s) && DIGIT[s[1]!] === DIGIT[s[0]!]! + 1;
      if (approx) {
        const lo = DIGIT[s[0]!]!;
        return { kind: 'range', value: lo, parts: [lo, lo + 1], words: true, firm: false };
      }
      const big = s.endsWith('亿') ? '亿' : s.endsWith('万') ? '万' : undefined;
      const kind = s.includes('点') ? 'decimal' : 'cardinal';
      return one(kind, v, true, kind === 'decimal' || firmWords(v), big ? { scale: big } : {});
    },
  },
];
