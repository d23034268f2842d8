import { expect } from '@open-wc/testing';
import {
  exactHash,
  lowerBound,
  mergeByKey,
  numberMaskOf,
  sortByKey,
  valueBits,
} from '../../../src/core/tm/exact-keys.js';

describe('core/tm/exact-keys: the keys that find 100 % matches and order by numbers', () => {
  // [keys by slot, the slots sorted by key (equal keys in slot order)]
  const sorts: [number[], number[]][] = [
    [[], []],
    [[5], [0]],
    [
      [3, 1, 2],
      [1, 2, 0],
    ],
    [
      [0x10000, 0xffff, 0x10000, 0],
      [3, 1, 0, 2],
    ],
    [
      [0xffffffff, 0x80000000, 7, 7],
      [2, 3, 1, 0],
    ],
  ];
  for (const [keys, sorted] of sorts)
    it(`sorts slots by ${JSON.stringify(keys)}`, () => {
      const key = Uint32Array.from(keys);
      const all = Uint32Array.from(keys.keys());
      expect([...sortByKey(all, key)]).to.deep.equal(sorted);
    });

  it('merges two sorted runs and finds the first of a key', () => {
    const key = Uint32Array.from([9, 2, 5, 2, 7, 1]);
    const merged = mergeByKey(Uint32Array.from([1, 2, 0]), Uint32Array.from([5, 3, 4]), key);
    expect([...merged].map((s) => key[s])).to.deep.equal([1, 2, 2, 5, 7, 9]);
    // [key, where its first slot is]
    const bounds: [number, number][] = [
      [0, 0],
      [2, 1],
      [6, 4],
      [9, 5],
      [10, 6],
    ];
    for (const [k, at] of bounds) expect(lowerBound(merged, key, k), `key ${k}`).to.equal(at);
  });

  // [a, b, whether their exact hashes are equal]
  const texts: [string, string, boolean][] = [
    ['价格为10元。', '价格为10元。', true],
    ['  Save  the file. ', 'Save the file.', true],
    ['Save the file.', 'Save the File.', false],
    ['价格为10元。', '价格为12元。', false],
  ];
  for (const [a, b, same] of texts)
    it(`${same ? 'same' : 'another'} exact hash: "${a}" / "${b}"`, () => {
      expect(exactHash(a) === exactHash(b)).to.equal(same);
    });

  // [text, the values its number mask holds]
  const masks: [string, string[]][] = [
    ['没有数字。', []],
    ['价格为10元。', ['10']],
    ['共1,800人，第１２章', ['1800', '12']],
  ];
  for (const [text, values] of masks)
    it(`masks the numbers of "${text}"`, () => {
      expect(numberMaskOf(text)).to.equal(values.reduce((m, v) => m | valueBits(v), 0) >>> 0);
    });
});
