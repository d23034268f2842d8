import { expect } from '@open-wc/testing';
import { initialKeys, keyBetween } from '../../src/core/order.js';

describe('core/order', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['a', ''],
    ['', 'a'],
    ['a', 'b'],
    ['a', 'a1'],
    ['a0i', 'a1'],
    ['z', ''],
    ['1', '2'],
    ['0001', '0002'],
  ];
  for (const [a, b] of cases) {
    it(`keyBetween(${JSON.stringify(a)}, ${JSON.stringify(b)}) sorts strictly between`, () => {
      const k = keyBetween(a, b);
      if (a) expect(k > a, `${k} > ${a}`).to.equal(true);
      if (b) expect(k < b, `${k} < ${b}`).to.equal(true);
      expect(k.endsWith('0')).to.equal(false);
    });
  }

  it('keeps finding room after 200 inserts at the same place', () => {
    let lo = 'a';
    const hi = 'b';
    for (let i = 0; i < 200; i++) {
      const k = keyBetween(lo, hi);
      expect(k > lo && k < hi).to.equal(true);
      lo = k;
    }
  });

  it('rejects bounds in the wrong order', () => {
    expect(() => keyBetween('b', 'a')).to.throw();
  });

  for (const n of [1, 2, 35, 36, 1000, 20000]) {
    it(`initialKeys(${n}) gives ${n} unique ascending keys`, () => {
      const keys = initialKeys(n);
      expect(keys.length).to.equal(n);
      for (let i = 1; i < keys.length; i++) expect(keys[i - 1] < keys[i]).to.equal(true);
    });
  }
});
