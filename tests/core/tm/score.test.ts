import { expect } from '@open-wc/testing';
import { boundedDistance, matchScore, tmTokens } from '../../../src/core/tm/index.js';

describe('core/tm/score: one match score for every search', () => {
  // [name, a, b, lang, expected score]
  const cases: [string, string, string, 'zh' | 'en', number][] = [
    [
      'the same Chinese sentence',
      '这家公司去年发布了年度财务报告。',
      '这家公司去年发布了年度财务报告。',
      'zh',
      100,
    ],
    [
      'whitespace is no difference',
      'The company  published it. ',
      'The company published it.',
      'en',
      100,
    ],
    ['a number only: just under 100', '价格为10元。', '价格为12元。', 'zh', 99],
    ['two numbers: 98', '第3条第4款', '第5条第6款', 'zh', 98],
    [
      'punctuation only',
      '这家公司去年发布了年度财务报告。',
      '这家公司去年发布了年度财务报告',
      'zh',
      99,
    ],
    ['full-width against half-width punctuation', '你好，世界', '你好,世界', 'zh', 99],
    [
      'a typographic apostrophe against a typed one',
      "The user's guide, don't.",
      'The user’s guide, don’t.',
      'en',
      99,
    ],
    [
      'full-width Latin letters against half-width ones',
      '请下载ＰＤＦ文件。',
      '请下载PDF文件。',
      'zh',
      99,
    ],
    [
      'a decomposed accent against a composed one',
      'The café is open.',
      'The cafe\u0301 is open.',
      'en',
      99,
    ],
    [
      'case only',
      'The company published its report.',
      'the company published its report.',
      'en',
      99,
    ],
    ['an inline code only', 'Click \uE000Save\uE001 now.', 'Click Save now.', 'en', 98],
    ['a moved code', 'Click \uE000Save now.', 'Click Save \uE000now.', 'en', 99],
    ['number and punctuation together', 'Page 3.', 'Page 4!', 'en', 98],
    // 15 characters, one substituted: floor(100 × 14/15) = 93.
    [
      'one Chinese character of 15',
      '这家公司去年发布了年度财务报告。',
      '这家公司今年发布了年度财务报告。',
      'zh',
      93,
    ],
    // 6 words, two substituted: floor(100 × 4/6) = 66.
    [
      'English counts words, not letters',
      'The company published its annual report.',
      'The firm published its yearly report.',
      'en',
      66,
    ],
    // One word inserted into 6: floor(100 × 6/7) = 85.
    [
      'an inserted word',
      'The company published its report today.',
      'The company quietly published its report today.',
      'en',
      85,
    ],
    ['nothing in common', '今天天气很好', 'Completely different words', 'zh', 0],
    ['a Latin word inside Chinese is one token', '使用Excel导出', '使用Word导出', 'zh', 80],
    ['a unit glued to its number or not', 'Download 100MB now.', 'Download 100 MB now.', 'en', 99],
    ['a model number changed: a number only', 'Use an MP3 player.', 'Use an MP4 player.', 'en', 99],
    [
      'an abbreviation with points or without',
      'Sold in the U.S. market.',
      'Sold in the US market.',
      'en',
      99,
    ],
    ['an abbreviation at the end', 'Made in the U.K.', 'Made in the UK.', 'en', 99],
    ['Ph.D. and PhD', 'She holds a Ph.D. degree.', 'She holds a PhD degree.', 'en', 99],
    [
      'a short compound hyphenated or not',
      'Send an e-mail over Wi-Fi.',
      'Send an email over WiFi.',
      'en',
      99,
    ],
    // A longer compound is its words, hyphenated or written apart.
    ['open-source and open source', 'An open-source tool.', 'An open source tool.', 'en', 99],
    ['up-to-date and up to date', 'Keep it up-to-date.', 'Keep it up to date.', 'en', 99],
    ['empty against text', '', '你好', 'zh', 0],
    ['both empty', '', '', 'zh', 100],
  ];
  for (const [name, a, b, lang, expected] of cases) {
    it(name, () => {
      expect(matchScore(a, b, lang)).to.equal(expected);
      expect(matchScore(b, a, lang), 'symmetric').to.equal(expected);
    });
  }

  it('never gives 100 to two different texts', () => {
    for (const [a, b] of [
      ['abc', 'abc\u200B'],
      ['价格', '价格。'],
      ['A', 'a'],
    ] as const)
      expect(matchScore(a, b, 'en')).to.be.below(100);
  });

  // [text, tokens as kind:text]
  const tokens: [string, string[]][] = [
    ["don't 3.5 1,800", ["word:don't", 'number:3.5', 'number:1,800']],
    ['你好,A4纸', ['han:你', 'han:好', 'punct:,', 'word:A', 'number:4', 'han:纸']],
    ['1,800km 3.5kg', ['number:1,800', 'word:km', 'number:3.5', 'word:kg']],
    ['x\uE000y', ['word:x', 'code:\uE000', 'word:y']],
    ['𠀀！', ['han:𠀀', 'punct:！']],
    ['end.', ['word:end', 'punct:.']],
    [
      'U.S. e.g. Ph.D. a.m.',
      ['word:U.S', 'punct:.', 'word:e.g', 'punct:.', 'word:Ph.D', 'punct:.', 'word:a.m', 'punct:.'],
    ],
    // Two words of more than one letter are not an abbreviation (a missing space, a file name).
    ['end.The node.js', ['word:end', 'punct:.', 'word:The', 'word:node', 'punct:.', 'word:js']],
    ['No.5', ['word:No', 'punct:.', 'number:5']],
    ['e-mail Wi-Fi X-ray co-op', ['word:e-mail', 'word:Wi-Fi', 'word:X-ray', 'word:co-op']],
    ['连接Wi-Fi网络', ['han:连', 'han:接', 'word:Wi-Fi', 'han:网', 'han:络']],
    [
      'open-source up-to-date A-4 x-ray-based',
      [
        'word:open',
        'punct:-',
        'word:source',
        'word:up',
        'punct:-',
        'word:to',
        'punct:-',
        'word:date',
        'word:A',
        'punct:-',
        'number:4',
        'word:x',
        'punct:-',
        'word:ray',
        'punct:-',
        'word:based',
      ],
    ],
  ];
  for (const [text, expected] of tokens) {
    it(`tokens of ${JSON.stringify(text)}`, () => {
      expect(tmTokens(text).map((t) => `${t.kind}:${t.text}`)).to.deep.equal(expected);
    });
  }

  // [a, b, max, expected]: above max it answers max + 1.
  const distances: [number[], number[], number, number][] = [
    [[1, 2, 3], [1, 2, 3], 5, 0],
    [[1, 2, 3], [1, 4, 3], 5, 1],
    [[1, 2, 3, 4], [2, 3, 4, 5], 5, 2],
    [[1, 2, 3, 4], [5, 6, 7, 8], 2, 3],
    [[], [1, 2], 5, 2],
    [[1, 2, 3, 4, 5, 6], [1], 2, 3],
  ];
  for (const [a, b, max, expected] of distances) {
    it(`distance ${a}→${b} (max ${max}) is ${expected}`, () => {
      expect(boundedDistance(Int32Array.from(a), Int32Array.from(b), max)).to.equal(expected);
    });
  }
});
