import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEAD_TYPES, type PathStep } from '../../../src/core/align/dp.js';
import { redecide } from '../../../src/core/align/redecide.js';
import { DEFAULT_WEIGHTS } from '../../../src/core/align/weights.js';

const EDGE_WEIGHT = DEFAULT_WEIGHTS.edge;

const K11 = BEAD_TYPES.findIndex(([a, b]) => a === 1 && b === 1);
const K12 = BEAD_TYPES.findIndex(([a, b]) => a === 1 && b === 2);
const K22 = BEAD_TYPES.findIndex(([a, b]) => a === 2 && b === 2);
const step = (i0: number, a: number, j0: number, b: number, type: number, cost: number) => ({
  i0,
  a,
  j0,
  b,
  type,
  cost,
});
const shapes = (s: PathStep[]): string => s.map((x) => `${x.a}-${x.b}`).join(' ');

/**
 * Two 1-1 beads of cost 2 each (4 together); the union's 2-2 cost and the edge cost of every
 * bead (`edge`, by bead side) decide. The split's inner boundary earns the two 1-1 edge terms
 * less the 2-2's, times EDGE_WEIGHT.
 */
const CASES: [string, number, number, number, string][] = [
  // name, 2-2 cost, 1-1 edge cost (each), 2-2 edge cost, shapes after
  ['a dearer union stays split', 5, 0, 0, '1-1 1-1'],
  ['a cheaper union is taken', 3.5, 0, 0, '2-2'],
  // The programme's split won only by its inner boundary's credit: −1 per 1-1, 2-2 −1 → inner −1.
  ['a split won only by the inner edge credit is joined', 4 + EDGE_WEIGHT * 0.5, -1, -1, '2-2'],
  ['a union dearer than that credit stays split', 4 + EDGE_WEIGHT * 1.5, -1, -1, '1-1 1-1'],
];

describe('core/align redecide', () => {
  for (const [name, union, edge11, edge22, want] of CASES) {
    it(name, () => {
      const steps = [step(0, 1, 0, 1, K11, 2), step(1, 1, 1, 1, K11, 2)];
      const scorer = { edgeCost: (_i: number, a: number) => (a === 1 ? edge11 : edge22) };
      const out = redecide(steps, scorer, (_i0, a, _j0, b, k) => {
        assert.equal(k, K22);
        assert.deepEqual([a, b], [2, 2]);
        return union;
      });
      assert.equal(shapes(out), want);
      if (want === '2-2') assert.deepEqual(out[0], step(0, 2, 0, 2, K22, union));
    });
  }

  it('leaves beads other than two adjacent 1-1 as they are', () => {
    const steps = [step(0, 1, 0, 2, K12, 3), step(1, 1, 2, 1, K11, 2)];
    const out = redecide(steps, { edgeCost: () => 0 }, () => -100);
    assert.deepEqual(out, steps);
  });
});
