import { expect } from '@open-wc/testing';
import { HashTable, pairHash } from '../../../src/core/tm/hash-table.js';
import { dupKey } from '../../../src/store/tm-blocks.js';

describe('core/tm/hash-table: hashes of pairs to two numbers, in typed arrays', () => {
  // [name, operations as [key, a, b], lookups as [key, expected a and b or undefined]]
  const cases: [string, [number, number, number][], [number, [number, number] | undefined][]][] = [
    ['empty', [], [[5, undefined]]],
    [
      'one key',
      [[7, 1, 2]],
      [
        [7, [1, 2]],
        [8, undefined],
      ],
    ],
    [
      'a key set again keeps the last',
      [
        [7, 1, 2],
        [7, 3, 4],
      ],
      [[7, [3, 4]]],
    ],
    [
      'zero and the largest hash',
      [
        [0, 9, 9],
        [2 ** 53 - 1, 8, 8],
      ],
      [
        [0, [9, 9]],
        [2 ** 53 - 1, [8, 8]],
        [1, undefined],
      ],
    ],
    // Keys that share their low 32 bits still land apart.
    [
      'same low bits',
      [
        [2 ** 32 + 5, 1, 0],
        [2 * 2 ** 32 + 5, 2, 0],
        [5, 3, 0],
      ],
      [
        [5, [3, 0]],
        [2 ** 32 + 5, [1, 0]],
        [3 * 2 ** 32 + 5, undefined],
      ],
    ],
  ];
  for (const [name, sets, gets] of cases)
    it(name, () => {
      const t = new HashTable(1);
      for (const [k, a, b] of sets) t.set(k, a, b);
      for (const [k, want] of gets) {
        const s = t.find(k);
        expect(s < 0 ? undefined : [t.a(s), t.b(s)], `key ${k}`).to.deep.equal(want);
      }
    });

  it('grows past its first size and finds every key it was given', () => {
    const t = new HashTable(4);
    const keys = Array.from({ length: 5000 }, (_, i) => pairHash(`句${i}`, `S${i}`));
    keys.forEach((k, i) => t.set(k, i, -i));
    expect(t.size).to.equal(5000);
    expect(keys.every((k, i) => t.a(t.find(k)) === i && t.b(t.find(k)) === -i)).to.equal(true);
    expect(t.find(pairHash('句5000', 'S5000'))).to.equal(-1);
  });

  it('refuses what is not a hash', () => {
    const t = new HashTable();
    expect(() => t.set(-1, 0, 0)).to.throw(RangeError);
    expect(() => t.set(0.5, 0, 0)).to.throw(RangeError);
  });

  it('pairHash is the store duplicate key, and tells source from target', () => {
    expect(pairHash('你好。', 'Hello.').toString(36)).to.equal(dupKey('你好。', 'Hello.'));
    expect(pairHash('ab', 'c')).to.not.equal(pairHash('a', 'bc'));
    expect(Number.isSafeInteger(pairHash('x', 'y'))).to.equal(true);
  });
});
