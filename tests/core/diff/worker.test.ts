import { expect } from '@open-wc/testing';
import { compareRows, type RowSnapshot } from '../../../src/core/diff/index.js';
import { compareInWorker } from '../../../src/workers/diff-client.js';
import { row } from './helpers.js';

describe('workers/diff-client compareInWorker', () => {
  // [what, A, B]: every row type, since the worker sends rows in a compact form
  const cases: [string, RowSnapshot[], RowSnapshot[]][] = [
    [
      'edited, added, removed',
      [row('1', 'a', '第一句。', 'One.'), row('2', 'b', '第二句。', 'Two.')],
      [row('1', 'a', '第一句。', 'One!', 'reviewed'), row('3', 'c', '第三句。', 'Three.')],
    ],
    [
      'unchanged and merged',
      [row('1', 'a', '甲。', 'A.'), row('2', 'b', '乙。', 'B.'), row('3', 'c', '丙。', 'C.')],
      [row('1', 'a', '甲。', 'A.'), row('2', 'b', '乙。丙。', 'B. C.')],
    ],
    [
      'split, target unchanged',
      [row('1', 'a', '甲。乙。', 'A. B.')],
      [row('1', 'a', '甲。', 'A.'), row('n', 'b', '乙。', 'B.')],
    ],
    ['empty versions', [], []],
    [
      'all unchanged (texts stay on the main thread), languages still guessed from them',
      [row('1', 'a', 'It rained.', '下雨了。'), row('2', 'b', 'We stayed.', '我们待着。')],
      [row('1', 'a', 'It rained.', '下雨了。'), row('2', 'b', 'We stayed.', '我们待着。')],
    ],
    [
      'unchanged row next to a merge',
      [
        row('1', 'a', '甲。', 'A.'),
        row('2', 'b', '乙。', 'B.'),
        row('3', 'c', '丙。', 'C.'),
        row('4', 'd', '丁。', 'D.'),
      ],
      [
        row('1', 'a', '甲。', 'A.'),
        row('2', 'b', '乙。丙。', 'B. C.'),
        row('4', 'd', '丁。', 'D.'),
      ],
    ],
  ];
  for (const [what, a, b] of cases) {
    it(`returns what compareRows returns: ${what}`, async () => {
      expect(await compareInWorker(a, b)).to.deep.equal(compareRows(a, b));
    });
  }

  it('answers concurrent requests each with its own result', async () => {
    const make = (n: number): RowSnapshot[] =>
      Array.from({ length: n }, (_, i) => row(`r${i}`, `k${i}`, `第${i}句。`, `Row ${i}.`));
    const [x, y] = await Promise.all([
      compareInWorker(make(3), make(5)),
      compareInWorker(make(4), make(2)),
    ]);
    expect([x.summary.byType.added, y.summary.byType.removed]).to.deep.equal([2, 2]);
  });

  it('sends the first rows before the rest, then the same result as compareRows', async () => {
    const a: RowSnapshot[] = Array.from({ length: 1200 }, (_, i) =>
      row(`r${i}`, `k${String(i).padStart(5, '0')}`, `第${i}句。`, `Row ${i}.`),
    );
    const b = a.map((r, i) => (i % 4 === 0 ? { ...r, target: `${r.target} Edited.` } : r));
    const parts: { rows: number; progress: number; changed: number }[] = [];
    const whole = await compareInWorker(a, b, {}, (partial, progress) => {
      parts.push({ rows: partial.rows.length, progress, changed: partial.summary.changed });
    });
    expect(whole).to.deep.equal(compareRows(a, b));
    expect(parts.length).to.be.greaterThan(0);
    const first = parts[0];
    expect(first.rows).to.be.lessThan(1200);
    expect(first.progress).to.equal(first.rows / 1200);
    // The summary of a part counts the rows so far: one in four changed.
    expect(first.changed).to.equal(Math.ceil(first.rows / 4));
  });
});
