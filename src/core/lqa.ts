// Language quality assessment (LQA), as MateCat's revise and memoQ's LQA do it: a reviewer logs
// each problem as an issue with a category and a severity, and the document gets a quality score
// in penalty points per 1,000 words against a pass threshold.
//
// The categories and severities (with their MQM weights) are in lqa-model.ts.
import type { ReviewComment, Segment } from './model.js';
import { countAll } from './progress.js';
import {
  isIssue,
  SEVERITY_POINTS,
  TOP_CATEGORIES,
  topOf,
  type Issue,
  type Severity,
  type TopCategory,
} from './lqa-model.js';

export * from './lqa-model.js';

/**
 * How many English words a Han character counts as. MQM counts words and Chinese has none; ISO 5060
 * allows a character count instead, but a score per 1,000 *characters* would be 1.6 times lower
 * than one per 1,000 words for the same errors. Translation buyers convert at 1,000 Chinese
 * characters ≈ 600–700 English words, so a character counts 0.6 of a word and the threshold means
 * the same in both directions.
 */
export const HAN_CHAR_WORDS = 0.6;

/** Penalty points per 1,000 words at or below which a document passes (see README, LQA). */
export const DEFAULT_THRESHOLD = 10;

export interface LqaOptions {
  threshold?: number;
}

export type Counts = Record<Severity, number>;

export interface LqaScore {
  /** The evaluation word count: the source's words plus its Han characters × HAN_CHAR_WORDS. */
  words: number;
  sourceWords: number;
  sourceChars: number;
  /** Issues counted (open and resolved; never withdrawn). */
  issues: number;
  /** Issues withdrawn by their reviewer: listed, not counted. */
  withdrawn: number;
  points: number;
  /** Points per 1,000 words; 0 for an empty document without issues. */
  perThousand: number;
  threshold: number;
  pass: boolean;
  bySeverity: Counts;
  /** Issues by top-level category and severity. */
  byCategory: Record<TopCategory, Counts>;
  pointsByCategory: Record<TopCategory, number>;
}

const zero = (): Counts => ({ minor: 0, major: 0, critical: 0 });

/** The comments of a row that are issues and count: every one with an issue, not withdrawn. */
export const countedIssues = (comments: readonly ReviewComment[] | undefined) =>
  (comments ?? []).filter(
    (c): c is ReviewComment & { issue: Issue } => isIssue(c.issue) && !c.withdrawn,
  );

/**
 * The quality score of a document's rows. An issue resolved still counts — it was an error the
 * translator made and the reviewer found; only an issue withdrawn (logged by mistake) does not.
 */
export function lqaScore(
  rows: readonly Pick<Segment, 'source' | 'target' | 'status' | 'comments'>[],
  opts: LqaOptions = {},
): LqaScore {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const counts = countAll(rows);
  const words = counts.sourceWords + counts.sourceChars * HAN_CHAR_WORDS;
  const bySeverity = zero();
  const byCategory = Object.fromEntries(TOP_CATEGORIES.map((c) => [c, zero()])) as Record<
    TopCategory,
    Counts
  >;
  const pointsByCategory = Object.fromEntries(TOP_CATEGORIES.map((c) => [c, 0])) as Record<
    TopCategory,
    number
  >;
  let issues = 0;
  let withdrawn = 0;
  let points = 0;
  for (const r of rows)
    for (const c of r.comments ?? []) {
      if (!isIssue(c.issue)) continue;
      if (c.withdrawn) {
        withdrawn++;
        continue;
      }
      const { severity } = c.issue;
      const top = topOf(c.issue.category);
      const p = SEVERITY_POINTS[severity];
      issues++;
      points += p;
      bySeverity[severity]++;
      byCategory[top][severity]++;
      pointsByCategory[top] += p;
    }
  const perThousand = words > 0 ? (points * 1000) / words : points > 0 ? Infinity : 0;
  return {
    words,
    sourceWords: counts.sourceWords,
    sourceChars: counts.sourceChars,
    issues,
    withdrawn,
    points,
    perThousand,
    threshold,
    pass: perThousand <= threshold,
    bySeverity,
    byCategory,
    pointsByCategory,
  };
}
