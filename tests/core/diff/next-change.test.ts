// N / P in the review: the next row with a visible change, either way, without wrapping round.
import { expect } from '@open-wc/testing';
import { compareRows, nextChangeIndex, type ChangeKind } from '../../../src/core/diff/index.js';
import type { Status } from '../../../src/core/model.js';
import { row } from './helpers.js';

// [id, translation in A, translation in B, status in B]: rows 0 and 3 are unchanged, 1 changes
// only in spacing, 2 in its words and 4 in its status.
const table: [string, string, string, Status][] = [
  ['same', 'Same.', 'Same.', 'translated'],
  ['space', 'Two  spaces.', 'Two spaces.', 'translated'],
  ['text', 'A red car.', 'A blue car.', 'translated'],
  ['same2', 'Alike.', 'Alike.', 'translated'],
  ['status', 'Status.', 'Status.', 'approved'],
];
const A = table.map(([id, a], i) => row(id, `o${i}`, `原文${i}。`, a));
const B = table.map(([id, , b, status], i) => row(id, `o${i}`, `原文${i}。`, b, status));
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
