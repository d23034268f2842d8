// The review report's words follow the UI language, the list of a change's kinds too: "数字、文字"
// in Chinese, never the English ", " between Chinese words.
import { expect } from '@open-wc/testing';
import { compareRows, reviewReportCsv } from '../../../src/core/diff/index.js';
import { snapshotOf } from '../../../src/core/review.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { reportLabels } from '../../../src/ui/review/review-labels.js';
import { before as older } from './review-fixtures.js';

// Monday became Tuesday and a word was added: a number and a text change in one row.
const a = { ...older[0]!, target: '峰会于周一在北京开幕。' };
const b = { ...a, target: '峰会于周二在北京隆重开幕。' };
const c = compareRows([snapshotOf(a)], [snapshotOf(b)], {
  sourceLang: 'en',
  targetLang: 'zh-Hans',
});

describe('review report labels', () => {
  for (const [lang, kinds] of [
    ['en', 'number, text'],
    ['zh-CN', '数字、文字'],
  ] as const) {
    it(`list a change's kinds as the language does (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const csv = reviewReportCsv(c, { labels: reportLabels() });
      const row = csv.split(/\r?\n/u)[1]!;
      expect(row).to.contain(kinds.includes(',') ? `"${kinds}"` : kinds);
    });
  }
});
