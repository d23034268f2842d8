import { expect } from '@open-wc/testing';
import { HeightIndex } from '../../../src/ui/common/height-index.js';

describe('HeightIndex', () => {
  const cases: {
    name: string;
    count: number;
    estimate: number;
    measured: [number, number][];
    offsets: [number, number][];
    at: [number, number][];
  }[] = [
    {
      name: 'nothing measured: every row at the estimate',
      count: 4,
      estimate: 50,
      measured: [],
      offsets: [
        [0, 0],
        [1, 50],
        [4, 200],
      ],
      at: [
        [0, 0],
        [49, 0],
        [50, 1],
        [199, 3],
        [10_000, 3],
        [-5, 0],
      ],
    },
    {
      name: 'measured rows replace the estimate from where they are',
      count: 5,
      estimate: 50,
      measured: [
        [1, 100],
        [3, 10],
      ],
      offsets: [
        [1, 50],
        [2, 150],
        [3, 200],
        [4, 210],
        [5, 260],
      ],
      at: [
        [149, 1],
        [150, 2],
        [205, 3],
        [210, 4],
      ],
    },
    {
      name: 'an empty list',
      count: 0,
      estimate: 50,
      measured: [],
      offsets: [[0, 0]],
      at: [[100, 0]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const h = new HeightIndex(c.count, c.estimate);
      for (const [i, px] of c.measured) h.set(i, px);
      for (const [i, y] of c.offsets) expect(h.offsetOf(i), `offset of ${i}`).to.equal(y);
      for (const [y, i] of c.at) expect(h.indexAt(y), `row at ${y}`).to.equal(i);
    });
  }

  it('updates offsets after a later measurement and a new estimate', () => {
    const h = new HeightIndex(3, 10);
    expect(h.total).to.equal(30);
    expect(h.set(0, 40)).to.equal(true);
    expect(h.set(0, 40)).to.equal(false);
    expect(h.total).to.equal(60);
    h.setEstimate(20);
    expect(h.total).to.equal(80);
    expect(h.offsetOf(2)).to.equal(60);
    expect(h.set(7, 5), 'out of range is ignored').to.equal(false);
    expect(h.set(1, 0), 'zero is not a measurement').to.equal(false);
  });

  it('finds the row at an offset among 20,000 rows of mixed heights', () => {
    const h = new HeightIndex(20_000, 60);
    for (let i = 0; i < 20_000; i += 7) h.set(i, 90);
    const i = h.indexAt(h.offsetOf(12_345) + 1);
    expect(i).to.equal(12_345);
  });
});
