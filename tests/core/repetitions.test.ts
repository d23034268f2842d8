import { expect } from '@open-wc/testing';
import {
  repetitionKey,
  repetitionsToFill,
  type RepetitionRow,
} from '../../src/core/repetitions.js';
import type { Status } from '../../src/core/model.js';

const row = (
  id: string,
  source: string,
  target = '',
  status: Status = 'new',
  codes?: RepetitionRow['codes'],
): RepetitionRow => ({ id, source, target, status, codes });

describe('core/repetitions', () => {
  describe('repetitionKey', () => {
    // a, b, same sentence?
    const table: [string, RepetitionRow, RepetitionRow, boolean][] = [
      ['identical', row('a', '点击确定。'), row('b', '点击确定。'), true],
      ['spacing aside', row('a', ' Click  OK. '), row('b', 'Click OK.'), true],
      ['a tab or newline is spacing', row('a', 'Click\tOK.'), row('b', 'Click\nOK.'), true],
      ['composed and decomposed é', row('a', 'café'), row('b', 'cafe\u0301'), true],
      ['case matters', row('a', 'Click OK.'), row('b', 'click OK.'), false],
      ['punctuation matters', row('a', '点击确定。'), row('b', '点击确定！'), false],
      ['full and half width are different text', row('a', '第1步'), row('b', '第１步'), false],
      [
        'the same codes',
        row('a', 'Press \uE000OK\uE001.', '', 'new', [
          { kind: 'open', data: '<b>' },
          { kind: 'close', data: '</b>' },
        ]),
        row('b', 'Press \uE000OK\uE001.', '', 'new', [
          { kind: 'open', data: '<b>' },
          { kind: 'close', data: '</b>' },
        ]),
        true,
      ],
      [
        'other codes in the same place',
        row('a', 'Press \uE000OK\uE001.', '', 'new', [
          { kind: 'open', data: '<b>' },
          { kind: 'close', data: '</b>' },
        ]),
        row('b', 'Press \uE000OK\uE001.', '', 'new', [
          { kind: 'open', data: '<a href="x">' },
          { kind: 'close', data: '</a>' },
        ]),
        false,
      ],
      [
        'codes against none',
        row('a', 'OK', '', 'new', [{ kind: 'standalone', data: '<br/>' }]),
        row('b', 'OK'),
        false,
      ],
    ];
    for (const [name, a, b, same] of table) {
      it(name, () => expect(repetitionKey(a) === repetitionKey(b)).to.equal(same));
    }
  });

  describe('repetitionsToFill', () => {
    const confirmed = row('c', '点击确定。', 'Click OK.', 'translated');
    // rows, from, ids filled
    const table: [string, RepetitionRow[], RepetitionRow, string[]][] = [
      [
        'untouched repetitions, in order',
        [row('x', '点击确定。'), confirmed, row('y', '点击确定。')],
        confirmed,
        ['x', 'y'],
      ],
      ['never the row itself', [confirmed], confirmed, []],
      ['other sentences stay', [row('x', '点击取消。'), row('y', '点击确定')], confirmed, []],
      ['a draft is kept', [row('x', '点击确定。', 'Press OK', 'draft')], confirmed, []],
      ['typed text in a new row is kept', [row('x', '点击确定。', 'Pr', 'new')], confirmed, []],
      ['a rejected row is kept', [row('x', '点击确定。', '', 'rejected')], confirmed, []],
      ['a confirmed row is kept', [row('x', '点击确定。', 'OK.', 'translated')], confirmed, []],
      ['white space alone is no translation', [row('x', '点击确定。', '  ')], confirmed, ['x']],
      [
        'nothing from an empty translation',
        [row('x', '点击确定。')],
        row('c', '点击确定。', ' ', 'translated'),
        [],
      ],
      [
        'nothing from an empty source',
        [row('x', '', '', 'new')],
        row('c', '', 'x', 'translated'),
        [],
      ],
    ];
    for (const [name, rows, from, ids] of table) {
      it(name, () => expect(repetitionsToFill(rows, from)).to.deep.equal(ids));
    }
  });
});
