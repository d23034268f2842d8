import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { termCheck, type TermEntry } from '../../../src/core/terms/index.js';

const TB: TermEntry[] = [
  {
    id: 'a',
    terms: {
      'zh-Hans': [{ text: '开源', status: 'preferred' }],
      en: [
        { text: 'open source', status: 'preferred' },
        { text: 'open-source software', status: 'admitted' },
        { text: 'free software', status: 'forbidden' },
      ],
    },
  },
  {
    id: 'b',
    terms: {
      'zh-Hans': [{ text: '峰会', status: 'preferred' }],
      en: [{ text: 'summit', status: 'preferred' }],
    },
  },
  { id: 'c', terms: { 'zh-Hans': [{ text: '只有中文', status: 'preferred' }] } },
  {
    id: 'e',
    terms: {
      'zh-Hans': [{ text: '美国', status: 'preferred' }],
      en: [
        { text: 'United States', status: 'preferred' },
        { text: 'US', status: 'forbidden' },
      ],
    },
  },
  {
    id: 'd',
    terms: {
      'zh-Hans': [{ text: '部署', status: 'preferred' }],
      en: [{ text: 'deploy', status: 'preferred' }],
    },
  },
  {
    id: 'f',
    terms: {
      'zh-Hans': [{ text: '中国', status: 'preferred' }],
      en: [{ text: 'China', status: 'preferred' }],
    },
  },
  {
    id: 'g',
    terms: {
      'zh-Hans': [
        { text: '人才', status: 'preferred' },
        { text: '人材', status: 'forbidden' },
      ],
      en: [{ text: 'talent', status: 'preferred' }],
    },
  },
  {
    id: 'u',
    terms: {
      'zh-Hans': [{ text: '用户指南', status: 'preferred' }],
      en: [{ text: 'user guide', status: 'preferred' }],
    },
  },
  // A British client's style: one spelling preferred, the American one forbidden.
  {
    id: 'h',
    terms: {
      'zh-Hans': [{ text: '本地化', status: 'preferred' }],
      en: [
        { text: 'localisation', status: 'preferred' },
        { text: 'localization', status: 'forbidden' },
      ],
    },
  },
];

describe('terms: the QA term check', () => {
  const check = termCheck(TB, 'zh-Hans', 'en');
  // source, target, expected [severity, params] per finding
  const CASES: [string, string, [string, Record<string, string>][]][] = [
    ['开源峰会', 'The Open Source Summits', []],
    ['开源', 'Open-source software rocks', []],
    [
      '开源',
      'Libre code',
      [['warning', { source: '开源', target: 'open source / open-source software' }]],
    ],
    [
      '开源',
      'Free software',
      [
        ['error', { reason: 'forbidden', target: 'Free software' }],
        ['warning', { source: '开源', target: 'open source / open-source software' }],
      ],
    ],
    [
      '峰会',
      'free  software summit',
      [['error', { reason: 'forbidden', target: 'free  software' }]],
    ],
    ['峰会', '', []],
    // A forbidden acronym is an error written in capitals, not the word "us".
    ['请告诉我们。', 'Tell us.', []],
    [
      '美国市场',
      'The US market',
      [
        ['error', { reason: 'forbidden', target: 'US' }],
        ['warning', { source: '美国', target: 'United States' }],
      ],
    ],
    // …and US is not U.S. here: a style guide may forbid one and allow the other.
    ['美国市场', 'The U.S. market, the United States', []],
    // A translation inflects the term's verb: the term is there (no false warning).
    ['我们已部署该服务。', 'We have deployed the service.', []],
    ['正在部署', 'Deploying…', []],
    ['部署', 'The deployment', [['warning', { source: '部署', target: 'deploy' }]]],
    ['只有中文', 'Chinese only', []],
    // 发展中国家 is 发展中 + 国家 (developing countries): no 中国 there, so no China expected.
    ['发展中国家需要资金。', 'Developing countries need funds.', []],
    [
      '中国发展很快。',
      'The country grows fast.',
      [['warning', { source: '中国', target: 'China' }]],
    ],
    ['无', 'nothing', []],
    // A possessive is an inflection too: the term is there.
    ['请阅读用户指南。', "Read the user's guide.", []],
    ['请阅读用户指南。', 'Read the users’ guide.', []],
    // The spelling a termbase asks for is the one checked; its inflections still count.
    ['本地化很重要。', 'Localisation matters.', []],
    ['本地化很重要。', 'Both localisations matter.', []],
    [
      '本地化很重要。',
      'Localization matters.',
      [
        ['error', { reason: 'forbidden', target: 'Localization' }],
        ['warning', { source: '本地化', target: 'localisation' }],
      ],
    ],
  ];
  for (const [source, target, want] of CASES)
    it(`${source} → ${JSON.stringify(target)}`, () => {
      const got = check([{ id: 'r', source, target }]);
      assert.deepEqual(
        got.map((f) => [f.severity, f.params]),
        want,
      );
      for (const f of got) {
        assert.equal(f.check, 'term');
        assert.equal(f.rowId, 'r');
      }
    });

  it('finds a forbidden Chinese term only where it keeps to the words of the target', () => {
    const enZh = termCheck(TB, 'en', 'zh-Hans');
    const got = (target: string) =>
      enZh([{ id: 'r', source: 'China', target }]).map((f) => [f.severity, f.params]);
    // 个人 + 材料 (personal documents): no 人材 in it.
    assert.deepEqual(got('中国：请提交个人材料。'), []);
    assert.deepEqual(got('中国缺少人材。'), [['error', { reason: 'forbidden', target: '人材' }]]);
  });

  it('expects the translation of the term the source writes when two share a key', () => {
    const check = termCheck(
      [
        {
          id: 'b1',
          terms: {
            en: [{ text: 'build', status: 'preferred' }],
            'zh-Hans': [{ text: '构建', status: 'preferred' }],
          },
        },
        {
          id: 'b2',
          terms: {
            en: [{ text: 'building', status: 'preferred' }],
            'zh-Hans': [{ text: '建筑', status: 'preferred' }],
          },
        },
      ],
      'en',
      'zh-Hans',
    );
    const got = (source: string, target: string) =>
      check([{ id: 'r', source, target }]).map((f) => f.params);
    assert.deepEqual(got('Run the build', '运行建筑'), [{ source: 'build', target: '构建' }]);
    assert.deepEqual(got('Run the build', '运行构建'), []);
    assert.deepEqual(got('The building', '这栋建筑'), []);
  });

  it('numbers findings by row and places forbidden terms in the target', () => {
    const got = check([
      { id: 'x', source: '无', target: 'ok' },
      { id: 'y', source: '开源', target: 'so free software' },
    ]);
    assert.deepEqual(
      got.map((f) => [f.row, f.rowId, f.span]),
      [
        [1, 'y', [3, 16]],
        [1, 'y', undefined],
      ],
    );
  });
});
