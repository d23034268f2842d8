// Length against the calibrated zh↔en ratio: English runs to about three letters per Chinese
// character, with a spread that narrows as sentences grow (a short line translates loosely).
// The constants are fitted on the shared alignment gold (bench/qa-calibrate.ts prints them).
import type { Hit, QaContext, QaRow } from '../types.js';

/** Mean of ln(English letters / Chinese characters) over real translations. */
export const LOG_RATIO = 1.2;
/** Spread of that log ratio: sqrt(FLOOR² + PER_CHAR / Chinese characters). */
export const SPREAD_FLOOR = 0.25;
export const SPREAD_PER_CHAR = 4;
/** How many spreads away a row is "far": few enough real rows that every one is worth a look. */
export const LIMIT = 3.5;
/** Rows shorter than this many Chinese characters are never judged by length. */
export const MIN_CHARS = 12;

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const letters = (s: string) => (s.match(/[\p{Script=Latin}\p{N}]/gu) ?? []).length;

export function lengthCheck(row: QaRow, ctx: QaContext): Hit[] {
  if (ctx.sourceLang === ctx.targetLang || !row.target.trim()) return [];
  const zh = ctx.sourceLang === 'zh' ? row.source : row.target;
  const en = ctx.sourceLang === 'zh' ? row.target : row.source;
  const c = han(zh);
  const l = letters(en);
  if (Math.max(c, l / Math.exp(LOG_RATIO)) < MIN_CHARS) return [];
  const z =
    (Math.log((l + 1) / (c + 1)) - LOG_RATIO) /
    Math.sqrt(SPREAD_FLOOR ** 2 + SPREAD_PER_CHAR / Math.max(c, 1));
  if (Math.abs(z) <= LIMIT) return [];
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
