import { expect } from '@open-wc/testing';
import { adjustNumbers, mapCodes } from '../../../src/core/tm/adjust.js';
import type { InlineCode } from '../../../src/core/model.js';

describe('core/tm/adjust: numbers and inline codes of a match', () => {
  // [name, query, match source, match target, expected target (undefined: not adjustable), adjusted]
  const cases: [string, string, string, string, string | undefined, boolean][] = [
    [
      'one number',
      '价格为12元。',
      '价格为10元。',
      'The price is 10 yuan.',
      'The price is 12 yuan.',
      true,
    ],
    [
      'two numbers, swapped order in the target',
      '第3章第5节',
      '第1章第2节',
      'Section 2 of chapter 1',
      'Section 5 of chapter 3',
      true,
    ],
    ['a Chinese numeral in the source', '三个苹果', '五个苹果', '5 apples', '3 apples', true],
    [
      'the target says it with a scale',
      '收入2亿元。',
      '收入1.2亿元。',
      '收入1.2亿元。',
      '收入2亿元。',
      true,
    ],
    [
      'English to Chinese with 万',
      'Revenue was 30,000 yuan.',
      'Revenue was 20,000 yuan.',
      '收入为2万元。',
      '收入为3万元。',
      true,
    ],
    [
      'the same numbers: nothing to adjust',
      '价格为10元。',
      '价格为10元。',
      'The price is 10 yuan.',
      'The price is 10 yuan.',
      false,
    ],
    [
      'a word differs too',
      '售价为12元。',
      '价格为10元。',
      'The price is 10 yuan.',
      undefined,
      false,
    ],
    [
      'the number is not in the target',
      '价格为12元。',
      '价格为10元。',
      'The price is ten yuan.',
      'The price is 12 yuan.',
      true,
    ],
    [
      'the number is really missing from the target',
      '价格为12元。',
      '价格为10元。',
      'It is cheap.',
      undefined,
      false,
    ],
    [
      'a number more in the query',
      '价格为10元或12元。',
      '价格为10元。',
      'The price is 10 yuan.',
      undefined,
      false,
    ],
  ];
  for (const [name, query, source, target, expected, adjusted] of cases) {
    it(name, () => {
      const r = adjustNumbers(query, { source, target });
      if (expected === undefined) expect(r).to.equal(undefined);
      else expect(r).to.deep.equal({ target: expected, adjusted });
    });
  }

  const b = (data: string): InlineCode => ({ kind: 'open', id: '1', tag: 'bpt', data });
  const e = (data: string): InlineCode => ({ kind: 'close', id: '1', tag: 'ept', data });
  // [name, match, row, expected]
  const codes: [
    string,
    Parameters<typeof mapCodes>[0],
    Parameters<typeof mapCodes>[1],
    ReturnType<typeof mapCodes>,
  ][] = [
    [
      'by position when the codes differ',
      { source: '\uE000你好\uE001', target: '\uE000Hello\uE001', codes: [b('<b>'), e('</b>')] },
      { source: '\uE000您好\uE001', codes: [b('<i>'), e('</i>')] },
      { text: '\uE000Hello\uE001', missing: 0, unplaced: [] },
    ],
    [
      'by content when the row has them in another order',
      { source: '\uE000a\uE001', target: '\uE001A\uE000', codes: [b('<b>'), b('<i>')] },
      { source: '\uE000a\uE001', codes: [b('<i>'), b('<b>')] },
      { text: '\uE000A\uE001', missing: 0, unplaced: [] },
    ],
    [
      'a code the row lacks is left out; a row code unused is reported',
      { source: '\uE000a\uE001b', target: 'A\uE000B\uE001', codes: [b('<b>'), e('</b>')] },
      { source: 'a\uE000b', codes: [b('<x/>')] },
      { text: 'A\uE000B', missing: 1, unplaced: [] },
    ],
    [
      'no codes in the match: the row codes wait to be placed',
      { source: 'ab', target: 'AB' },
      { source: '\uE000ab\uE001', codes: [b('<b>'), e('</b>')] },
      { text: 'AB', missing: 0, unplaced: ['\uE000', '\uE001'] },
    ],
  ];
  for (const [name, match, row, expected] of codes) {
    it(`codes: ${name}`, () => {
      expect(mapCodes(match, row)).to.deep.equal(expected);
    });
  }
});
