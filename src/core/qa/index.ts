// Quality checks: each check a pure function of a row (or of the document, for consistency);
// checkRow runs the row checks on one row as the user types, checkDocument runs them all.
import { consistency } from './checks/consistency.js';
import { lengthCheck } from './checks/length.js';
import { number } from './checks/number.js';
import {
  brackets,
  endPunctuation,
  punctuationWidth,
  firstQuoteRole,
  quoteOpenAfter,
  quotes,
} from './checks/punctuation.js';

import { tagsCheck } from './checks/tags.js';
import { empty, repeatedWord, sameAsSource, spacing, untranslatedText } from './checks/text.js';
import {
  DEFAULT_SEVERITY,
  type CheckId,
  type DocumentCheck,
  type Finding,
  type QaContext,
  type QaRow,
  type QaSettings,
  type RowCheck,
  type Severity,
} from './types.js';

/** Rows before and after one that a quotation may run on through (speech cut into sentences). */
const QUOTE_WINDOW = 5;

/**
 * Row `i`'s context with what the rows around it say of English quotations: whether the rows
 * before left one open, and whether a later one closes (or reopens) one before opening another.
 * The same for a row checked as it is typed as for the whole document.
 */
export function quoteContext(rows: readonly QaRow[], i: number, ctx: QaContext): QaContext {
  if (ctx.targetLang !== 'en') return ctx;
  let open = false;
  for (let k = Math.max(0, i - QUOTE_WINDOW); k < i; k++)
    open = quoteOpenAfter(rows[k]?.target ?? '', open);
  let closes = false;
  for (let k = i + 1; k < Math.min(rows.length, i + 1 + QUOTE_WINDOW); k++) {
    const target = rows[k]?.target ?? '';
    // A paragraph that reopens the speech goes on with it too.
    if (/^["“]/.test(target.replace(/[\uE000-\uF8FF]/g, '').trimStart())) {
      closes = true;
      break;
    }
    const role = firstQuoteRole(target);
    if (role) {
      closes = role === 'close';
      break;
    }
  }
  return { ...ctx, quoteOpenBefore: open, quoteClosesLater: closes };
}

export * from './types.js';
export { qaMessage, type Translate } from './messages.js';

/** The row checks, in the order findings are listed. */
export const ROW_CHECKS: [CheckId, RowCheck][] = [
  ['empty', empty],
  ['same-as-source', sameAsSource],
  ['untranslated-text', untranslatedText],
  ['number', number],
  ['tags', tagsCheck],
  ['punctuation-width', punctuationWidth],
  ['end-punctuation', endPunctuation],
  ['brackets', brackets],
  ['quotes', quotes],
  ['spacing', spacing],
  ['repeated-word', repeatedWord],
  ['length', lengthCheck],
];

// An empty or copied target makes every other finding on the row noise.
const ALONE: CheckId[] = ['empty', 'same-as-source'];

export const isEnabled = (id: CheckId, s?: QaSettings): boolean => s?.enabled?.[id] ?? true;
export const severityOf = (id: CheckId, s?: QaSettings): Severity =>
  s?.severity?.[id] ?? DEFAULT_SEVERITY[id];

/** The row checks on one row (index = its place in the document). */
export function checkRow(
  row: QaRow,
  index: number,
  ctx: QaContext,
  settings?: QaSettings,
): Finding[] {
  const out: Finding[] = [];
  for (const [id, check] of ROW_CHECKS) {
    if (!isEnabled(id, settings)) continue;
    for (const hit of check(row, ctx)) {
      out.push({
        row: index,
        rowId: row.id,
        check: id,
        severity: severityOf(id, settings),
        ...hit,
      });
    }
    if (out.length && ALONE.includes(id)) return out;
  }
  return out;
}

export interface CheckOptions {
  settings?: QaSettings;
  /** More document checks, e.g. the termbase's `term` check; their findings obey settings too. */
  extra?: DocumentCheck[];
  /** Called every few hundred rows and at the end with (rows done, all rows). */
  onProgress?: (done: number, total: number) => void;
}

/** Every check on every row, then the document checks; findings in row order. */
export function checkDocument(
  rows: readonly QaRow[],
  ctx: QaContext,
  options: CheckOptions = {},
): Finding[] {
  const { settings, extra = [], onProgress } = options;
  const out: Finding[] = [];
  rows.forEach((row, i) => {
    const here = quoteContext(rows, i, ctx);
    out.push(...checkRow(row, i, here, settings));
    if (onProgress && i % 500 === 499) onProgress(i + 1, rows.length);
  });
  for (const f of consistency(rows, ctx)) {
    if (isEnabled(f.check, settings)) out.push({ ...f, severity: severityOf(f.check, settings) });
  }
  for (const check of extra) {
    for (const f of check(rows, ctx)) {
      // The checker's own severity stands (term: a forbidden term is an error, a missing one a
      // warning) unless the user chose one for the check.
      const severity = settings?.severity?.[f.check] ?? f.severity;
      if (isEnabled(f.check, settings)) out.push({ ...f, severity });
    }
  }
  onProgress?.(rows.length, rows.length);
  // Stable: row order, and within a row the order of the checks.
  return out
    .map((f, k) => ({ f, k }))
    .sort((a, b) => a.f.row - b.f.row || a.k - b.k)
    .map((x) => x.f);
}
