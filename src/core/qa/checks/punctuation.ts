// Punctuation checks that know Chinese from English: the width of the marks, the sentence-final
// mark (。 and . are the same mark), and paired brackets and quotes in either language's forms.
import type { Hit, QaContext, QaRow } from '../types.js';

const HAN = String.raw`\p{Script=Han}`;
// A half-width mark after a Chinese character, before one, before a closing quote (at the end
// or with more Chinese after it) or at the end: 你好,世界 · 你好. · 请坐.” · 别乱碰.”说着
const HALF_IN_ZH = new RegExp(
  `(?<=${HAN}[”’」』》）)]?)([,.;:?!()])(?=\\s*(?:${HAN}|[“‘「『《（]|[”’」』》）]*\\s*(?:$|${HAN})))`,
  'gu',
);
const FULL = /[，。；：？！（）]/g;

export function punctuationWidth(row: QaRow, ctx: QaContext): Hit[] {
  const t = row.target;
  const hits: Hit[] = [];
  if (ctx.targetLang === 'zh') {
    for (const m of t.matchAll(HALF_IN_ZH)) {
      // 3.5 or 12:30 between digits is a number, not a sentence mark.
      if (/[.:]/.test(m[0]) && /\d/.test(t[m.index + 1] ?? '')) continue;
      hits.push({ params: { mark: m[0], expected: toFull(m[0]) }, span: [m.index, m.index + 1] });
    }
  } else {
    for (const m of t.matchAll(FULL)) {
      // Next to Chinese text the mark belongs to it (untranslated-text reports that text).
      const near = (t[m.index - 1] ?? '') + (t[m.index + 1] ?? '');
      if (new RegExp(HAN, 'u').test(near)) continue;
      hits.push({ params: { mark: m[0], expected: toHalf(m[0]) }, span: [m.index, m.index + 1] });
    }
  }
  return hits;
}

const HALF = ',.;:?!()';
const FULLS = '，。；：？！（）';
const toFull = (c: string) => FULLS[HALF.indexOf(c)] ?? c;
const toHalf = (c: string) => HALF[FULLS.indexOf(c)] ?? c;

type End = '.' | '?' | '!' | '…' | ':' | '' | 'other';
// Closing quotes and brackets after the final mark do not change it: 他说：“好。” ends with 。.
const CLOSERS = /[\s”’"'」』》）)\]】〉*_\uE000-\uF8FF]+$/u;

function endOf(s: string): End {
  const t = s.replace(CLOSERS, '');
  if (!t) return '';
  if (/(?:…|\.\.\.|⋯)$/.test(t)) return '…';
  const c = t[t.length - 1]!;
  if ('。.．'.includes(c)) return '.';
  if ('？?'.includes(c)) return '?';
  if ('！!'.includes(c)) return '!';
  if ('：:'.includes(c)) return ':';
  if (/[\p{L}\p{N}]/u.test(c)) return '';
  return 'other';
}

export function endPunctuation(row: QaRow): Hit[] {
  const s = endOf(row.source);
  const t = endOf(row.target);
  if (!row.target.trim() || s === t) return [];
  const sentence = (e: End) => e === '.' || e === '?' || e === '!' || e === '…';
  // Missing: the source ends a sentence, the target stops mid-air (on a letter or a character).
  // Added: the source has no end mark and the target one.
  const bad =
    (sentence(s) && t === '') ||
    (s === '' && (t === '.' || t === '?' || t === '!') && titleLike(row.source));
  // A question made a statement (or the reverse) is left alone: literary translators do it all
  // the time ("你叫什么名字？" → "asked his name."), it was 2 % of correct rows here.
  if (!bad) return [];
  const at = row.target.replace(CLOSERS, '').length;
  const reason = t === '' ? 'missing' : 'added';
  return [
    {
      params: { reason, source: lastMark(row.source), target: lastMark(row.target) },
      span: [Math.max(0, at - 1), Math.max(at, 1)],
    },
  ];
}

// A source that runs on for a clause or more and stops without a mark lost it (a typo of the
// source, or a sentence cut by the file): the translator who ends the sentence is right. Only a
// title, a label or a list item (short, no mark inside) is left without one on purpose.
const INNER_MARK = /[，,、；;：:—–()（）]/;
function titleLike(s: string): boolean {
  const t = s.replace(CLOSERS, '');
  if (INNER_MARK.test(t)) return false;
  const han = (t.match(/\p{Script=Han}/gu) ?? []).length;
  return han ? han <= 10 : (t.match(/\p{L}+/gu) ?? []).length <= 6;
}

const lastMark = (s: string) => {
  const t = s.replace(CLOSERS, '');
  return /(?:\.\.\.|……)$/.test(t) ? t.slice(-3).replace(/^[^.…]+/, '') : t.slice(-1);
};

// Bracket pairs by kind; full- and half-width forms of a kind count together, so （…) is paired
// (punctuation-width reports the width).
const BRACKETS: [string, string, string][] = [
  ['paren', '(（', ')）'],
  ['square', '[【〔', ']】〕'],
  ['angle', '《〈', '》〉'],
  ['brace', '{｛', '}｝'],
];

/** Net opens minus closes of each kind, and where the first unpaired one is. */
function balance(s: string, open: string, close: string): { net: number; at: number } {
  let depth = 0;
  let at = -1;
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (open.includes(c)) {
      depth++;
      stack.push(i);
    } else if (close.includes(c)) {
      depth--;
      if (stack.length) stack.pop();
      else if (at < 0) at = i;
    }
  }
  if (at < 0 && stack.length) at = stack[0]!;
  return { net: depth, at: at < 0 && depth !== 0 ? 0 : at };
}

/**
 * A list counter such as "1)" or "a)" closes nothing, unless a parenthesis is open for it to
 * close: "(Rule 10)", "(see note a)".
 */
const stripCounters = (s: string) =>
  s.replace(/(^|\s)(?:\d{1,2}|[a-z])\)/g, (m, pre: string, at: number) =>
    balance(s.slice(0, at), '(（', ')）').net > 0 ? m : `${pre}  `,
  );

export function brackets(row: QaRow): Hit[] {
  const hits: Hit[] = [];
  const t = stripCounters(row.target);
  const s = stripCounters(row.source);
  for (const [kind, open, close] of BRACKETS) {
    const bt = balance(t, open, close);
    if (bt.at < 0) continue;
    // A row cut mid-parenthesis (the sentence goes on in the next row) is unpaired on both sides.
    if (balance(s, open, close).at >= 0) continue;
    hits.push({ params: { kind, mark: row.target[bt.at] ?? '' }, span: [bt.at, bt.at + 1] });
  }
  return hits;
}

interface QuoteState {
  unpaired: boolean;
  at: number;
}

/** Opening quotes left open (curly ones unclosed at the end, or the last of an odd count of "). */
function openLeft(s: string): number[] {
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if ('“「『'.includes(s[i]!)) stack.push(i);
    else if ('”」』'.includes(s[i]!)) stack.pop();
  }
  const straight = [...s.matchAll(/"/g)];
  if (straight.length % 2) stack.push(straight[straight.length - 1]!.index);
  return stack;
}

// Dialogue that goes on in the next row opens its quote where a sentence or a speech starts: at
// the row's start, after 道： or "he said," or a full stop. A quote opened in the middle of a
// phrase, a word straight before it and a word after it, opens no speech: its partner was lost.
const MID_PHRASE_BEFORE = /[\p{L}\p{N}] ?$/u;
const MID_PHRASE_AFTER = /^[\p{L}\p{N}]/u;
function openedMidPhrase(s: string): number {
  for (const at of openLeft(s)) {
    if (MID_PHRASE_BEFORE.test(s.slice(0, at)) && MID_PHRASE_AFTER.test(s.slice(at + 1))) return at;
  }
  // Of an odd count of straight quotes, one opened mid-phrase and followed by another opening
  // (so it "was likely… The song was "Come…"; wasn't "Sunday, …) lost its partner, not the last
  // one: straight quotes do not nest.
  const straight = [...s.matchAll(/"/g)].map((m) => m.index);
  if (straight.length % 2) {
    for (let k = 0; k + 1 < straight.length; k++) {
      const at = straight[k]!;
      if (!opensAt(s, at) || !opensAt(s, straight[k + 1]!)) continue;
      if (MID_PHRASE_BEFORE.test(s.slice(0, at)) && /^\p{L}/u.test(s.slice(at + 1))) return at;
    }
  }
  // “ opened again inside its own “ (a quote within a quote takes ‘ or 『): one lost its close.
  const reopened = /[“][^”]*(?=“)|[「][^」]*(?=「)/u.exec(s);
  if (reopened) return reopened.index;
  // A quote typed twice (““, 「「) is never dialogue.
  const twice = /([“「『])\1/.exec(s);
  return twice ? twice.index + 1 : -1;
}

// A straight quote with a space (or the row's edge) before it and a letter after it opens; one
// after a word or a mark with a space, a mark or the edge after it closes. Two in a row that open
// across a speaker ("Sometimes, Ahrons says, "a separation…) lost the close between them,
// whatever the count.
const opensAt = (s: string, i: number) =>
  /(?:^|[\s(—–])$/.test(s.slice(0, i)) && /^[\p{L}\p{N}]/u.test(s.slice(i + 1));
const closesAt = (s: string, i: number) =>
  /[\p{L}\p{N}.,!?…]$/u.test(s.slice(0, i)) && /^(?:$|[\s.,;:!?)—–])/.test(s.slice(i + 1));
function sameWayTwice(s: string, marks: RegExpMatchArray[]): number {
  for (let k = 1; k < marks.length; k += 2) {
    const a = marks[k - 1]!.index!;
    const b = marks[k]!.index!;
    // Only across a speaker ("says Ahrons"): the close that went missing was the speech's own.
    if (!SPEECH_VERB.test(s.slice(a, b))) continue;
    if (opensAt(s, a) && opensAt(s, b)) return b;
    if (closesAt(s, a) && closesAt(s, b)) return a;
  }
  return -1;
}

function quoteState(s: string, lang: 'zh' | 'en'): QuoteState {
  const curly = balance(s, '“「『', '”」』');
  if (curly.at >= 0) return { unpaired: true, at: curly.at };
  const straight = [...s.matchAll(/"/g)];
  if (straight.length % 2) return { unpaired: true, at: straight[straight.length - 1]!.index };
  const turned = sameWayTwice(s, straight);
  if (turned >= 0) return { unpaired: true, at: turned };
  if (lang === 'zh') {
    const single = balance(s, '‘', '’');
    if (single.at >= 0) return { unpaired: true, at: single.at };
  } else {
    // In English ' and ’ are mostly apostrophes (don’t, the Smiths’): a single quote counts only
    // at the start of a word (opening) or after a word's end with no letter after it (closing).
    // '95 and the '60s are years cut short, not quotes.
    const opens = [...s.matchAll(/(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])(?!\d\d(?:s\b|\b))/gu)];
    // After an s the mark is the plural's apostrophe (the Smiths'), unless a quote is open
    // before it for it to close ('wailers').
    const marks = [...s.matchAll(/(?<=[\p{L}\p{N}.,!?;:…—–-])['’](?![\p{L}\p{N}])/gu)];
    const closes: RegExpExecArray[] = [];
    let open = 0;
    let o = 0;
    for (const m of marks) {
      for (; o < opens.length && opens[o]!.index < m.index; o++) open++;
      if (/s$/i.test(s.slice(0, m.index)) && open === 0) continue;
      closes.push(m);
      open = Math.max(0, open - 1);
    }
    if (opens.length !== closes.length) {
      const at = (opens.length > closes.length ? opens[opens.length - 1] : closes[0])!.index;
      return { unpaired: true, at };
    }
  }
  return { unpaired: false, at: -1 };
}

// A speech broken by its attribution and taken up again: "Obesity," admits Jebb, "is not…" or
// "…imagine," says Paul Rooth, a doctor. "I had… — the quote reopened after the speaker.
const SPEECH_VERB =
  /\b(?:says|said|say|asks|asked|adds|added|admits|admitted|replies|replied|explains|explained|notes|noted|recalls|recalled|continues|continued|insists|insisted|argues|argued|tells|told|writes|wrote|claims|claimed|warns|warned|agrees|agreed|concedes|conceded|observes|observed|answers|answered|cries|cried|whispers|whispered|exclaims|exclaimed|suggests|suggested|remarks|remarked|declares|declared|went on)\b/i;
function resumed(before: string): boolean {
  // The quote before the speaker closes a speech (it follows a word or a mark, not a space).
  const m = /(?<=[\p{L}\p{N}.,!?…—-])["”'’]([^"“”]{1,80})[,.:]$/u.exec(before);
  return !!m && SPEECH_VERB.test(m[1]!);
}

const ATTRIBUTION =
  /^[^"“”]*?\p{L}[,!?]\s+(?:says|said|adds|added|asks|asked|explains|explained)\s+\p{Lu}|^[^"“”]*?\p{L},\s+(?:\p{Lu}[\p{L}.'-]*\s+){1,3}(?:says|said|adds|added|asks|asked|explains|explained)\b/u;
/** What follows an opening quote names its speaker before any quote closes it. */
const attributedOpen = (after: string) => /^\p{L}/u.test(after) && ATTRIBUTION.test(after);

export function quotes(row: QaRow, ctx: QaContext): Hit[] {
  const t = quoteState(row.target, ctx.targetLang);
  if (!t.unpaired) return [];
  const mid = openedMidPhrase(row.target);
  if (mid >= 0) return [{ params: { mark: row.target[mid] ?? '' }, span: [mid, mid + 1] }];
  // Dialogue that runs over several rows opens a quote in one row and closes it in another:
  // unpaired in the source too, or, when the source has no quotes (the translator moved them),
  // a quote that opens the row or closes it.
  if (quoteState(row.source, ctx.sourceLang).unpaired) return [];
  // A speech opened after 道： or "says Jebb:" is such an opening too. English reopens the quote
  // at each new paragraph of a long speech (so rows start with one left open); a Chinese
  // translation whose source has no quotes does not start a row with “ unless it was typed in.
  // Inline codes (a styled run) around the row do not move its edges.
  const bare = (x: string) => x.replace(/[\uE000-\uF8FF]/g, '').trim();
  const before = bare(row.target.slice(0, t.at));
  const opensRow = before === '' && ctx.targetLang === 'en';
  // A speech opened after a colon starts with a capital in English ("he said: "Come…"); a quote
  // before "and the LORD shut him in" was typed in.
  const afterColon =
    /[：:]$/.test(before) &&
    !(ctx.targetLang === 'en' && /^[a-z]/.test(row.target.slice(t.at + 1)));
  // A speech opened and attributed before it closes ("In Japan…, says Akio Mikuni"): its close
  // was lost before the speaker.
  if (ctx.targetLang === 'en' && attributedOpen(row.target.slice(t.at + 1)))
    return [{ params: { mark: row.target[t.at] ?? '' }, span: [t.at, t.at + 1] }];
  // A row that opens with a double quote continues a speech left open before it, or starts one
  // that a later row closes; a quote typed in does neither (unknown, as when a row is checked
  // alone: taken as possible). (Single quotes are also apostrophes:
  // they are not followed across rows.)
  const double = /["“]/.test(row.target[t.at] ?? '');
  const reopens =
    opensRow && (!double || ctx.quoteOpenBefore !== false || ctx.quoteClosesLater !== false);
  const edge = reopens || afterColon || resumed(before) || bare(row.target.slice(t.at + 1)) === '';
  if (edge && !/[“”「」『』"]/.test(row.source)) return [];
  return [{ params: { mark: row.target[t.at] ?? '' }, span: [t.at, t.at + 1] }];
}

/**
 * Whether an English quotation is still open after `text`, given whether one was open before it:
 * “ opens and ” closes; a straight quote opens when none is open and closes one that is, except
 * at the very start of the row, where it reopens the speech of the paragraph before.
 */
export function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  let start = true;
  for (const c of text) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open || start;
    if (start && !/[\s\uE000-\uF8FF]/.test(c)) start = false;
  }
  return open;
}

/**
 * What the first double quote of an English text does: “ opens and ” closes; a straight one
 * closes before a space, a mark or the end (`said."`, `it," he`) and opens after a space before a
 * word (`"It`). Undefined when the text has none.
 */
export function firstQuoteRole(row: string): 'open' | 'close' | undefined {
  // Inline codes (a styled run) are not text: `me. "` closes before one too.
  const text = row.replace(/[\uE000-\uF8FF]/g, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') return 'open';
    if (c === '”') return 'close';
    if (c === '"') {
      // Before a space, a mark or the end it closes, even typed after a space (`me. "`).
      if (/^(?:$|[\s,.;:!?)\]])/.test(text.slice(i + 1, i + 2))) return 'close';
      return i === 0 || /[\s([\u2014-]/.test(text[i - 1] ?? '') ? 'open' : 'close';
    }
  }
  return undefined;
}
