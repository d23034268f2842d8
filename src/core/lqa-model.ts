// The LQA issue model: categories (MQM-Core's dimensions, cut down to MateCat's revise set plus
// locale conventions, which matter between Chinese and English: 万/亿 against thousands/millions,
// 2026年12月1日 against 1 December 2026, units) and severities with their penalty points, MQM's
// customary weights (themqm.org, "The MQM Scoring Models": Minor 1, Major 5, Critical 10 in the
// reference scorecard; some profiles use 25 for Critical). Apart from the score (lqa.ts) so the
// store's checks, which every visit loads, do not carry the scoring.
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
