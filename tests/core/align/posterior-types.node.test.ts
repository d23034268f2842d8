import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BEAD_TYPES } from '../../../src/core/align/dp.js';
import { POSTERIOR_TYPES, posteriorCost } from '../../../src/core/align/posterior.js';

const T = BEAD_TYPES.length;
const K22 = BEAD_TYPES.findIndex(([a, b]) => a === 2 && b === 2);

describe('core/align posterior types', () => {
  it("keep the programme's types first, in order, then 2-3 and 3-2", () => {
    assert.deepEqual(POSTERIOR_TYPES.slice(0, T), BEAD_TYPES);
    assert.deepEqual(POSTERIOR_TYPES.slice(T), [
      [2, 3],
      [3, 2],
    ]);
  });

  // [type, what the cost must be]: the programme's types from its own cost, the extra ones
  // from the scorer as a 2-2 of their size, the 2-2's shape cost (here 4) swapped for −log 0.005.
  const shape = new Float64Array(T).fill(1);
  shape[K22] = 4;
  const CASES: [number, number, number][] = [
    [0, 1, 7],
    [K22, 2, 7],
    [T, 2, 100 - 4 - Math.log(0.005)],
    [T + 1, 3, 100 - 4 - Math.log(0.005)],
  ];
  for (const [k, a, want] of CASES) {
    it(`type ${k} (${POSTERIOR_TYPES[k]!.join('-')})`, () => {
      const scorer = {
        cost: (_i0: number, _a: number, _j0: number, _b: number, type: number) => {
          assert.equal(type, K22);
          return 100;
        },
      };
      const c = posteriorCost(scorer, () => 7, shape);
      const [, b] = POSTERIOR_TYPES[k]!;
      assert.ok(Math.abs(c(0, a, 0, b, k) - want) < 1e-9);
    });
  }
});
