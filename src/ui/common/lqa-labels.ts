// The words (and the chip's looks) of an LQA issue in the UI language (strings in locales/<lang>/more/lqa.json, loaded
// with the feature by loadStrings('lqa')). Category ids hold dots, which are i18next's key
// separator, so `accuracy.omission` is found under `lqa.cat.accuracy_omission`.
import { css } from 'lit';
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
/** A threshold as set: 10 or 10.5 (a project may set halves), never rounded to a whole. */
export const fmtThreshold = (n: number): string => fmt(n, Number.isInteger(n) ? 0 : 1);

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? new Intl.NumberFormat(i18n.language, {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      }).format(n)
    : '∞';

/** An issue's chip: a small bordered label, tinted by severity, struck through when withdrawn. */
export const issueChipStyles = css`
  .issue {
    display: inline-block;
    margin-right: 0.3rem;
    padding: 0 0.35rem;
    border-radius: var(--bt-radius);
    border: 1px solid var(--bt-border-strong);
    background: var(--bt-surface);
    color: var(--bt-text);
    font-size: 0.78rem;
    font-weight: 600;
  }
  .issue.major {
    border-color: var(--bt-warning-border);
    background: var(--bt-warning-soft);
  }
  .issue.critical {
    border-color: var(--bt-danger);
    background: var(--bt-danger-soft);
  }
  .issue.withdrawn {
    text-decoration: line-through;
    font-weight: normal;
    background: var(--bt-surface-2);
    border-color: var(--bt-border-muted);
  }
`;
