// What a match's target becomes in this row: numbers adjusted when they are the only difference
// (memoQ and Trados call it auto-propagation of numbers), and inline codes mapped to the row's.
import type { InlineCode } from '../model.js';
import { findNumbers, plainValue, sayValue, type NumberMention } from '../numbers/index.js';
import { normalizeSpaces } from './tokens.js';

export interface Adjusted {
  target: string;
  /** True when at least one number of the target was replaced. */
  adjusted: boolean;
}

const HOLE = '\u0000';

/** The text with every number as one hole: equal skeletons differ only in numbers. */
function skeleton(text: string, numbers: NumberMention[]): string {
  let out = '';
  let at = 0;
  for (const n of numbers) {
    out += text.slice(at, n.start) + HOLE;
    at = n.end;
  }
  return normalizeSpaces(out + text.slice(at));
}

const sameParts = (a: NumberMention, b: NumberMention) =>
  a.parts.length === b.parts.length && a.parts.every((v, i) => v === b.parts[i]);

/** The new number as the target writes numbers: its scale word if it has one, else digits. */
function written(query: NumberMention, old: NumberMention): string {
  if (old.scale) return sayValue(query.value, old.scale);
  // Digits as the query wrote them (1,800 stays 1,800); anything else (第3, 三) as plain digits.
  return /^[\d０-９][\d０-９,.]*$/.test(query.text) ? query.text : plainValue(query.value);
}

/**
 * The match's target with its numbers replaced by the query's, when the match's source and the
 * query differ in numbers only (by value, in any script: 10, 十, 1.2亿). Undefined when they
 * differ otherwise, or when a changed number of the source cannot be found in the target.
 */
export function adjustNumbers(
  query: string,
  match: { source: string; target: string },
): Adjusted | undefined {
  const qn = findNumbers(query);
  const sn = findNumbers(match.source);
  if (qn.length !== sn.length || skeleton(query, qn) !== skeleton(match.source, sn))
    return undefined;
  const changes: [NumberMention, NumberMention][] = [];
  for (let i = 0; i < qn.length; i++) {
    const q = qn[i] as NumberMention;
    const s = sn[i] as NumberMention;
    if (sameParts(q, s)) continue;
    // A date or range that changed is more than a number to replace.
    if (q.parts.length !== 1 || s.parts.length !== 1) return undefined;
    changes.push([s, q]);
  }
  if (changes.length === 0) return { target: match.target, adjusted: false };
  const tn = findNumbers(match.target);
  const used = new Set<NumberMention>();
  const edits: [NumberMention, string][] = [];
  for (const [s, q] of changes) {
    const t = tn.find((m) => !used.has(m) && m.parts.length === 1 && m.value === s.value);
    if (!t) return undefined;
    used.add(t);
    edits.push([t, written(q, t)]);
  }
  edits.sort((a, b) => b[0].start - a[0].start);
  let target = match.target;
  for (const [t, text] of edits) target = target.slice(0, t.start) + text + target.slice(t.end);
  return { target, adjusted: true };
}

const PLACEHOLDER = /[\uE000-\uF8FF]/g;

export interface MappedCodes {
  /** The target with the match's codes replaced by this row's. */
  text: string;
  /** Codes of the match's target with no counterpart in the row: left out. */
  missing: number;
  /** The row's codes the text does not place (for the translator to place). */
  unplaced: string[];
}

const sameCode = (a: InlineCode | undefined, b: InlineCode | undefined) =>
  !!a && !!b && a.kind === b.kind && a.tag === b.tag && a.data === b.data;

/**
 * Maps the inline-code placeholders of a match's target (numbered in the match's code list) to
 * the row's (numbered in the row's list; see core/formats/inline-codes.ts). A code of the match's
 * source maps to the row's code of the same content when there is one, else to the row's code
 * at the same position among the codes of the source.
 */
export function mapCodes(
  match: { source: string; target: string; codes?: readonly InlineCode[] },
  row: { source: string; codes?: readonly InlineCode[] },
): MappedCodes {
  const ms = match.source.match(PLACEHOLDER) ?? [];
  const rs = row.source.match(PLACEHOLDER) ?? [];
  const code = (list: readonly InlineCode[] | undefined, ch: string) =>
    list?.[ch.charCodeAt(0) - 0xe000];
  const map = new Map<string, string>();
  const taken = new Set<string>();
  // Same content first, then by position for the rest.
  ms.forEach((m) => {
    const r = rs.find((x) => !taken.has(x) && sameCode(code(match.codes, m), code(row.codes, x)));
    if (r) {
      map.set(m, r);
      taken.add(r);
    }
  });
  ms.forEach((m, i) => {
    if (map.has(m)) return;
    const r = rs[i];
    if (r !== undefined && !taken.has(r)) {
      map.set(m, r);
      taken.add(r);
    }
  });
  let missing = 0;
  const placed = new Set<string>();
  const text = match.target.replace(PLACEHOLDER, (ch) => {
    const r = map.get(ch);
    if (r === undefined) {
      missing++;
      return '';
    }
    placed.add(r);
    return r;
  });
  return { text, missing, unplaced: rs.filter((r) => !placed.has(r)) };
}
