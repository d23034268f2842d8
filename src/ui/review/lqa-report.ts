// The quality score (LQA) worded for the review report, in the UI language.
import type { ReportQuality } from '../../core/diff/index.js';
import { lqaScore, SEVERITIES, TOP_CATEGORIES } from '../../core/lqa.js';
import type { Segment } from '../../core/model.js';
import { t } from '../../i18n/index.js';
import { categoryLabel, fmt, fmtThreshold, severityLabel } from '../common/lqa-labels.js';

export function qualityForReport(segments: readonly Segment[], threshold?: number): ReportQuality {
  const s = lqaScore(segments, { threshold });
  const verdict = s.pass ? t('lqa.summary.pass') : t('lqa.summary.fail');
  return {
    title: t('lqa.summary.title'),
    figures: [
      [t('lqa.summary.words'), fmt(s.words)],
      [t('lqa.summary.penalty'), fmt(s.points)],
      [t('lqa.summary.perThousand'), fmt(s.perThousand, 1)],
      [t('lqa.summary.threshold'), fmt(s.threshold, 1)],
      [t('lqa.summary.result'), verdict],
    ],
    table: [
      [t('lqa.summary.category'), ...SEVERITIES.map(severityLabel), t('lqa.summary.points')],
      ...TOP_CATEGORIES.map((c) => [
        categoryLabel(c),
        ...SEVERITIES.map((v) => fmt(s.byCategory[c][v])),
        fmt(s.pointsByCategory[c]),
      ]),
      [t('lqa.summary.total'), ...SEVERITIES.map((v) => fmt(s.bySeverity[v])), fmt(s.points)],
    ],
    note: t('lqa.summary.how', {
      words: fmt(s.sourceWords),
      chars: fmt(s.sourceChars),
      threshold: fmtThreshold(s.threshold),
    }),
  };
}
