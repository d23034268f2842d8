import { expect } from '@open-wc/testing';
import {
  previousTranslation,
  propagation,
  repetitionKey,
  repetitionsToFill,
  type Fill,
  type RepetitionRow,
  type RowRevision,
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

  describe('propagation', () => {
    const save = (id: string, target: string, status: Status = 'translated') =>
      row(id, 'Save', target, status);
    const fill = (id: string, target: string): Fill => ({ id, target });
    // rows, confirmed rows, previous translations by id, fills
    const table: [string, RepetitionRow[], RepetitionRow[], [string, string][], Fill[]][] = [
      [
        'a draft still holding the previous translation gets the new one',
        [save('a', '存储'), save('x', '保存', 'draft'), row('y', 'Save')],
        [save('a', '存储')],
        [['a', '保存']],
        [fill('x', '存储'), fill('y', '存储')],
      ],
      [
        'an edited draft is kept',
        [save('a', '存储'), save('x', '保存文件', 'draft')],
        [save('a', '存储')],
        [['a', '保存']],
        [],
      ],
      [
        'the same text with other spacing is an edit',
        [save('a', '存储'), save('x', '保存 ', 'draft')],
        [save('a', '存储')],
        [['a', '保存']],
        [],
      ],
      [
        'a confirmed, rejected or new row with that text is kept',
        [
          save('a', '存储'),
          save('x', '保存'),
          save('y', '保存', 'rejected'),
          save('z', '保存', 'new'),
        ],
        [save('a', '存储')],
        [['a', '保存']],
        [],
      ],
      [
        'without a previous translation a draft is kept',
        [save('a', '存储'), save('x', '保存', 'draft')],
        [save('a', '存储')],
        [],
        [],
      ],
      [
        'an empty previous translation updates nothing',
        [save('a', '存储'), save('x', '', 'draft')],
        [save('a', '存储')],
        [['a', '']],
        [],
      ],
      [
        'another sentence holding the old text is kept',
        [save('a', '存储'), row('x', 'Store', '保存', 'draft')],
        [save('a', '存储')],
        [['a', '保存']],
        [],
      ],
      [
        'bulk: each sentence from its own confirmed row',
        [
          save('a', '保存'),
          row('b', 'Open', '打开', 'translated'),
          row('x', 'Open'),
          row('y', 'Save'),
        ],
        [save('a', '保存'), row('b', 'Open', '打开', 'translated')],
        [],
        [fill('x', '打开'), fill('y', '保存')],
      ],
      [
        'bulk: the first confirmed row in document order wins',
        [row('x', 'Save'), save('b', '储存'), save('a', '存储'), save('y', '保存', 'draft')],
        // given out of order: the document's order decides
        [save('a', '存储'), save('b', '储存')],
        [['a', '保存']],
        [fill('x', '储存'), fill('y', '储存')],
      ],
      [
        'bulk: a draft already saying what the winner says is not filled again',
        [save('a', '存储'), save('b', '保存'), save('x', '存储', 'draft')],
        [save('a', '存储'), save('b', '保存')],
        [
          ['a', '保存'],
          ['b', '存储'],
        ],
        [],
      ],
      [
        'bulk: confirmed rows are never filled by each other',
        [save('a', '存储'), save('b', '', 'new')],
        [save('a', '存储'), save('b', '', 'translated')],
        [],
        [],
      ],
    ];
    for (const [name, rows, from, previous, fills] of table) {
      it(name, () => expect(propagation(rows, from, new Map(previous))).to.deep.equal(fills));
    }
  });

  describe('previousTranslation', () => {
    let n = 0;
    // One operation's field changes: [field, before].
    const op = (...changes: [string, string][]): RowRevision[] => {
      const opId = `op${n++}`;
      return changes.map(([field, before]) => ({ opId, field, before }));
    };
    // The row now, its history newest first, the previous translation
    const table: [string, RepetitionRow, RowRevision[], string | undefined][] = [
      ['no history', row('a', 'Save', '存储', 'translated'), [], undefined],
      [
        'edited after a confirm, then confirmed again',
        row('a', 'Save', '存储', 'translated'),
        [
          ...op(['status', 'draft']), // this confirm
          ...op(['target', '存']), // typing, saved twice
          ...op(['target', '保存'], ['status', 'translated']), // the first edit of the confirmed row
          ...op(['status', 'draft']), // the first confirm
          ...op(['target', ''], ['status', 'new']),
        ],
        '保存',
      ],
      [
        'within one operation the order of fields does not matter',
        row('a', 'Save', '存储', 'translated'),
        [
          ...op(['status', 'draft']),
          ...op(['target', '存']),
          ...op(['status', 'translated'], ['target', '保存']),
        ],
        '保存',
      ],
      [
        'never confirmed before',
        row('a', 'Save', '存储', 'translated'),
        [
          ...op(['status', 'draft']),
          ...op(['target', '保存']),
          ...op(['target', ''], ['status', 'new']),
        ],
        undefined,
      ],
      [
        'confirmed again with the same text: the one before that',
        row('a', 'Save', '存储', 'translated'),
        [
          ...op(['status', 'draft']),
          ...op(['target', '存储'], ['status', 'translated']), // an earlier confirm of the same text
          ...op(['target', '保存'], ['status', 'translated']),
        ],
        '保存',
      ],
      [
        'the latest earlier translation, not the oldest',
        row('a', 'Save', 'C', 'reviewed'),
        [
          ...op(['status', 'draft']),
          ...op(['target', 'B'], ['status', 'reviewed']),
          ...op(['target', 'A'], ['status', 'translated']),
        ],
        'B',
      ],
      [
        'a note changed on the way is no matter',
        row('a', 'Save', '存储', 'translated'),
        [...op(['note', 'x']), ...op(['target', '保存'], ['status', 'approved'])],
        '保存',
      ],
      [
        'a source edit ends the walk: that was another sentence',
        row('a', 'Save', '存储', 'translated'),
        [...op(['source', 'Open'], ['target', '打开'], ['status', 'translated'])],
        undefined,
      ],
      [
        'a merge ends the walk',
        row('a', 'Save', '存储', 'translated'),
        [...op(['merge', '']), ...op(['target', '保存'], ['status', 'translated'])],
        undefined,
      ],
    ];
    for (const [name, now, revisions, old] of table) {
      it(name, () => expect(previousTranslation(now, revisions)).to.equal(old));
    }
  });
});
