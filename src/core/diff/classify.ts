// What kind of change a hunk is, so reviewers can see and filter the changes that matter.
// A hunk is classified by normalising its two sides step by step: whatever normalisation makes
// them equal names the change. Several kinds can apply at once ("，12" → ",13").

/** `text` is a real change of wording; the others are minor changes a reviewer may hide. */
export type ChangeKind = 'whitespace' | 'punctuation-width' | 'number' | 'text';

export const MINOR_KINDS: readonly ChangeKind[] = ['whitespace', 'punctuation-width', 'number'];

// Chinese punctuation and their ASCII counterparts; the full-width block is handled by offset.
const CJK_PUNCT: Record<string, string> = {
  '。': '.',
  '、': ',',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '「': '"',
  '」': '"',
  '『': '"',
  '』': '"',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '《': '<',
  '》': '>',
  '〈': '<',
  '〉': '>',
  '…': '...',
  '—': '-',
  '·': '.',
  '・': '.',
  '\u3000': ' ',
};

const isFullWidthChar = (c: string): boolean => {
  const cp = c.codePointAt(0) ?? 0;
  return (cp >= 0xff01 && cp <= 0xff5e) || c in CJK_PUNCT;
};

/** Full-width forms and Chinese punctuation mapped to their half-width ASCII counterparts. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else out += CJK_PUNCT[c] ?? c;
  }
  return out;
}

// Arabic digits of either width (with decimal and thousands separators), or Chinese numerals.
const NUMBER = /[0-9０-９]+(?:[.,．，][0-9０-９]+)*|[〇零一二三四五六七八九十百千万亿两]+/gu;
const SPACE = /\s+/gu;

const numbers = (s: string): string => (s.match(NUMBER) ?? []).join('|');
// Number runs become one placeholder that remembers only their width.
const maskNumbers = (s: string): string =>
  s.replace(NUMBER, (run) => ([...run].some(isFullWidthChar) ? '＃' : '#'));
const noSpace = (s: string): string => s.replace(SPACE, '');
// The ideographic space is a full-width character too, so the width check keeps it.
const noHalfSpace = (s: string): string => s.replace(/[^\S\u3000]+/gu, '');

/** The kinds of one changed hunk: `deleted` replaced by `inserted` (either may be empty). */
export function classifyChange(deleted: string, inserted: string): ChangeKind[] {
  if (deleted === inserted) return [];
  const d = noSpace(deleted);
  const i = noSpace(inserted);
  if (toHalfWidth(maskNumbers(d)) !== toHalfWidth(maskNumbers(i))) return ['text'];
  const kinds: ChangeKind[] = [];
  if (toHalfWidth(maskNumbers(deleted)) !== toHalfWidth(maskNumbers(inserted)))
    kinds.push('whitespace');
  if (maskNumbers(noHalfSpace(deleted)) !== maskNumbers(noHalfSpace(inserted)))
    kinds.push('punctuation-width');
  if (numbers(toHalfWidth(d)) !== numbers(toHalfWidth(i))) kinds.push('number');
  // Unreachable in principle (the sides differ, so some step must tell them apart); be safe.
  return kinds.length ? kinds : ['text'];
}
