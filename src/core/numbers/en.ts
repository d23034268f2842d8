// English numbers: digits with thousands commas and scale words (1.2 billion), percentages,
// fractions (2/3, two thirds of), ordinals (3rd, third), dates (June 12, 2023 · 12 June 2023 ·
// 2023-06-12), times (3 p.m., 15:30) and number words (twenty-one, three hundred and five).
import type { NumberMention, Scale } from './types.js';
import { SCALE_VALUE } from './types.js';

type Raw = Omit<NumberMention, 'start' | 'end' | 'text'>;
interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Raw | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

const DIG = String.raw`\d{1,3}(?:[,，]\d{3}(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\w.])\.\d+`;
const num = (s: string) => Number(s.replace(/[,，]/g, ''));

const date = (parts: number[], firm = true): Raw => ({
  kind: 'date',
  value: parts[0]!,
  parts,
  words: false,
  firm,
});

export const EN_PATTERNS: Pattern[] = [
  {
    // Dogme '95: a year in two digits, equal to 1995 (compared modulo 100, as a decade is).
    re: /(?<![\p{L}\p{N}])['’](\d{2})\b(?!['’]?s\b)/gu,
    read: (m) => ({ kind: 'decade', value: +m[1]!, parts: [+m[1]!], words: false, firm: true }),
  },
  {
    // 1970s, '70s, the seventies: a decade.
    re: /(?:\b(\d{4})|['’](\d{2}))s\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    read: (m) => {
      const v = m[3]
        ? TENS.indexOf(m[3].toLowerCase().replace(/ies$/, 'y')) * 10
        : +(m[1] ?? m[2]!);
      return { kind: 'decade', value: v, parts: [v], words: !!m[3], firm: !m[3] };
    },
  },
  {
    re: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/g,
    read: (m) => date([+m[1]!, +m[2]!, +m[3]!]),
  },
  {
    re: new RegExp(`\\b${MONTH} ?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`, 'g'),
    read: (m) => date(m[3] ? [+m[3], month(m[1]!), +m[2]!] : [month(m[1]!), +m[2]!]),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH}(?:,? (\\d{4})\\b)?`, 'g'),
    read: (m) => date(m[3] ? [+m[3], month(m[2]!), +m[1]!] : [month(m[2]!), +m[1]!]),
  },
  {
    re: new RegExp(`\\b${MONTH}(?:,| of)? (\\d{4})\\b`, 'g'),
    read: (m) => date([+m[2]!, month(m[1]!)]),
  },
  {
    // A month alone is a date only after a word that says so ("in May", not "May I").
    re: new RegExp(
      `\\b(?:in|of|since|until|till|by|from|early|late|mid-|last|next|this) ${MONTH}`,
      'g',
    ),
    read: (m) => ({ ...date([month(m[1]!)], false), words: true }),
  },
  {
    re: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|o'clock\b|o’clock\b)/g,
    read: (m) => {
      let hour = +m[1]!;
      const minute = m[2] ? +m[2] : 0;
      if (hour > 24 || minute > 59) return null;
      const mer = m[3]!.toLowerCase()[0];
      if (mer === 'p' && hour < 12) hour += 12;
      if (mer === 'a' && hour === 12) hour = 0;
      const parts = minute ? [hour, minute] : [hour];
      return { kind: 'time', value: hour, parts, words: false, firm: true, clock24: mer !== 'o' };
    },
  },
  {
    re: /\b(\d{1,2}):(\d{2})\b(?!:)/g,
    read: (m) => {
      const hour = +m[1]!;
      const minute = +m[2]!;
      if (hour > 24 || minute > 59) return null;
      const parts = minute ? [hour, minute] : [hour];
      return { kind: 'time', value: hour, parts, words: false, firm: true, clock24: hour > 12 };
    },
  },
  {
    re: new RegExp(`(${DIG})\\s?(?:%|％|percent\\b|per cent\\b)`, 'g'),
    read: (m) => ({
      kind: 'percent',
      value: num(m[1]!),
      parts: [num(m[1]!)],
      words: false,
      firm: true,
    }),
  },
  {
    // 1 in 10, one in ten: a fraction (十分之一).
    re: /\b(1|one|a) in (\d+|ten|five|four|three|a hundred|a thousand)\b/gi,
    read: (m) => {
      const d = /^\d/.test(m[2]!)
        ? +m[2]!
        : ({ ten: 10, five: 5, four: 4, three: 3 }[m[2]!.toLowerCase()] ??
          (/hundred/i.test(m[2]!) ? 100 : 1000));
      return { kind: 'fraction', value: 1 / d, parts: [1 / d], words: false, firm: true };
    },
  },
  {
    re: /\b(\d+)\/(\d+)\b/g,
    read: (m) => {
      const v = +m[1]! / +m[2]!;
      return +m[2]! ? { kind: 'fraction', value: v, parts: [v], words: false, firm: true } : null;
    },
  },
  {
    re: /\b(\d+)(?:st|nd|rd|th)\b/g,
    read: (m) => ({ kind: 'ordinal', value: +m[1]!, parts: [+m[1]!], words: false, firm: true }),
  },
  {
    re: new RegExp(`(${DIG})(?:[\\s-](thousand|million|billion|trillion)\\b)?`, 'g'),
    read: (m) => {
      const base = num(m[1]!);
      const scale = m[2] as Scale | undefined;
      const v = scale ? base * SCALE_VALUE[scale] : base;
      const kind = /\./.test(m[1]!) && !scale ? 'decimal' : 'cardinal';
      return { kind, value: v, parts: [v], words: false, firm: true, ...(scale ? { scale } : {}) };
    },
  },
];

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORD_TENS = TENS.map((t) => (t ? t.replace(/y$/, 'ieth') : ''));

const WORD = new Map<string, { v: number; ord?: boolean; scale?: boolean }>();
UNITS.forEach((w, i) => WORD.set(w, { v: i }));
TENS.forEach((w, i) => w && WORD.set(w, { v: i * 10 }));
ORD_UNITS.forEach((w, i) => w && WORD.set(w, { v: i, ord: true }));
ORD_TENS.forEach((w, i) => w && WORD.set(w, { v: i * 10, ord: true }));
WORD.set('hundred', { v: 100, scale: true });
WORD.set('hundredth', { v: 100, scale: true, ord: true });
for (const s of ['thousand', 'million', 'billion', 'trillion'] as const) {
  WORD.set(s, { v: SCALE_VALUE[s], scale: true });
  WORD.set(`${s}th`, { v: SCALE_VALUE[s], scale: true, ord: true });
}
WORD.set('dozen', { v: 12, scale: true });
// The King James Bible's numbers: threescore and ten, four and thirty.
WORD.set('score', { v: 20, scale: true });
WORD.set('threescore', { v: 60 });
WORD.set('fourscore', { v: 80 });
WORD.set('decade', { v: 10, scale: true });
WORD.set('decades', { v: 10, scale: true });

const DENOM: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};

const W = [...WORD.keys()].sort((a, b) => b.length - a.length).join('|');
/** A run of number words, with an article before a scale word (a hundred, a dozen). */
export const EN_WORDS = new RegExp(
  `\\b(?:(?:a|an)\\s+(?=(?:hundred|thousand|million|billion|dozen)\\b))?(?:${W})(?:(?:\\s+and\\s+|[\\s-]+)(?:${W}))*\\b`,
  'gi',
);

export interface WordNumber {
  start: number;
  end: number;
  raw: Raw;
}

/** Reads a run of number words into one or more numbers ("two or three" is two runs already). */
export function readWords(text: string, start: number): WordNumber[] {
  const out: WordNumber[] = [];
  const tokens = [...text.matchAll(/[A-Za-z]+/g)];
  let total = 0;
  let current = 0;
  let from = -1;
  let to = 0;
  let last: { v: number; ord?: boolean; scale?: boolean } | undefined;
  let article = false;
  let ord = false;
  // A scale word with no number before it (several hundred, decades): no count.
  let bare = false;
  let and = false;
  const flush = () => {
    if (from < 0) return;
    const v = total + current;
    const single = out.length === 0 && !/[\s-]/.test(text.slice(from, to).trim());
    const firm = !article && !bare && v > 10 && !(single && last?.v === 12 && !ord);
    out.push({
      start: start + from,
      end: start + to,
      raw: { kind: ord ? 'ordinal' : 'cardinal', value: v, parts: [v], words: true, firm },
    });
    total = current = 0;
    from = -1;
    article = ord = bare = false;
    last = undefined;
  };
  for (const t of tokens) {
    const w = t[0].toLowerCase();
    if (w === 'and') {
      and = true;
      continue;
    }
    if (w === 'a' || w === 'an') {
      flush();
      from = t.index;
      to = t.index + w.length;
      current = 1;
      article = true;
      last = { v: 1 };
      continue;
    }
    const e = WORD.get(w);
    if (!e) continue;
    // A unit after a unit, or a ten after anything but a scale, starts another number.
    const joins =
      from >= 0 &&
      !last?.ord &&
      (e.scale ||
        last?.scale ||
        (last && last.v >= 20 && last.v % 10 === 0 && e.v < 10) ||
        // four and thirty, seven and twentieth (the Bible's order)
        (and && last && last.v < 10 && e.v >= 20 && e.v < 100) ||
        // threescore and ten, threescore and fifteen
        (and && last && last.v >= 20 && last.v % 10 === 0 && e.v < 20 && !e.scale));
    and = false;
    if (!joins) flush();
    if (from < 0) {
      from = t.index;
      bare = !!e.scale;
    }
    to = t.index + t[0].length;
    if (e.scale) {
      if (e.v < 1000) current = (current || 1) * e.v;
      else {
        total += (current || 1) * e.v;
        current = 0;
      }
    } else current += e.v;
    ord = !!e.ord;
    last = e;
  }
  flush();
  return out;
}

export { DENOM };
