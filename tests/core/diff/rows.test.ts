import { expect } from '@open-wc/testing';
import {
  compareRows,
  compareRowsInChunks,
  markedText,
  type Comparison,
  type RowSnapshot,
} from '../../../src/core/diff/index.js';
import { row } from './helpers.js';

// A zh→en document: Chinese sources, English targets.
const ZH_EN = [
  row('1', 'a', '第一句。', 'First sentence.'),
  row('2', 'b', '第二句。', 'Second sentence.'),
  row('3', 'c', '第三句。', 'Third sentence.'),
  row('4', 'd', '第四句。', 'Fourth sentence.'),
];
// An en→zh document: English sources, Chinese targets.
const EN_ZH = [
  row('1', 'a', 'It rained.', '下雨了。'),
  row('2', 'b', 'We stayed home.', '我们待在家里。'),
  row('3', 'c', 'We read books.', '我们看书。'),
];

const edit = (rows: RowSnapshot[], id: string, patch: Partial<RowSnapshot>): RowSnapshot[] =>
  rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
const drop = (rows: RowSnapshot[], ...ids: string[]): RowSnapshot[] =>
  rows.filter((r) => !ids.includes(r.id));

/** One line per row: type, A ids > B ids, and a mark when the row moved. */
const shape = (c: Comparison): string[] =>
  c.rows.map(
    (r) =>
      `${r.type} ${r.a.map((x) => x.id).join(',')}>${r.b.map((x) => x.id).join(',')}${r.moved ? ' moved' : ''}`,
  );

describe('core/diff compareRows', () => {
  // [what, A, B, expected rows]
  const cases: [string, RowSnapshot[], RowSnapshot[], string[]][] = [
    [
      'identical',
      ZH_EN,
      ZH_EN,
      ['unchanged 1>1', 'unchanged 2>2', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      'input order does not matter, order keys do',
      ZH_EN,
      [...ZH_EN].reverse(),
      ['unchanged 1>1', 'unchanged 2>2', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      'target edited',
      ZH_EN,
      edit(ZH_EN, '2', { target: 'The second sentence.' }),
      ['unchanged 1>1', 'modified 2>2', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      'status only',
      ZH_EN,
      edit(ZH_EN, '3', { status: 'reviewed' }),
      ['unchanged 1>1', 'unchanged 2>2', 'modified 3>3', 'unchanged 4>4'],
    ],
    [
      'note only',
      ZH_EN,
      edit(ZH_EN, '1', { note: '术语待定' }),
      ['modified 1>1', 'unchanged 2>2', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      'row added between 2 and 3',
      ZH_EN,
      [...ZH_EN, row('n', 'bm', '新句。', 'New.')],
      ['unchanged 1>1', 'unchanged 2>2', 'added >n', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      'row removed stays in place',
      ZH_EN,
      drop(ZH_EN, '3'),
      ['unchanged 1>1', 'unchanged 2>2', 'removed 3>', 'unchanged 4>4'],
    ],
    [
      'first row removed',
      ZH_EN,
      drop(ZH_EN, '1'),
      ['removed 1>', 'unchanged 2>2', 'unchanged 3>3', 'unchanged 4>4'],
    ],
    [
      '2+3 merged into 2 (zh joined without space, en with one)',
      ZH_EN,
      [ZH_EN[0], row('2', 'b', '第二句。第三句。', 'Second sentence. Third sentence.'), ZH_EN[3]],
      ['unchanged 1>1', 'merged 2,3>2', 'unchanged 4>4'],
    ],
    [
      '2+3 merged into 3 (survivor is the last)',
      ZH_EN,
      [ZH_EN[0], row('3', 'c', '第二句。第三句。', 'Second sentence. Third sentence.'), ZH_EN[3]],
      ['unchanged 1>1', 'merged 2,3>3', 'unchanged 4>4'],
    ],
    [
      '2+3+4 merged into a new row',
      ZH_EN,
      [
        ZH_EN[0],
        row(
          'm',
          'b',
          '第二句。 第三句。 第四句。',
          'Second sentence.Third sentence.Fourth sentence.',
        ),
      ],
      ['unchanged 1>1', 'merged 2,3,4>m'],
    ],
    [
      'merged, then target edited (source still joins)',
      ZH_EN,
      [ZH_EN[0], row('2', 'b', '第二句。第三句。', 'The second and third sentences.'), ZH_EN[3]],
      ['unchanged 1>1', 'merged 2,3>2', 'unchanged 4>4'],
    ],
    [
      '2 split into 2 and a new row',
      [row('1', 'a', '第一句。第二句。', 'First sentence. Second sentence.')],
      [
        row('1', 'a', '第一句。', 'First sentence.'),
        row('n', 'am', '第二句。', 'Second sentence.'),
      ],
      ['split 1>1,n'],
    ],
    [
      'split into three new rows',
      [row('1', 'a', '甲。乙。丙。', 'A. B. C.')],
      [row('x', 'a', '甲。', 'A.'), row('y', 'b', '乙。', 'B.'), row('z', 'c', '丙。', 'C.')],
      ['split 1>x,y,z'],
    ],
    [
      'en→zh: sources joined with a space, targets without',
      EN_ZH,
      [EN_ZH[0], row('2', 'b', 'We stayed home. We read books.', '我们待在家里。我们看书。')],
      ['unchanged 1>1', 'merged 2,3>2'],
    ],
    [
      'en→zh split',
      EN_ZH,
      [
        EN_ZH[0],
        row('2', 'b', 'We stayed', '我们待在'),
        row('n', 'bm', 'home.', '家里。'),
        EN_ZH[2],
      ],
      ['unchanged 1>1', 'split 2>2,n', 'unchanged 3>3'],
    ],
    [
      'unrelated removal and addition are not a merge',
      ZH_EN,
      [...drop(ZH_EN, '3'), row('n', 'c', '别的句子。', 'Another one.')],
      ['unchanged 1>1', 'unchanged 2>2', 'removed 3>', 'added >n', 'unchanged 4>4'],
    ],
    [
      'a row that only looks like a prefix is not a merge',
      ZH_EN,
      [ZH_EN[0], row('2', 'b', '第二句。第三', 'Second sentence. Third'), ZH_EN[3]],
      ['unchanged 1>1', 'modified 2>2', 'removed 3>', 'unchanged 4>4'],
    ],
    [
      'row 4 moved before 2',
      ZH_EN,
      edit(ZH_EN, '4', { order: 'am' }),
      ['unchanged 1>1', 'modified 4>4 moved', 'unchanged 2>2', 'unchanged 3>3'],
    ],
    ['everything removed', ZH_EN, [], ['removed 1>', 'removed 2>', 'removed 3>', 'removed 4>']],
    ['everything new', [], EN_ZH, ['added >1', 'added >2', 'added >3']],
  ];
  for (const [what, a, b, expected] of cases) {
    it(what, () => {
      expect(shape(compareRows(a, b))).to.deep.equal(expected);
    });
  }

  it('guesses languages, or takes them from options', () => {
    const c = compareRows(EN_ZH, EN_ZH);
    expect([c.sourceLang, c.targetLang]).to.deep.equal(['en', 'zh-Hans']);
    const d = compareRows(EN_ZH, EN_ZH, { sourceLang: 'zh-Hans', targetLang: 'en' });
    expect([d.sourceLang, d.targetLang]).to.deep.equal(['zh-Hans', 'en']);
  });

  // [what, A, B, target diff, source diff (null: unchanged)]
  const diffs: [string, RowSnapshot[], RowSnapshot[], string, string | null][] = [
    [
      'target edited',
      ZH_EN,
      edit(ZH_EN, '2', { target: 'The second sentence.' }),
      '[-Second-]{+The second+} sentence.',
      null,
    ],
    [
      'source and target edited',
      ZH_EN,
      edit(ZH_EN, '2', { source: '第二个句子。', target: 'The second sentence.' }),
      '[-Second-]{+The second+} sentence.',
      '第二{+个+}句{+子+}。',
    ],
    [
      'merge shows no change for the joining space',
      ZH_EN,
      [row('2', 'b', '第二句。第三句。', 'Second sentence.Third sentence.')],
      'Second sentence.Third sentence.',
      null,
    ],
    [
      'merge with edited target diffs against the joined text',
      ZH_EN,
      [row('2', 'b', '第二句。第三句。', 'Second and third sentence.')],
      'Second [-sentence. Third-]{+and third+} sentence.',
      null,
    ],
    [
      'merge with edited Chinese target diffs against the text joined without a space',
      EN_ZH,
      [EN_ZH[0], row('2', 'b', 'We stayed home. We read books.', '我们待在家里看书。')],
      '我们待在家里[-。我们-]看书。',
      null,
    ],
    [
      'a trailing space added to a single row counts',
      ZH_EN,
      edit(ZH_EN, '2', { target: 'Second sentence. ' }),
      'Second sentence.{+ +}',
      null,
    ],
    [
      'added row is all inserted',
      [],
      [row('n', 'a', '新句。', 'New one.')],
      '{+New one.+}',
      '{+新句。+}',
    ],
    [
      'removed row is all deleted',
      [row('o', 'a', '旧句。', 'Old one.')],
      [],
      '[-Old one.-]',
      '[-旧句。-]',
    ],
  ];
  for (const [what, a, b, target, source] of diffs) {
    it(`diffs: ${what}`, () => {
      const r =
        compareRows(a, b).rows.find((x) => x.type !== 'unchanged' && x.type !== 'removed') ??
        compareRows(a, b).rows[0];
      expect(markedText(r.target)).to.equal(target);
      expect(r.source ? markedText(r.source) : null).to.equal(source);
    });
  }

  it('flags status and note changes on the row', () => {
    const b = edit(ZH_EN, '2', { status: 'approved', note: '已核对' });
    const r = compareRows(ZH_EN, b).rows[1];
    expect([r.type, r.statusChanged, r.noteChanged, r.target.hunks.length]).to.deep.equal([
      'modified',
      true,
      true,
      0,
    ]);
  });

  it('compares 10,000 rows with 20% changed', () => {
    const a: RowSnapshot[] = [];
    for (let i = 0; i < 10_000; i++) {
      a.push(row(`s${i}`, `k${String(i).padStart(5, '0')}`, `第${i}句话。`, `Sentence ${i}.`));
    }
    const b = a.map((r, i) => (i % 5 === 0 ? { ...r, target: `${r.target} Edited.` } : r));
    const c = compareRows(a, b);
    expect([c.summary.rows, c.summary.changed, c.summary.target.inserted.words]).to.deep.equal([
      10_000, 2_000, 2_000,
    ]);
  });

  // [what, A, B, each row as "type aRow:bRow"]: the numbers the grid shows, never list places
  const numbers: [string, RowSnapshot[], RowSnapshot[], string[]][] = [
    [
      'row 3 removed: the rows after it keep their numbers in B',
      ZH_EN,
      drop(ZH_EN, '3'),
      ['unchanged 1:1', 'unchanged 2:2', 'removed 3:0', 'unchanged 4:3'],
    ],
    [
      'a row added before row 2',
      ZH_EN,
      [...ZH_EN, row('n', 'aa', '新句。', 'New.')],
      ['unchanged 1:1', 'added 0:2', 'unchanged 2:3', 'unchanged 3:4', 'unchanged 4:5'],
    ],
    [
      'rows 2 and 3 merged',
      ZH_EN,
      [ZH_EN[0], row('2', 'b', '第二句。第三句。', 'Second sentence. Third sentence.'), ZH_EN[3]],
      ['unchanged 1:1', 'merged 2:2', 'unchanged 4:3'],
    ],
    [
      'row 2 split in two',
      ZH_EN,
      [
        ZH_EN[0],
        row('2', 'b', '第二', 'Second'),
        row('n', 'bb', '句。', 'sentence.'),
        ZH_EN[2],
        ZH_EN[3],
      ],
      ['unchanged 1:1', 'split 2:2', 'unchanged 3:4', 'unchanged 4:5'],
    ],
    [
      'input out of order',
      [...ZH_EN].reverse(),
      [...edit(ZH_EN, '4', { target: 'Fourth.' })].reverse(),
      ['unchanged 1:1', 'unchanged 2:2', 'unchanged 3:3', 'modified 4:4'],
    ],
  ];
  for (const [what, a, b, expected] of numbers) {
    it(`numbers rows as the grid does: ${what}`, () => {
      const got = compareRows(a, b).rows.map((r) => `${r.type} ${r.aRow}:${r.bRow}`);
      expect(got).to.deep.equal(expected);
    });
  }

  it('in chunks: yields the first rows complete, then returns what compareRows returns', () => {
    const a: RowSnapshot[] = [];
    for (let i = 0; i < 25; i++)
      a.push(row(`s${i}`, `k${String(i).padStart(3, '0')}`, `第${i}句话。`, `Sentence ${i}.`));
    const b = a.map((r, i) => (i % 3 === 0 ? { ...r, target: `${r.target} Edited.` } : r));
    const whole = compareRows(a, b);
    const run = compareRowsInChunks(a, b, {}, 10);
    const ready: number[] = [];
    let step = run.next();
    while (!step.done) {
      const p = step.value;
      ready.push(p.ready);
      // What is ready is final: the same types and diffs as the whole comparison.
      expect(p.rows.slice(0, p.ready)).to.deep.equal(whole.rows.slice(0, p.ready));
      step = run.next();
    }
    expect(ready).to.deep.equal([10, 20]);
    expect(step.value).to.deep.equal(whole);
  });
});
