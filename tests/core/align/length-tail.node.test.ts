// lengthCost reads the normal tail's cost from a table (tabledTailCost): it must stay within a
// few millionths of the formula everywhere a bead's length can land, the table's last points
// and the switch to the asymptotic tail at 6 included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  lengthCost,
  normalTailCost,
  outlierTail,
  outlierTailCost,
  tabledTailCost,
} from '../../../src/core/align/length.js';

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

// The outlier tail (a share of beads spread `scale` times wider) is tabled too: it must stay
// within a few hundred-thousandths of its formula, and switch to the wide part alone past the
// table.
const mixture = (x: number, share: number, scale: number): number =>
  -Math.log(
    (1 - share) * Math.exp(-normalTailCost(x)) + share * Math.exp(-normalTailCost(x / scale)),
  );

test('outlierTailCost: within 3e-5 of the mixture from 0 to 60, both signs', () => {
  for (const [share, scale] of [
    [0.01, 6],
    [0.05, 3],
  ] as const) {
    const tail = outlierTail(share, scale);
    let worst = 0;
    let at = 0;
    for (let k = 0; k <= 60_000; k++) {
      const z = k / 1_000;
      // Far out the mixture's first part underflows to 0: the wide part alone is the formula.
      const want = z > 30 ? normalTailCost(z / scale) - Math.log(share) : mixture(z, share, scale);
      for (const x of [z, -z]) {
        const d = Math.abs(outlierTailCost(x, tail) - want);
        if (d > worst) [worst, at] = [d, x];
      }
    }
    assert.ok(worst < 3e-5, `share ${share}, scale ${scale}: off by ${worst} at ${at}`);
  }
});

test('outlierTailCost: known points, and never dearer than either part', () => {
  const tail = outlierTail(0.01, 6);
  const CASES: [number, number][] = [
    // Nothing is off: certain under both parts.
    [0, 0],
    // Three deviations: the wide part already outweighs the normal one (0.01 · 0.62 against
    // 0.99 · 0.0027), so 4.7 where the plain tail says 5.9.
    [3, mixture(3, 0.01, 6)],
    // Twelve: the plain tail would say 74; the wide part says 4.6 + 3.0.
    [12, mixture(12, 0.01, 6)],
    [40, normalTailCost(40 / 6) - Math.log(0.01)],
  ];
  for (const [x, want] of CASES) {
    assert.ok(
      Math.abs(outlierTailCost(x, tail) - want) < 1e-4,
      `${x}: ${outlierTailCost(x, tail)}`,
    );
  }
  assert.ok(Math.abs(outlierTailCost(3, tail) - 4.728) < 1e-3 && tabledTailCost(3) > 5.9);
  assert.ok(outlierTailCost(12, tail) < 8 && normalTailCost(12) > 70);
  for (let z = 0; z < 50; z += 0.37) {
    const c = outlierTailCost(z, tail);
    assert.ok(c <= normalTailCost(z) - Math.log(0.99) + 1e-5, `above the normal part at ${z}`);
    assert.ok(c <= normalTailCost(z / 6) - Math.log(0.01) + 1e-5, `above the wide part at ${z}`);
  }
});

test('lengthCost: the tail changes only how far-off lengths are read', () => {
  const m = { ratio: 3, variance: 5 };
  const tail = outlierTail(0.01, 6);
  // A typical pair costs about the same; a pair four times too long, far less.
  assert.ok(Math.abs(lengthCost(20, 60, m, tail) - lengthCost(20, 60, m)) < 0.02);
  assert.ok(lengthCost(20, 240, m, tail) < lengthCost(20, 240, m) / 3);
  // An unpaired sentence's cost is the tail's business no more than before.
  assert.equal(lengthCost(20, 0, m, tail), lengthCost(20, 0, m));
});
