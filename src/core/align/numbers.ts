// Numbers are the strongest cheap evidence that two sentences translate each other: a year, a
// date or an amount survives translation. Both sides are reduced to the same plain keys, e.g.
// 2023年6月12日 → 2023 6 12 and "June 12, 2023" → 6 12 2023; 3.5万 → 35000 = "35,000".

const ZH_DIGIT: Record<string, number> = {
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
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a Chinese numeral such as 三千五百, 十二, 二〇二三 or 一万二千; NaN if malformed. */
export function parseChineseNumeral(s: string): number {
  // Digit-by-digit form (二〇二三): no unit characters at all.
  if (s.length > 1 && [...s].every((c) => c in ZH_DIGIT)) {
    return Number([...s].map((c) => ZH_DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of s) {
    if (c in ZH_DIGIT) digit = ZH_DIGIT[c]!;
    else if (c in ZH_UNIT) {
      section += (digit < 0 ? 1 : digit) * ZH_UNIT[c]!;
      digit = -1;
    } else if (c in ZH_BIG) {
      // A bare 万 or 亿 counts one of it.
      const head = total + section + Math.max(digit, 0);
      total = (head || 1) * ZH_BIG[c]!;
      section = 0;
      digit = -1;
    } else return NaN;
  }
  return total + section + Math.max(digit, 0);
}

/** A number as a key: integers plainly, decimals trimmed (2.50 → "2.5"). */
const key = (n: number): string => (Number.isInteger(n) ? String(n) : String(+n.toFixed(4)));

const ZH_NUM = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)([万亿]+)?/g;

const toHalfWidth = (s: string): string =>
  s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Number keys in Chinese text: Arabic and Chinese numerals, with 万/亿 applied. */
export function zhNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ZH_NUM)) {
    const [, body, big] = m;
    let value: number;
    if (/[0-9０-９]/.test(body!)) value = Number(toHalfWidth(body!));
    else {
      // A lone 一 or 两 is nearly always an article ("一个人") or part of a word, not a count.
      if (!big && /^[一两]$/.test(body!)) continue;
      value = parseChineseNumeral(body!);
    }
    for (const b of big ?? '') value *= ZH_BIG[b]!;
    if (Number.isFinite(value)) out.push(key(value));
  }
  return out;
}

const EN_WORD: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  tenth: 10,
};
const EN_MONTH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * Text that may hold a number: a digit, or one of the words above anywhere (a superset of what
 * the scan below counts, so a sentence without one is answered at once: most have none).
 */
const MAYBE_NUMBER = new RegExp(`\\d|${[...Object.keys(EN_WORD), ...EN_MONTH].join('|')}`, 'i');

/** Number keys in English text: digits (1,000 / 3.5), number words, scales, month names. */
export function enNumbers(text: string): string[] {
  if (!hasDigit(text)) return wordNumbers(text);
  const out: string[] = [];
  if (!MAYBE_NUMBER.test(text)) return out;
  const re =
    /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?|([A-Za-z]+)/g;
  for (const m of text.matchAll(re)) {
    const [, digits, scale, word] = m;
    if (digits) {
      let value = Number(digits.replace(/,/g, ''));
      if (scale) value *= EN_SCALE[scale]!;
      if (Number.isFinite(value)) out.push(key(value));
      continue;
    }
    const w = word!.toLowerCase();
    if (w in EN_WORD) out.push(key(EN_WORD[w]!));
    else {
      // "may" and "march" are mostly verbs; count them as months only when capitalised.
      const month = EN_MONTH.indexOf(w);
      if (month >= 0 && /^[A-Z]/.test(word!)) out.push(key(month + 1));
    }
  }
  return out;
}

/** Keys of the number and month words (lower case) the scan below looks up. */
const WORD_KEY = new Map<string, string>([
  ...Object.entries(EN_WORD).map(([w, n]) => [w, key(n)] as [string, string]),
]);
const MONTH_KEY = new Map(EN_MONTH.map((m, k) => [m, key(k + 1)]));
/** Longest and shortest of those words: other runs of letters are not looked up. */
const WORD_MIN = Math.min(...[...WORD_KEY.keys(), ...MONTH_KEY.keys()].map((w) => w.length));
const WORD_MAX = Math.max(...[...WORD_KEY.keys(), ...MONTH_KEY.keys()].map((w) => w.length));

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * enNumbers of a text without digits, by hand: its pattern then only ever matches whole runs of
 * ASCII letters, and most English sentences are like that (the regexes were a tenth of the CLI's
 * main thread on a long document).
 */
function wordNumbers(text: string): string[] {
  let out: string[] | undefined;
  const n = text.length;
  for (let i = 0; i < n;) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j - i >= WORD_MIN && j - i <= WORD_MAX) {
      const w = text.slice(i, j).toLowerCase();
      const k = WORD_KEY.get(w);
      if (k !== undefined) (out ??= []).push(k);
      else {
        // "may" and "march" are mostly verbs; count them as months only when capitalised.
        const month = MONTH_KEY.get(w);
        const first = text.charCodeAt(i);
        if (month !== undefined && first >= 65 && first <= 90) (out ??= []).push(month);
      }
    }
    i = j;
  }
  return out ?? [];
}
