// Language quality assessment (LQA), as MateCat's revise and memoQ's LQA do it: a reviewer logs
// each problem as an issue with a category and a severity, and the document gets a quality score
// in penalty points per 1,000 words against a pass threshold.
//
// Categories follow MQM-Core's dimensions (themqm.org, "MQM-Core Error Typology"), cut down to the
// set MateCat's revise offers plus locale conventions, which matter between Chinese and English
// (numbers: 万/亿 against thousands/millions, dates: 2026年12月1日 against 1 December 2026, units).
// Severity weights are MQM's customary ones (themqm.org, "The MQM Scoring Models": Minor 1,
// Major 5, Critical 10 in the reference scorecard; some profiles use 25 for Critical).
import type { ReviewComment, Segment } from './model.js';
import { countAll } from './progress.js';

export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Penalty points per issue of each severity (MQM's customary weights). */
export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = {
  minor: 1,
  major: 5,
  critical: 10,
};

/** The top-level categories, in the order a scorecard lists them. */
export const TOP_CATEGORIES = [
  'accuracy',
  'terminology',
  'language',
  'style',
  'locale',
  'markup',
  'other',
] as const;
export type TopCategory = (typeof TOP_CATEGORIES)[number];

/** Subcategories of a top-level category (`accuracy.omission`); a top-level id is valid alone. */
export const SUBCATEGORIES: Readonly<Record<TopCategory, readonly string[]>> = {
  accuracy: ['mistranslation', 'omission', 'addition'],
  terminology: [],
  language: ['grammar', 'spelling', 'punctuation'],
  style: [],
  locale: ['numbers', 'dates', 'units'],
  markup: [],
  other: [],
};

/** Every category id an issue may carry: `accuracy`, `accuracy.omission`, …, `other`. */
export const CATEGORY_IDS: readonly string[] = TOP_CATEGORIES.flatMap((top) => [
  top,
  ...SUBCATEGORIES[top].map((sub) => `${top}.${sub}`),
]);

export interface Issue {
  /** One of CATEGORY_IDS. */
  category: string;
  severity: Severity;
}

export const isSeverity = (x: unknown): x is Severity => SEVERITIES.includes(x as Severity);
export const isCategory = (x: unknown): x is string =>
  typeof x === 'string' && CATEGORY_IDS.includes(x);

/** True for `{ category, severity }` of the model, nothing else. */
export function isIssue(x: unknown): x is Issue {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Partial<Issue>;
  return isCategory(i.category) && isSeverity(i.severity);
}

/** The top-level category of an id (`accuracy.omission` → `accuracy`). */
export const topOf = (category: string): TopCategory => {
  const top = category.split('.')[0] as TopCategory;
  return TOP_CATEGORIES.includes(top) ? top : 'other';
};

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
