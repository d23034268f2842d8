import { expect } from '@open-wc/testing';
import {
  compareRows,
  filterRows,
  summarize,
  type ChangeKind,
  type Counts,
  type RowFilter,
} from '../../../src/core/diff/index.js';
import type { Lang } from '../../../src/core/model.js';
import { row } from './helpers.js';

// One row per kind of change, so each filter keeps a known set of ids.
const A = [
  row('same', 'a', '相同。', 'Same.'),
  row('space', 'b', '空格。', 'Two  spaces.'),
  row('width', 'c', '标点。', '你好，世界！'),
  row('num', 'd', '数字。', 'It costs 12 yuan.'),
  row('text', 'e', '文字。', 'A red car.'),
  row('status', 'f', '状态。', 'Status.'),
  row('gone', 'g', '删除。', 'Gone.'),
  row('mixed', 'h', '混合。', '价格12元，'),
];
const B = [
  row('same', 'a', '相同。', 'Same.'),
  row('space', 'b', '空格。', 'Two spaces.'),
  row('width', 'c', '标点。', '你好,世界!'),
  row('num', 'd', '数字。', 'It costs 15 yuan.'),
  row('text', 'e', '文字。', 'A blue car.'),
  row('status', 'f', '状态。', 'Status.', 'approved'),
  row('mixed', 'h', '混合。', '价格13元,'),
];
const comparison = compareRows(A, B);

describe('core/diff filterRows', () => {
  // [filter, ids kept]
  const cases: [RowFilter, string[]][] = [
    [{}, ['same', 'space', 'width', 'num', 'text', 'status', 'gone', 'mixed']],
    [{ onlyChanged: true }, ['space', 'width', 'num', 'text', 'status', 'gone', 'mixed']],
    [
      { onlyChanged: true, ignore: ['whitespace'] },
      ['width', 'num', 'text', 'status', 'gone', 'mixed'],
    ],
    [
      { onlyChanged: true, ignore: ['punctuation-width'] },
      ['space', 'num', 'text', 'status', 'gone', 'mixed'],
    ],
    [
      { onlyChanged: true, ignore: ['number'] },
      ['space', 'width', 'text', 'status', 'gone', 'mixed'],
    ],
    [
      { onlyChanged: true, ignore: ['whitespace', 'punctuation-width', 'number'] },
      ['text', 'status', 'gone'],
    ],
    [
      { onlyChanged: true, ignore: ['whitespace'], keep: new Set(['same', 'space']) },
      ['same', 'space', 'width', 'num', 'text', 'status', 'gone', 'mixed'],
    ],
  ];
  for (const [filter, ids] of cases) {
    it(
      JSON.stringify({ ...filter, keep: filter.keep && [...(filter.keep as Set<string>)] }),
      () => {
        expect(filterRows(comparison.rows, filter).map((r) => r.id)).to.deep.equal(ids);
      },
    );
  }
});

describe('core/diff summary', () => {
  it('counts rows by change and the kinds of changed hunks', () => {
    const s = comparison.summary;
    expect([s.rows, s.changed, s.statusChanged]).to.deep.equal([8, 7, 1]);
    expect(s.byType).to.deep.equal({
      unchanged: 1,
      modified: 6,
      added: 0,
      removed: 1,
      merged: 0,
      split: 0,
    });
    const kinds: Record<ChangeKind, number> = {
      whitespace: 1,
      'punctuation-width': 3,
      number: 2,
      text: 3, // the edited word, and the removed row's source and target
    };
    expect(s.hunksByKind).to.deep.equal(kinds);
  });

  // [lang, old target, new target, inserted, deleted]: Chinese by characters, English by words
  const cases: [Lang, string, string, Counts, Counts][] = [
    ['en', 'A red car.', 'A big blue car.', { chars: 0, words: 2 }, { chars: 0, words: 1 }],
    ['en', 'Old text here.', '', { chars: 0, words: 0 }, { chars: 0, words: 3 }],
    ['en', 'Hello, world.', 'Hello; world.', { chars: 0, words: 0 }, { chars: 0, words: 0 }],
    [
      'zh-Hans',
      '我们讨论了发展。',
      '我们认真讨论了经济发展。',
      { chars: 4, words: 0 },
      { chars: 0, words: 0 },
    ],
    ['zh-Hans', '人工智能', '人工智慧', { chars: 1, words: 0 }, { chars: 1, words: 0 }],
    ['zh-Hans', '𠀀𠀁字', '𠀀字', { chars: 0, words: 0 }, { chars: 1, words: 0 }],
    ['zh-Hans', '使用工具', '使用 Python 3 工具', { chars: 0, words: 2 }, { chars: 0, words: 0 }],
  ];
  for (const [lang, a, b, inserted, deleted] of cases) {
    it(`${lang}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`, () => {
      const c = compareRows([row('1', 'a', 'x', a)], [row('1', 'a', 'x', b)], {
        sourceLang: 'en',
        targetLang: lang,
      });
      const s = summarize(c.rows, c.sourceLang, c.targetLang);
      expect(s.target).to.deep.equal({ inserted, deleted });
      expect(s.source).to.deep.equal({
        inserted: { chars: 0, words: 0 },
        deleted: { chars: 0, words: 0 },
      });
    });
  }
});
