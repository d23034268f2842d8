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
    // A translation inflects the term's verb: the term is there (no false warning).
    ['我们已部署该服务。', 'We have deployed the service.', []],
    ['正在部署', 'Deploying…', []],
    ['部署', 'The deployment', [['warning', { source: '部署', target: 'deploy' }]]],
    ['只有中文', 'Chinese only', []],
    ['无', 'nothing', []],
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
