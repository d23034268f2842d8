import { expect } from '@open-wc/testing';
import { compareRows, type RowSnapshot } from '../../../src/core/diff/index.js';
import { compareInWorker } from '../../../src/workers/diff-client.js';
import { row } from './helpers.js';

describe('workers/diff-client compareInWorker', () => {
  it('returns what compareRows returns, computed in a worker', async () => {
    const a = [row('1', 'a', '第一句。', 'One.'), row('2', 'b', '第二句。', 'Two.')];
    const b = [row('1', 'a', '第一句。', 'One!', 'reviewed'), row('3', 'c', '第三句。', 'Three.')];
    expect(await compareInWorker(a, b)).to.deep.equal(compareRows(a, b));
  });

  it('answers concurrent requests each with its own result', async () => {
    const make = (n: number): RowSnapshot[] =>
      Array.from({ length: n }, (_, i) => row(`r${i}`, `k${i}`, `第${i}句。`, `Row ${i}.`));
    const [x, y] = await Promise.all([
      compareInWorker(make(3), make(5)),
      compareInWorker(make(4), make(2)),
    ]);
    expect([x.summary.byType.added, y.summary.byType.removed]).to.deep.equal([2, 2]);
  });
});
