// bandedDp works out unpaired beads first (their cost is a limit for the paired ones), yet a tie
// must still go to the bead type listed first, with or without a bounded cost: the path may not
// depend on the order the programme asks for costs in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandAround, lengthDiagonal } from '../../../src/core/align/band.js';
import { BEAD_TYPES, bandedDp, type BeadCost } from '../../../src/core/align/dp.js';

const shape = (a: number, b: number): string => `${a}-${b}`;

/** Beads cost by shape; the bounded form gives up (Infinity) at the limit, as costBelow may. */
function costs(table: Record<string, number>): { cost: BeadCost; below: typeof bounded } {
  const cost: BeadCost = (_i, a, _j, b) => table[shape(a, b)] ?? 50;
  const bounded = (i0: number, a: number, j0: number, b: number, k: number, limit: number) => {
    const c = cost(i0, a, j0, b, k);
    return c >= limit ? Infinity : c;
  };
  return { cost, below: bounded };
}

const CASES: {
  name: string;
  n: number;
  m: number;
  table: Record<string, number>;
  want: string[];
}[] = [
  // 1-1 at 2 ties with a deletion and an insertion at 1 each: 1-1 is listed first.
  {
    name: '1-1 against a deletion and an insertion',
    n: 1,
    m: 1,
    table: { '1-1': 2, '1-0': 1, '0-1': 1 },
    want: ['1-1'],
  },
  // Three ways to the last cell at 3: 1-1 after an insertion, 1-2, and an insertion after 1-1.
  {
    name: '1-1, 1-2 and an insertion into the last cell',
    n: 1,
    m: 2,
    table: { '1-1': 2, '1-2': 3, '0-1': 1, '1-0': 9 },
    want: ['0-1', '1-1'],
  },
  // A deletion and an insertion tie at every cell: the deletion (listed before) wins each.
  {
    name: 'unpaired cheaper than any pair',
    n: 2,
    m: 1,
    table: { '1-1': 5, '2-1': 8, '1-0': 1, '0-1': 1 },
    want: ['0-1', '1-0', '1-0'],
  },
  { name: '2-2 against two 1-1', n: 2, m: 2, table: { '1-1': 1, '2-2': 2 }, want: ['1-1', '1-1'] },
  // 1-2 then 2-1 against 2-1 then 1-2: 1-2 (listed before 2-1) ends the path.
  {
    name: '1-2 against 2-1',
    n: 3,
    m: 3,
    table: { '1-1': 9, '1-2': 1, '2-1': 1 },
    want: ['2-1', '1-2'],
  },
];

for (const c of CASES) {
  test(`bandedDp ties: ${c.name}`, () => {
    const band = bandAround(lengthDiagonal(Array(c.n).fill(1), Array(c.m).fill(1)), c.n, c.m, 4);
    const { cost, below } = costs(c.table);
    const plain = bandedDp(band, cost, BEAD_TYPES);
    const bounded = bandedDp(
      band,
      cost,
      BEAD_TYPES,
      undefined,
      undefined,
      undefined,
      undefined,
      below,
    );
    assert.deepEqual(
      plain.map((s) => shape(s.a, s.b)),
      c.want,
    );
    assert.deepEqual(bounded, plain);
  });
}
