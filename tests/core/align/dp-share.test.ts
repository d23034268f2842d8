import { expect } from '@open-wc/testing';
import { bandAround, lengthDiagonal } from '../../../src/core/align/band.js';
import {
  BEAD_TYPES,
  bandedDp,
  beadCosts,
  type BeadCost,
  type DpShare,
} from '../../../src/core/align/dp.js';
import { rng } from './synthetic.js';

// The programme with another thread's bead costs for its last rows (the CLI's worker): the path
// must be the one it finds alone, wherever the two meet, and it must never read a row the other
// thread has not said is done.
describe('core/align bandedDp with shared bead costs', () => {
  const n = 300;
  const m = 340;
  const rand = rng(5);
  const noise = Float64Array.from({ length: 4096 }, () => rand() * 3);
  // A bead's cost from its place and shape alone, as a Scorer's is.
  const cost: BeadCost = (i0, a, j0, b, k) =>
    Math.abs(j0 / m - i0 / n) * 40 + 0.1 * a + 0.13 * b + noise[(i0 * 31 + j0 * 17 + k) & 4095]!;
  const band = bandAround(
    lengthDiagonal(
      Array.from({ length: n }, () => 10),
      Array.from({ length: m }, () => 9),
    ),
    n,
    m,
    8,
  );
  const alone = bandedDp(band, cost, BEAD_TYPES);
  const fromRow = 120;
  const T = BEAD_TYPES.length;
  const table = () => {
    const out = new Float64Array((band.start[n + 1]! - band.start[fromRow]!) * T).fill(NaN);
    beadCosts(band, cost, BEAD_TYPES, fromRow, out);
    return out;
  };

  for (const [what, doneFrom] of [
    ['the worker done before the programme gets there', fromRow],
    ['meeting in the middle of its rows', 200],
    ['meeting at the last row', n],
    ['the worker never done (slow or failed)', n + 1],
  ] as const) {
    it(what, () => {
      const costs = table();
      // Rows the worker has not finished hold nonsense: reading one would change the path.
      const poison = (band.start[doneFrom] ?? band.start[n + 1]!) - band.start[fromRow]!;
      costs.fill(-1e6, 0, poison * T);
      const passed: number[] = [];
      const share: DpShare = {
        fromRow,
        costs,
        doneFrom: () => doneFrom,
        passed: (i) => passed.push(i),
      };
      const steps = bandedDp(band, cost, BEAD_TYPES, undefined, undefined, undefined, share);
      expect(steps).to.deep.equal(alone);
      // The programme says which rows it did itself, up to where it took over.
      const last = Math.min(doneFrom, n + 1) - 1;
      expect(passed).to.deep.equal(
        Array.from({ length: Math.max(0, last - fromRow + 1) }, (_, x) => fromRow + x),
      );
    });
  }

  it('the worker going backwards stops where the programme has been', () => {
    const out = new Float64Array((band.start[n + 1]! - band.start[fromRow]!) * T).fill(NaN);
    const rows: number[] = [];
    beadCosts(band, cost, BEAD_TYPES, fromRow, out, (next, done) => {
      rows.push(done);
      return next >= 250;
    });
    expect(rows[0]).to.equal(n + 1);
    expect(rows[rows.length - 1]).to.equal(250);
    const row249 = (band.start[249]! - band.start[fromRow]!) * T;
    expect(
      out.subarray(0, row249 + T * (band.hi[249]! - band.lo[249]! + 1)).every(Number.isNaN),
    ).to.equal(true);
  });
});
