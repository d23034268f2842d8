// English numbers: digits with thousands commas and scale words (1.2 billion), percentages,
// fractions (2/3, one in ten), ordinals (3rd, third), dates (June 12, 2023 · 12 June 2023 ·
// 2023-06-12) and times (3 p.m., 15:30). Number words (twenty-one) are read in en-words.ts.
import type { NumberMention, Scale } from './types.js';
import { SCALE_VALUE } from './types.js';
import { TENS } from './en-words.js';
import { ROMAN, romanAt } from './roman.js';

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
    // A tithe is a tenth (十分之一): the word is the number.
    re: /\btithes?\b/gi,
    read: () => ({ kind: 'fraction', value: 0.1, parts: [0.1], words: true, firm: false }),
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
    // "A day or two", "an hour or two": one or two of them, as 一两天 says.
    re: /\b(?:a|an)\s+(?!(?:hundred|thousand|million|billion|dozen)\b)[a-z]+\s+or\s+two\b/gi,
    read: () => ({ kind: 'range', value: 1, parts: [1, 2], words: true, firm: false }),
  },
  {
    // Louis XIV, World War II, III期 (roman.ts): an ordinal, free below 11 as number words are.
    re: ROMAN,
    read: (m) => {
      const v = romanAt(m.input, m[0], m.index);
      return Number.isNaN(v)
        ? null
        : { kind: 'ordinal', value: v, parts: [v], words: true, firm: v > 10 };
    },
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
