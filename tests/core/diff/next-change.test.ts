// N / P in the review: the next row with a visible change, either way, without wrapping round.
import { expect } from '@open-wc/testing';
import { compareRows, nextChangeIndex, type ChangeKind } from '../../../src/core/diff/index.js';
import { row } from './helpers.js';

// Rows 0 and 3 are unchanged, 1 changes only in spacing, 2 and 4 really change.
const A = [
  row('same', 'a', '相同。', 'Same.'),
  row('space', 'b', '空格。', 'Two  spaces.'),
  row('text', 'c', '文字。', 'A red car.'),
  row('same2', 'd', '一样。', 'Alike.'),
  row('status', 'e', '状态。', 'Status.'),
];
const B = [
  row('same', 'a', '相同。', 'Same.'),
  row('space', 'b', '空格。', 'Two spaces.'),
  row('text', 'c', '文字。', 'A blue car.'),
  row('same2', 'd', '一样。', 'Alike.'),
  row('status', 'e', '状态。', 'Status.', 'approved'),
];
const rows = compareRows(A, B).rows;

describe('core/diff nextChangeIndex', () => {
  const space: ChangeKind[] = ['whitespace'];
  const cases: [number, 1 | -1, readonly ChangeKind[], number][] = [
    // from, direction, ignored kinds, expected index
    [-1, 1, [], 1],
    [1, 1, [], 2],
    [2, 1, [], 4],
    [4, 1, [], -1], // no wrapping round
    [4, -1, [], 2],
    [2, -1, [], 1],
    [1, -1, [], -1],
    [-1, 1, space, 2], // a change only in spacing is skipped when spacing is ignored
    [2, -1, space, -1],
  ];
  for (const [from, dir, ignore, want] of cases)
    it(`from ${from} going ${dir}${ignore.length ? ' ignoring spacing' : ''} → ${want}`, () => {
      expect(rows.map((r) => r.id)).to.deep.equal(['same', 'space', 'text', 'same2', 'status']);
      expect(nextChangeIndex(rows, from, dir, ignore)).to.equal(want);
    });
});
