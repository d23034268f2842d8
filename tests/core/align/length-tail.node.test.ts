// lengthCost reads the normal tail's cost from a table (tabledTailCost): it must stay within a
// few millionths of the formula everywhere a bead's length can land, the table's last points
// and the switch to the asymptotic tail at 6 included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalTailCost, tabledTailCost } from '../../../src/core/align/length.js';

test('tabledTailCost: within 5e-6 of normalTailCost from 0 to 8, both signs', () => {
  let worst = 0;
  let at = 0;
  for (let k = 0; k <= 80_000; k++) {
    const z = k / 10_000;
    for (const x of [z, -z]) {
      const d = Math.abs(tabledTailCost(x) - normalTailCost(x));
      if (d > worst) [worst, at] = [d, x];
    }
  }
  assert.ok(worst < 5e-6, `off by ${worst} at ${at}`);
});

test('tabledTailCost: table of known points', () => {
  // −log of the two-sided tail: P(|Z| > 0) = 1, P(|Z| > 1.96) ≈ 0.05, P(|Z| > 3) ≈ 0.0027.
  const CASES: [number, number][] = [
    [0, 0],
    [1.959964, -Math.log(0.05)],
    [-1.959964, -Math.log(0.05)],
    [3, -Math.log(0.0026998)],
    [5.999, normalTailCost(5.999)],
    [6, normalTailCost(6)],
    [12, normalTailCost(12)],
  ];
  for (const [x, want] of CASES) {
    assert.ok(Math.abs(tabledTailCost(x) - want) < 1e-4, `${x}: ${tabledTailCost(x)} ≠ ${want}`);
  }
});
