// The words of an LQA issue in the UI language (strings in locales/<lang>/more/lqa.json, loaded
// with the feature by loadStrings('lqa')). Category ids hold dots, which are i18next's key
// separator, so `accuracy.omission` is found under `lqa.cat.accuracy_omission`.
import { SEVERITY_POINTS, type Issue, type Severity } from '../../core/lqa-model.js';
import { i18n, t } from '../../i18n/index.js';

export const categoryLabel = (id: string): string => t(`lqa.cat.${id.replace('.', '_')}`);
export const severityLabel = (s: Severity): string => t(`lqa.sev.${s}`);

/** "Terminology · Major". */
export const issueChip = (i: Issue): string =>
  t('lqa.chip', { category: categoryLabel(i.category), severity: severityLabel(i.severity) });

/** The chip's title: what it is and what it costs. */
export const issueTitle = (i: Issue): string =>
  t('lqa.issueTitle', {
    category: categoryLabel(i.category),
    severity: severityLabel(i.severity),
    points: SEVERITY_POINTS[i.severity],
  });

/** A figure in the UI language; points per 1,000 words to one decimal. */
export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? new Intl.NumberFormat(i18n.language, {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(n)
    : '∞';
