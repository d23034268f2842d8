// The tokens the match score counts. By script, not by language, so a sentence scores the same
// whichever side of a TM it is on: every Han character is one token, a run of other letters is
// one word and a run of digits one number ("3.5", "1,800", "don't", "U.S" and "e-mail" are one
// each; "10km" is a number and a word, as "10 km" is), every other visible character
// (punctuation, symbols) is one token, and an inline-code placeholder (U+E000…) is one token.
// Spaces separate and are not tokens.

export type TokenKind = 'han' | 'word' | 'number' | 'punct' | 'code';

export interface TmToken {
  kind: TokenKind;
  text: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;
const NUMBER = /^[0-9０-９]+(?:[.,][0-9０-９]+)*$/;

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The kind of one code point (as a string) outside ASCII. */
function classify(ch: string, c: number): 'han' | 'word' | 'code' | 'space' | 'punct' {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return 'han';
  if (c >= 0xe000 && c <= 0xf8ff) return 'code';
  if (c === 0x3000 || c === 0xa0 || SPACE.test(ch)) return 'space';
  if (HAN.test(ch)) return 'han';
  if (LETTER.test(ch)) return 'word';
  return 'punct';
}

/** Every token of the text, in order. */
export function tmTokens(text: string): TmToken[] {
  const out: TmToken[] = [];
  let i = 0;
  const n = text.length;
  let wordStart = -1;
  /** Where the word's letters since its start or its last inner point begin (U.S.: 0, then 2). */
  let partStart = -1;
  /** Whether the word's last character so far is a digit. */
  let lastDigit = false;
  const endWord = (end: number) => {
    if (wordStart < 0) return;
    const w = text.slice(wordStart, end);
    out.push({ kind: NUMBER.test(w) ? 'number' : 'word', text: w, start: wordStart, end });
    wordStart = -1;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    let kind: 'han' | 'word' | 'code' | 'space' | 'punct';
    let len = 1;
    if (c < 128) {
      kind = isAsciiWord(c) ? 'word' : c <= 32 || c === 127 ? 'space' : 'punct';
    } else {
      const cp = text.codePointAt(i) as number;
      len = cp > 0xffff ? 2 : 1;
      kind = classify(len === 2 ? text.slice(i, i + 2) : (text[i] as string), cp);
    }
    if (kind === 'word') {
      // Digits and letters glued together are two tokens, as written apart: 10km = 10 km,
      // 100MB = 100 MB (and MP3 is MP 3, so MP4 differs by a number only).
      // (Digits of 1,800 or 3.5 stay one: a separator between digits is skipped below.)
      const digit = isDigit(c);
      if (wordStart >= 0 && digit !== lastDigit) endWord(i);
      lastDigit = digit;
      if (wordStart < 0) wordStart = partStart = i;
      i += len;
      continue;
    }
    // A point or comma between digits, an apostrophe before a letter, stay inside the word.
    if (wordStart >= 0 && kind === 'punct' && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const prev = text.charCodeAt(i - 1);
      if ((c === 46 || c === 44) && isDigit(prev) && isDigit(next)) {
        i++;
        continue;
      }
      // The hyphen of a short compound (e-mail, X-ray, T-shirt; Wi-Fi, co-op) stays inside it, so
      // e-mail meets email: after a word's first letter alone, or between a first part and a
      // last of two letters at most. (open-source, up-to-date stay words apart, as written apart.)
      if (c === 45 && partStart === wordStart && isLetter(prev) && isLetter(next)) {
        const first = i - wordStart;
        let last = 1;
        while (isLetter(text.charCodeAt(i + 1 + last))) last++;
        const end = text.charCodeAt(i + 1 + last);
        const after = text[i + 1 + last] ?? '';
        const more =
          end === 45 || isDigit(end) || (end >= 0x80 && LETTER.test(after) && !HAN.test(after));
        if (!more && (first === 1 || (first <= 2 && last <= 2))) {
          i++;
          partStart = i;
          continue;
        }
      }
      // The points of an abbreviation (U.S., e.g., a.m., Ph.D.) stay inside it, so U.S. meets US:
      // a point between letters where the letters on one side are one.
      if (c === 46 && isLetter(prev) && isLetter(next)) {
        const after = i + 2 < n ? text.charCodeAt(i + 2) : 0;
        if (i - partStart === 1 || !isLetter(after)) {
          i++;
          partStart = i;
          continue;
        }
      }
      if (
        (c === 39 || c === 0x2019) &&
        LETTER.test(text[i + 1] as string) &&
        !HAN.test(text[i + 1] as string)
      ) {
        i++;
        continue;
      }
    }
    endWord(i);
    if (kind !== 'space') {
      out.push({
        kind: kind === 'han' ? 'han' : kind,
        text: text.slice(i, i + len),
        start: i,
        end: i + len,
      });
    }
    i += len;
  }
  endWord(n);
  return out;
}

/** Whitespace differences never count: trimmed, runs of spaces as one. */
export function normalizeSpaces(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}

/** A number's value as written, without thousands separators or full-width digits. */
export function numberValue(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/,(?=\d{3}(?:\D|$))/g, '');
}

/** The key a content token is compared by: Han as is, words lower-cased, every number one key. */
export const NUMBER_KEY = '#';
export function contentKey(t: TmToken): string {
  if (t.kind === 'number') return NUMBER_KEY;
  if (t.kind !== 'word') return t.text;
  let w = t.text.toLowerCase();
  if (w.includes('.')) w = w.replaceAll('.', ''); // U.S. = US
  if (w.includes('-')) w = w.replaceAll('-', ''); // e-mail = email
  if (!NON_ASCII.test(w)) return w;
  // One key for one word however it is encoded: full-width ＰＤＦ (common in Chinese text) is PDF,
  // a decomposed é is é, and don’t = don't (Word's autocorrect writes the one, plain text the other).
  return w.normalize('NFKC').toLowerCase().replaceAll('\u2019', "'");
}

const NON_ASCII = /[^\p{ASCII}]/u;

export const isContent = (t: TmToken): boolean =>
  t.kind === 'han' || t.kind === 'word' || t.kind === 'number';
