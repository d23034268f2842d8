import { expect } from '@open-wc/testing';
import { packUnits, unpackUnits } from '../../../src/core/tm/columns.js';
import type { TmUnit } from '../../../src/core/tm/types.js';

const u = (id: string, source: string, target: string, extra: Partial<TmUnit> = {}): TmUnit => ({
  id,
  source,
  target,
  createdAt: 10,
  changedAt: 20,
  ...extra,
});

describe('core/tm/columns: units in columns and back', () => {
  // [name, slots]
  const cases: [string, (TmUnit | undefined)[]][] = [
    ['nothing', []],
    ['one plain unit', [u('a', '你好。', 'Hello.')]],
    ['an empty slot between two', [u('a', '一。', 'One.'), undefined, u('c', '三。', 'Three.')]],
    ['empty slots only', [undefined, undefined]],
    [
      'context, origin and codes kept',
      [
        u('seg:1', '见\uE000图\uE001。', 'See \uE000figure\uE001.', {
          prev: '上一句。',
          next: '下一句。',
          project: 'P',
          document: 'D.docx',
          author: 'Li',
          changedBy: 'Ann',
          codes: [
            { id: '1', kind: 'open', tag: 'bpt', data: '<b>' },
            { id: '1', kind: 'close', tag: 'ept', data: '</b>' },
          ],
        }),
        u('b', '', ''),
      ],
    ],
    ['texts with surrogate pairs', [u('a', '𠀀𠀁。', '😀 ok.'), u('b', '𠀂', 'x')]],
  ];
  for (const [name, slots] of cases) {
    it(name, () => {
      const cols = structuredClone(packUnits(slots));
      expect(cols.count).to.equal(slots.length);
      expect(unpackUnits(cols)).to.deep.equal(slots);
    });
  }

  it('keeps optional fields apart, only for the units that have them', () => {
    const cols = packUnits([u('a', 'x', 'y'), u('b', 'x', 'y', { project: 'P' })]);
    expect([...cols.extraSlots]).to.deep.equal([1]);
    expect(cols.extras).to.deep.equal([{ project: 'P' }]);
    expect(cols.text).to.equal('xyxy');
    expect(cols.names).to.equal(undefined);
  });

  it('keeps authors in columns, each name once, not as an object a unit', () => {
    const slots = Array.from({ length: 6 }, (_, i) =>
      u(`${i}`, 'x', 'y', i % 3 === 2 ? {} : { author: i % 2 ? 'bob' : 'alice', changedBy: 'bob' }),
    );
    const cols = structuredClone(packUnits(slots));
    expect(cols.extras).to.deep.equal([]);
    expect(cols.names).to.deep.equal(['alice', 'bob']);
    expect(unpackUnits(cols)).to.deep.equal(slots);
  });

  it('reads columns written before authors had their own, from the extras', () => {
    const cols = packUnits([u('a', 'x', 'y')]);
    const old = { ...cols, extraSlots: Uint32Array.from([0]), extras: [{ author: 'Li' }] };
    expect(unpackUnits(old)).to.deep.equal([u('a', 'x', 'y', { author: 'Li' })]);
  });
});
