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

  // [type, what the cost must be]: the programme's types as the scorer costs them (here 7), the
  // extra ones as a 2-2 of their size (100), the 2-2's shape cost (4) swapped for −log 0.005.
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
      const [, b] = POSTERIOR_TYPES[k]!;
      const limits: number[] = [];
      const scorer = {
        costBelow: (
          _i0: number,
          a2: number,
          _j0: number,
          b2: number,
          type: number,
          limit: number,
        ) => {
          limits.push(limit);
          if (k < T) return type === k && a2 === a && b2 === b ? 7 : NaN;
          assert.equal(type, K22);
          return 100;
        },
      };
      const c = posteriorCost(scorer, shape);
      assert.ok(Math.abs(c(0, a, 0, b, k, 500) - want) < 1e-9);
      // The limit reaches the scorer less what the extra shapes add.
      assert.ok(Math.abs(limits[0]! - (500 - (want - 100) * Number(k >= T))) < 1e-9);
    });
  }
});
