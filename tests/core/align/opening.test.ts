import { expect } from '@open-wc/testing';
import { openingParagraphs } from '../../../src/core/align/opening.js';

describe('core/align/opening', () => {
  const cases: [string, string[][], number, string[][]][] = [
    ['nothing', [], 3, []],
    ['whole paragraphs up to the limit', [['a', 'b'], ['c'], ['d', 'e']], 3, [['a', 'b'], ['c']]],
    [
      'never a paragraph cut in two',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      3,
      [['a', 'b']],
    ],
    [
      'the first paragraph even when it is over',
      [['a', 'b', 'c', 'd'], ['e']],
      2,
      [['a', 'b', 'c', 'd']],
    ],
    ['everything when it is short', [['a'], ['b']], 10, [['a'], ['b']]],
  ];
  for (const [name, paras, max, want] of cases) {
    it(name, () => expect(openingParagraphs(paras, max)).to.deep.equal(want));
  }
});
