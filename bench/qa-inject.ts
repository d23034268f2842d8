// Errors as translators make them, injected into real translations: a figure mistyped or put
// in the wrong scale, a segment left empty or copied, a source phrase left in, the IME's
// full-width comma in English, a closing quote or bracket lost, a word typed twice, a line cut
// short, one sentence translated two ways. Each picks its place at random; none looks at how
// the checks are written (only at the text: a number is found with core/numbers so that the
// one changed is one the translation really carries).
import type { CheckId, QaContext, QaRow } from '../src/core/qa/index.js';
import { compareNumbers, findNumbers } from '../src/core/numbers/index.js';

export const INJECTED_CHECKS = [
  'empty',
  'same-as-source',
  'untranslated-text',
  'number',
  'punctuation-width',
  'end-punctuation',
  'brackets',
  'quotes',
  'spacing',
  'repeated-word',
  'inconsistent-translation',
  'inconsistent-source',
  'tags',
  'length',
] as const satisfies readonly CheckId[];
export type InjectedCheck = (typeof INJECTED_CHECKS)[number];

type Random = () => number;
export type Injection = { kind: 'replace' | 'add'; row: QaRow } | null;

const pick = <T>(xs: readonly T[], r: Random): T | undefined =>
  xs.length ? xs[Math.floor(r() * xs.length)] : undefined;
const splice = (s: string, at: number, del: number, ins: string) =>
  s.slice(0, at) + ins + s.slice(at + del);
const HAN = /\p{Script=Han}/u;
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const positions = (s: string, re: RegExp) =>
  [...s.matchAll(re)].map((m) => ({ at: m.index, text: m[0] }));

const ZH_NUMERALS = '一二三四五六七八九';
const EN_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * A number of the target that has its equal in the source, changed as a slip would change it.
 * Only one the source's number needs: where the translation says a value twice and the source
 * once ("the seven thin ears devoured the seven rank ears" for one 七), changing one of the two
 * leaves the source's number its equal, and the row shows a number added, which literary
 * translation does freely (as a number word dropped is left out for the same reason).
 */
function number(row: QaRow, r: Random): string | null {
  const src = findNumbers(row.source);
  const tgt = findNumbers(row.target);
  const { onlyInA, onlyInB } = compareNumbers(src, tgt);
  const needed = (t: (typeof tgt)[number]) =>
    compareNumbers(
      src,
      tgt.filter((x) => x !== t),
    ).onlyInA.length > onlyInA.length;
  const m = pick(
    tgt.filter((t) => !onlyInB.includes(t) && needed(t)),
    r,
  );
  if (!m) return null;
  const text = m.text;
  const ways: (() => string | null)[] = [];
  if (!m.words) {
    const digits = positions(text, /\d/g);
    // A digit mistyped.
    ways.push(() => {
      const d = pick(digits, r)!;
      return splice(text, d.at, 1, String((+d.text + 1 + Math.floor(r() * 8)) % 10));
    });
    // The scale slipped: 1.2亿 written 12亿, 120 million written 12 million, 30,000 as 3,000.
    if (m.kind === 'cardinal' || m.kind === 'decimal') {
      ways.push(() => {
        const lead = /\d[\d,.]*/.exec(text)!;
        const v = Number(lead[0].replace(/,/g, ''));
        const slipped = v >= 10 && Number.isInteger(v / 10) ? v / 10 : v * 10;
        return splice(text, lead.index, lead[0].length, String(+slipped.toPrecision(10)));
      });
    }
    // Left out (only a figure: a word such as "three" may be rephrased away for good reason).
    if (m.firm) ways.push(() => '');
  } else {
    const zh = positions(text, /[一二三四五六七八九]/g);
    const en = positions(text, new RegExp(`\\b(?:${EN_NUMBERS.join('|')})\\b`, 'gi'));
    if (zh.length) {
      ways.push(() => {
        const d = pick(zh, r)!;
        const others = ZH_NUMERALS.replace(d.text, '');
        return splice(text, d.at, 1, others[Math.floor(r() * others.length)]!);
      });
    } else if (en.length) {
      ways.push(() => {
        const w = pick(en, r)!;
        const others = EN_NUMBERS.filter((x) => x !== w.text.toLowerCase());
        let n = pick(others, r)!;
        if (/^[A-Z]/.test(w.text)) n = n[0]!.toUpperCase() + n.slice(1);
        return splice(text, w.at, w.text.length, n);
      });
    }
  }
  const way = pick(ways, r);
  const changed = way?.();
  if (changed === undefined || changed === null || changed === text) return null;
  return (row.target.slice(0, m.start) + changed + row.target.slice(m.end)).replace(/  +/g, ' ');
}

/** Curly quotes closed in order and an even count of straight ones. */
function paired(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if ('“「『'.includes(c)) depth++;
    else if ('”」』'.includes(c) && --depth < 0) return false;
  }
  return depth === 0 && (s.match(/"/g) ?? []).length % 2 === 0;
}

const FULL = '，。；：？！（）';
const HALF = ',.;:?!()';

function target(check: InjectedCheck, row: QaRow, ctx: QaContext, r: Random): string | null {
  const t = row.target;
  const en = ctx.targetLang === 'en';
  switch (check) {
    case 'empty':
      return '';
    case 'same-as-source':
      return row.source;
    case 'untranslated-text': {
      if (en) {
        // A term of the source left in Chinese, in the place of a word of the translation.
        const chunk = pick(positions(row.source, /\p{Script=Han}{2,}/gu), r);
        const word = pick(positions(t, /\b[A-Za-z]{3,}\b/g), r);
        if (!chunk || !word) return null;
        const len = Math.min(chunk.text.length, 2 + Math.floor(r() * 3));
        return splice(t, word.at, word.text.length, chunk.text.slice(0, len));
      }
      // A phrase of the source left in English (a phrase, not a name: one word is in lower case).
      const words = positions(row.source, /[A-Za-z’']+/g);
      const starts = words.map((_, i) => i).filter((i) => i + 1 < words.length);
      const i = pick(starts, r);
      if (i === undefined) return null;
      const n = Math.min(words.length - i, 2 + Math.floor(r() * 3));
      const span = words.slice(i, i + n);
      if (!span.some((w) => /^[a-z]{3,}$/.test(w.text))) return null;
      const phrase = row.source.slice(span[0]!.at, span[n - 1]!.at + span[n - 1]!.text.length);
      const han = pick(positions(t, /\p{Script=Han}{2,4}/gu), r);
      return han ? splice(t, han.at, han.text.length, phrase) : null;
    }
    case 'number':
      return number(row, r);
    case 'punctuation-width': {
      if (en) {
        const m = pick(positions(t, /(?<!\d)[,.;:?!()](?!\d)/g), r);
        return m ? splice(t, m.at, 1, FULL[HALF.indexOf(m.text)]!) : null;
      }
      const m = pick(positions(t, /(?<=\p{Script=Han})[，。；：？！（）]/gu), r);
      return m ? splice(t, m.at, 1, HALF[FULL.indexOf(m.text)]!) : null;
    }
    case 'end-punctuation': {
      const closers = /[”’"'」』》）)]*\s*$/.exec(t)!;
      const body = t.slice(0, closers.index);
      const last = body.slice(-1);
      const srcEnd = row.source.replace(/[”’"'」』》）)\s]+$/, '').slice(-1);
      if (!'。.？?！!'.includes(last) || !last || !'。.？?！!'.includes(srcEnd) || !srcEnd)
        return null;
      // The end mark lost (a question made a statement is a translator's choice, not an error).
      return body.slice(0, -1) + t.slice(closers.index);
    }
    case 'brackets': {
      const close = pick(positions(t, /[)）\]】》]/g), r);
      if (close && r() < 0.7) return splice(t, close.at, 1, '');
      const word = pick(positions(t, en ? /\b[A-Za-z]{3,}\b/g : /\p{Script=Han}{2}/gu), r);
      return word ? splice(t, word.at, 0, en ? '(' : '（') : null;
    }
    case 'quotes': {
      // Only in a row whose quotes pair up: a stray closer (its speech opened rows before) lost
      // leaves the row as quote-free as its source, and a quote added beside one pairs with it.
      if (!paired(t)) return null;
      const close = pick(positions(t, /[”」』]|"(?=\W|$)/g), r);
      if (close && r() < 0.7) return splice(t, close.at, 1, '');
      const word = pick(positions(t, en ? /\b[A-Za-z]{3,}\b/g : /\p{Script=Han}{2}/gu), r);
      return word ? splice(t, word.at, 0, t.includes('“') || !en ? '“' : '"') : null;
    }
    case 'spacing': {
      const ways: (() => string | null)[] = [() => (r() < 0.5 ? t + ' ' : ' ' + t)];
      if (en) {
        const sp = pick(positions(t, / /g), r);
        if (sp) ways.push(() => splice(t, sp.at, 1, '  '));
      } else {
        const gap = pick(positions(t, /(?<=\p{Script=Han})(?=\p{Script=Han})/gu), r);
        if (gap) ways.push(() => splice(t, gap.at, 0, ' '));
      }
      return pick(ways, r)!();
    }
    case 'repeated-word': {
      const seg = new Intl.Segmenter(en ? 'en' : 'zh', { granularity: 'word' });
      const words = [...seg.segment(t)].filter((s) =>
        en
          ? /^[A-Za-z]{2,}$/.test(s.segment) && !/^(had|that)$/i.test(s.segment)
          : /^\p{Script=Han}{2,}$/u.test(s.segment),
      );
      const w = pick(words, r);
      if (!w) return null;
      return splice(t, w.index + w.segment.length, 0, (en ? ' ' : '') + w.segment);
    }
    case 'length': {
      // A translation stopped a third of the way through (only sentences long enough to judge).
      if (hanCount(ctx.sourceLang === 'zh' ? row.source : t) < 30) return null;
      const cut = Math.round(t.length / 3);
      const at = en ? t.lastIndexOf(' ', cut) : cut;
      return at > 0 ? t.slice(0, at) : null;
    }
    default:
      return null;
  }
}

/** Drops one word (a Chinese two-character chunk): the other wording of a repeated sentence. */
function reword(s: string, lang: 'zh' | 'en', r: Random, meaning = false): string | null {
  let words = positions(s, lang === 'en' ? /\b[A-Za-z]{3,}\b ?/g : /\p{Script=Han}{2}/gu);
  // A source that lost "the" or "unto" still fits the translation it had: the error of a
  // translation left as it was is a source changed in a word that means something.
  if (meaning) words = words.filter((w) => !GRAMMAR.test(w.text.trim()));
  const w = pick(words, r);
  return w ? splice(s, w.at, w.text.length, '') : null;
}
// Articles, prepositions, conjunctions and the auxiliaries of tense: words a translation need
// not show.
const GRAMMAR =
  /^(?:the|and|but|nor|for|from|with|into|onto|upon|unto|than|that|which|are|was|were|been|being|shall|will|does|did|have|has|had)$/i;

const meaningful = (s: string, lang: 'zh' | 'en') =>
  lang === 'zh' ? hanCount(s) >= 6 : (s.match(/\p{L}+/gu) ?? []).length >= 4;

export function inject(check: InjectedCheck, row: QaRow, ctx: QaContext, r: Random): Injection {
  if (!row.target.trim() || !row.source.trim()) return null;
  if (check === 'inconsistent-translation') {
    if (!meaningful(row.source, ctx.sourceLang)) return null;
    const t = reword(row.target, ctx.targetLang, r);
    return t && meaningful(t, ctx.targetLang) ? { kind: 'add', row: { ...row, target: t } } : null;
  }
  if (check === 'inconsistent-source') {
    if (!meaningful(row.target, ctx.targetLang)) return null;
    const s = reword(row.source, ctx.sourceLang, r, true);
    return s && meaningful(s, ctx.sourceLang) ? { kind: 'add', row: { ...row, source: s } } : null;
  }
  if (check === 'tags') {
    // The source's bold run (codes 1 and 2 around it) lost, half-lost or turned round.
    const source = `\uE000${row.source}\uE001`;
    const way = Math.floor(r() * 3);
    const t = row.target;
    const target = way === 0 ? `\uE000${t}` : way === 1 ? `\uE001${t}\uE000` : t;
    return { kind: 'replace', row: { ...row, source, target } };
  }
  const t = target(check, row, ctx, r);
  if (t === null || t === row.target) return null;
  if (check === 'untranslated-text' && ctx.targetLang === 'en' && !HAN.test(t)) return null;
  return { kind: 'replace', row: { ...row, target: t } };
}
