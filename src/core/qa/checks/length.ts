// Length against the calibrated zh↔en ratio: English runs to about three letters per Chinese
// character, with a spread that narrows as sentences grow (a short line translates loosely).
// The constants are fitted on the development half of the shared alignment gold
// (`npm run bench:qa -- --calibrate` prints the spread by sentence length).
import type { Hit, QaContext, QaRow } from '../types.js';

/** Mean of ln(English letters / Chinese characters) over real translations. */
export const LOG_RATIO = 1.15;
/** Spread of that log ratio: sqrt(FLOOR² + PER_CHAR / Chinese characters). */
export const SPREAD_FLOOR = 0.21;
export const SPREAD_PER_CHAR = 1.1;
/** How many spreads away a row is "far": few enough real rows that every one is worth a look. */
export const LIMIT = 3.2;
/** Rows shorter than this many Chinese characters are never judged by length. */
export const MIN_CHARS = 12;

/**
 * A target that stops mid-air (on a word where the source ends its sentence, or on "the", "of",
 * "and"), and is short besides, was cut off: two signs together, so a shortfall of one spread
 * is enough.
 */
export const CUT_LIMIT = 0.5;
/**
 * A target that ends on a comma where the source ends its sentence may have stopped there, or
 * may be a Bible verse that runs on: a looser sign, so a little nearer than LIMIT (the clean
 * development rows of that shape reach 2.8 spreads, cut ones start near 2.3).
 */
export const PAUSE_LIMIT = 2.9;
/**
 * Below this many Chinese characters (in the source, or the English source's letters as
 * characters) a line is translated loosely enough that shortness alone proves nothing (韦小宝道：
 * “这个…… 这个…… 我记不起了。” is 'I... I... can't remember.'): a short target is reported only
 * when it also stops where the source ends a sentence.
 */
export const SHORT_LINE = 30;
const CLOSERS = /[\s”’"'」』》）)\]】〉\uE000-\uF8FF]+$/u;
// English never stops after an article, a preposition, a conjunction or a possessive.
const DANGLING =
  /\b(?:a|an|the|of|and|or|but|to|with|for|from|by|in|on|into|unto|upon|at|as|that|than|his|her|their|my|your|its|our|thy|whose|which)$/i;
const SENTENCE_END = /[。.．？?！!…]$/;
const PAUSE = /[，,、；;：:]$/;
const stopsMidAir = (row: QaRow) => {
  const target = row.target.replace(CLOSERS, '');
  if (DANGLING.test(target)) return true;
  // Where the source ends its sentence or a clause, the target stops on a word (韦小宝扑了个空，
  // 本已收脚; "that he" for a verse that ends on ，).
  const source = row.source.replace(CLOSERS, '');
  return (SENTENCE_END.test(source) || PAUSE.test(source)) && /[\p{L}\p{N}]$/u.test(target);
};
/** The target pauses (a comma) where the source ends its sentence. */
const pausesAtEnd = (row: QaRow) =>
  SENTENCE_END.test(row.source.replace(CLOSERS, '')) && PAUSE.test(row.target.replace(CLOSERS, ''));

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const letters = (s: string) => (s.match(/[\p{Script=Latin}\p{N}]/gu) ?? []).length;

export function lengthCheck(row: QaRow, ctx: QaContext): Hit[] {
  if (ctx.sourceLang === ctx.targetLang || !row.target.trim()) return [];
  const zh = ctx.sourceLang === 'zh' ? row.source : row.target;
  const en = ctx.sourceLang === 'zh' ? row.target : row.source;
  const c = han(zh);
  const l = letters(en);
  if ((ctx.sourceLang === 'zh' ? c : l / Math.exp(LOG_RATIO)) < MIN_CHARS) return [];
  // The spread follows the source's length (in Chinese characters, or English letters as
  // characters): a target cut short must not widen its own tolerance.
  const n = ctx.sourceLang === 'zh' ? c : l / Math.exp(LOG_RATIO);
  const z =
    (Math.log((l + 1) / (c + 1)) - LOG_RATIO) /
    Math.sqrt(SPREAD_FLOOR ** 2 + SPREAD_PER_CHAR / Math.max(n, 1));
  const targetShorter = ctx.targetLang === 'en' ? z < 0 : z > 0;
  const cut = targetShorter && stopsMidAir(row);
  const limit = cut ? CUT_LIMIT : targetShorter && pausesAtEnd(row) ? PAUSE_LIMIT : LIMIT;
  if (Math.abs(z) <= limit) return [];
  if (targetShorter && !cut && n < SHORT_LINE) return [];
  // Longer or shorter is said of the target, whichever language it is in.
  const enLonger = z > 0;
  const longer = ctx.targetLang === 'en' ? enLonger : !enLonger;
  const expected = Math.round(
    ctx.targetLang === 'en' ? c * Math.exp(LOG_RATIO) : l / Math.exp(LOG_RATIO),
  );
  return [
    {
      params: {
        reason: longer ? 'longer' : 'shorter',
        length: ctx.targetLang === 'en' ? l : c,
        expected,
      },
    },
  ];
}
