// Checks of the target's text itself: empty, copied from the source, source-language text left
// in it, spacing, a word typed twice.
import type { Hit, QaContext, QaRow } from '../types.js';
import { wordSegmenter } from '../../text/segmenter.js';

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /[\p{Script=Han}\u3007][\p{Script=Han}\u3007\s，、·]*/gu;
/** Private-use placeholders of inline codes (see core/formats/inline-codes.ts). */
const CODES = /[\uE000-\uF8FF]/g;

const bare = (s: string) => s.replace(CODES, '').trim();

export function empty(row: QaRow): Hit[] {
  return bare(row.source) !== '' && bare(row.target) === '' ? [{ params: {} }] : [];
}

/** Words that are text, not a name, code or number: what a copy would have left untranslated. */
function hasText(s: string, lang: 'zh' | 'en'): boolean {
  if (lang === 'zh') return HAN.test(s);
  return (s.match(/\b[A-Za-z][a-z]+\b/g) ?? []).length >= 2;
}

const norm = (s: string) => bare(s).replace(/\s+/g, ' ').toLowerCase();

export function sameAsSource(row: QaRow, ctx: QaContext): Hit[] {
  const t = norm(row.target);
  if (!t || t !== norm(row.source) || !hasText(row.source, ctx.sourceLang)) return [];
  return [{ params: { text: bare(row.target) } }];
}

// Latin tokens that a Chinese text keeps as they are: units, and what looks like code.
const UNITS = new Set(
  'km kg cm mm ml mg g m s h min kb mb gb tb kw kwh hz khz mhz ghz px pt dpi ppm vs etc e.g i.e'.split(
    ' ',
  ),
);
const CODEISH =
  /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|[\w.-]+\.(?:com|org|net|cn|js|ts|json|txt|html?)\b|\b\w*[_/\\]\w*\b/g;

export function untranslatedText(row: QaRow, ctx: QaContext): Hit[] {
  if (!bare(row.target) || norm(row.target) === norm(row.source)) return [];
  if (ctx.targetLang === 'en') {
    // Han characters in an English target are left-over source text, whatever the source says.
    return [...row.target.matchAll(HAN_RUN)].map((m) => {
      const text = m[0].trimEnd();
      return { params: { text }, span: [m.index, m.index + text.length] };
    });
  }
  if (ctx.sourceLang !== 'en') return [];
  // A Chinese target: lower-case English words are untranslated text; names, acronyms and
  // product names (capitalised, mixed case) are kept, and so is any phrase of them.
  const masked = row.target.replace(CODEISH, (s) => ' '.repeat(s.length));
  const hits: Hit[] = [];
  const re = /[A-Za-z]+(?:[ '’-]+[A-Za-z]+)*/g;
  for (const m of masked.matchAll(re)) {
    const words = m[0].split(/[ '’-]+/);
    const lower = words.filter((w) => /^[a-z]{2,}$/.test(w) && !UNITS.has(w));
    // Two lower-case words, or a capitalised phrase of four or more words, read as a sentence.
    if (lower.length === 0 && words.length < 4) continue;
    hits.push({ params: { text: m[0] }, span: [m.index, m.index + m[0].length] });
  }
  return hits;
}

export function spacing(row: QaRow, ctx: QaContext): Hit[] {
  const t = row.target;
  if (!t.trim()) return [];
  const hits: Hit[] = [];
  if (/^\s/.test(t) && !/^\s/.test(row.source))
    hits.push({ params: { what: 'leading' }, span: [0, 1] });
  if (/\s$/.test(t) && !/\s$/.test(row.source))
    hits.push({ params: { what: 'trailing' }, span: [t.length - 1, t.length] });
  const dbl = / {2,}/.exec(t.trim());
  if (dbl && !/ {2,}/.test(row.source.trim())) {
    const at = t.indexOf(dbl[0]);
    hits.push({ params: { what: 'double' }, span: [at, at + dbl[0].length] });
  }
  if (ctx.targetLang === 'zh') {
    const m = /\p{Script=Han}([ \t]+)\p{Script=Han}/u.exec(t);
    if (m)
      hits.push({
        params: { what: 'between-han' },
        span: [m.index + 1, m.index + 1 + m[1]!.length],
      });
  }
  return hits;
}

// English words that are doubled in good prose ("had had", "that that", "no no", "bye bye").
const DOUBLED_OK = new Set(
  (
    'had that ha bye very no yes so well knock tut hush go come oh ah boo hee ho now chop far ' +
    'again round more many tick tock blah dum la pooh hmm mm uh er fifty ' +
    // "asked her her business": the object, then the possessive.
    'her'
  ).split(' '),
);
// Chinese characters that never double up in good Chinese (unlike 看看, 人人, 慢慢).
const ZH_NEVER_DOUBLED = new Set('的地得了是在和与及把被对从向为而或但也都就所之其'.split(''));

const DEMONSTRATIVES = new Set(['如此', '这般', '那般']);

const X_BY_X = /\b(\w+) (?:by|and|after|upon) \1\b/i;

// 一 and a measure of steps, bits, drops, mouthfuls, layers or days, doubled before its verb, is
// "step by step, bit by bit, day by day" (一步一步建立, 一点一点吃掉), whatever words the source
// used for it. Before a noun or a pause it is a slip (一个一个饼, 迟了一步一步，).
const ONE_BY_ONE = /^一[步点滴口层天年]$/;
const BEFORE_VERB = /^(?!的)\p{Script=Han}/u;

export function repeatedWord(row: QaRow, ctx: QaContext): Hit[] {
  const words: { w: string; i: number }[] = [];
  for (const s of wordSegmenter(ctx.targetLang).segment(row.target)) {
    if (s.isWordLike) words.push({ w: s.segment.toLowerCase(), i: s.index });
    else if (!/^[ \t]+$/.test(s.segment)) words.push({ w: '', i: s.index });
  }
  const hits: Hit[] = [];
  for (let k = 1; k < words.length; k++) {
    const a = words[k - 1]!;
    const b = words[k]!;
    if (!a.w || a.w !== b.w || /^\d/.test(a.w)) continue;
    if (ctx.targetLang === 'en' && DOUBLED_OK.has(a.w)) continue;
    if (ctx.targetLang === 'zh' && a.w.length === 1 && !ZH_NEVER_DOUBLED.has(a.w)) continue;
    if (ctx.targetLang === 'zh' && [...a.w].every((c) => c === a.w[0])) continue;
    // Doubled before 地 a word becomes an adverb (大口大口地, 一块一块地), and a source that says
    // "step by step" or "two and two" is rendered by doubling (一步一步): reduplication, no slip.
    if (
      ctx.targetLang === 'zh' &&
      (/^\s*地/.test(row.target.slice(b.i + b.w.length)) || X_BY_X.test(row.source))
    )
      continue;
    if (
      ctx.targetLang === 'zh' &&
      ONE_BY_ONE.test(a.w) &&
      BEFORE_VERB.test(row.target.slice(b.i + b.w.length))
    )
      continue;
    // 如此如此, 这般这般: "thus and thus", a literary demonstrative doubled to stand for what was
    // said (这样这样 is no set phrase: doubled, it is a slip).
    if (ctx.targetLang === 'zh' && DEMONSTRATIVES.has(a.w)) continue;
    // What the source doubles, the translation may double too ("走走" → "walk, walk").
    if (row.source.toLowerCase().includes(`${a.w} ${a.w}`) || row.source.includes(a.w + a.w))
      continue;
    hits.push({
      params: { word: row.target.slice(b.i, b.i + b.w.length) },
      span: [a.i, b.i + b.w.length],
    });
  }
  return hits;
}
