// English number words: twenty-one, three hundred and five, a dozen, the King James Bible's
// threescore and ten, ordinals (third, twentieth) and the fraction words (two thirds), read to
// their values. The patterns of figures, dates and times are in en.ts.
import type { NumberMention } from './types.js';
import { SCALE_VALUE } from './types.js';

type Raw = Omit<NumberMention, 'start' | 'end' | 'text'>;

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
export const TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
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

export const DENOM: Record<string, number> = {
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
