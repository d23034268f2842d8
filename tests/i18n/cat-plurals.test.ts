// Counts in the TM, QA and review strings take their plural forms: "1 warning", "1 unit added",
// never "1 warnings" (English), and the Chinese strings say the same with their measure words.
import { expect } from '@open-wc/testing';
import { initI18n, loadAllStrings, t } from '../../src/i18n/index.js';

const cases: [string, Record<string, unknown>, string, string][] = [
  [
    'qaPanel.badgeTip',
    { n: 4, errors: 1, warnings: 0 },
    'Quality checks: 1 error and 0 warnings in row 4',
    '质量检查：第 4 行有 1 个错误、0 个警告',
  ],
  [
    'qaPanel.badgeTip',
    { n: 2, errors: 2, warnings: 1 },
    'Quality checks: 2 errors and 1 warning in row 2',
    '质量检查：第 2 行有 2 个错误、1 个警告',
  ],
  [
    'review.summary.target',
    { insChars: 1, insWords: 1, delChars: 11, delWords: 0 },
    'Translation: 1 Chinese character / 1 word inserted, 11 Chinese characters / 0 words deleted',
    '译文：插入 1 个汉字 / 1 个词，删除 11 个汉字 / 0 个词',
  ],
  [
    'memory.pretranslated',
    { count: 1, filled: 1, context: 0, exact: 1, fuzzy: 0, left: 1 },
    'Pre-translated 1 row: 0 at 101 %, 1 at 100 %, 0 fuzzy (drafts, score in the note); 1 empty row had no match.',
    '已预翻译 1 行：101 % 匹配 0 行，100 % 匹配 1 行，模糊匹配 0 行（草稿，分数写在备注中）；1 个空行没有匹配。',
  ],
  [
    'memory.import.done',
    {
      file: 'a.tmx',
      tm: 'Big',
      seconds: '0.6',
      added: 40210,
      duplicates: 1,
      empty: '0',
      unconfirmed: '0',
    },
    'Imported a.tmx into “Big” in 0.6 s: 40,210 units added, 1 duplicate kept once (the newest), 0 without a translation skipped, 0 unconfirmed skipped.',
    '已将 a.tmx 导入“Big”，用时 0.6 秒：新增 40,210 个单元，1 个重复单元只保留一个（最新的），跳过 0 个无译文单元和 0 个未确认单元。',
  ],
];

describe('plural forms of the CAT strings (TM, QA, review)', () => {
  for (const [i, lang] of (['en', 'zh-CN'] as const).entries()) {
    it(`counts read right in ${lang}`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      for (const c of cases) expect(t(c[0], c[1]), c[0]).to.equal(c[2 + i]);
    });
  }
});
