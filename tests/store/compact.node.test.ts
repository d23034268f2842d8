// A whole document read for the grid: rows shared where they can be, never changed in value.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactSegment, interner } from '../../src/store/compact.js';
import { makeSegment } from '../../src/store/segments.js';
import type { Segment } from '../../src/core/model.js';

const stored = (over: Partial<Segment> = {}): Segment =>
  // As read back from IndexedDB: a fresh copy that shares nothing with the app's objects.
  structuredClone({
    ...makeSegment(
      'doc-1',
      'a0',
      { source: '第一句。', target: 'The first.', status: 'translated' },
      5,
    ),
    ...over,
  });

describe('compactSegment', () => {
  const CASES: [string, () => Segment, boolean][] = [
    ['a row in the app’s shape is kept, not copied', () => stored(), true],
    [
      'a row with inline codes is kept too',
      () =>
        stored({
          codes: [{ kind: 'standalone', id: '1', tag: 'ph', data: '<br/>' }],
        } as Partial<Segment>),
      true,
    ],
    [
      'a row with comments (another shape) is copied',
      () => stored({ comments: [] } as Partial<Segment>),
      false,
    ],
  ];
  for (const [name, make, same] of CASES)
    it(name, () => {
      const a = make();
      const b = make();
      const copy = structuredClone(a);
      const intern = interner();
      const ca = compactSegment(a, 'doc-1', intern);
      const cb = compactSegment(b, 'doc-1', intern);
      assert.equal(ca === a, same);
      assert.deepEqual(ca, copy);
      // Status and link are one shared value across rows.
      assert.equal(ca.link, cb.link);
      assert.equal(ca.status, cb.status);
      if (ca.codes) assert.equal(ca.codes[0]?.tag, cb.codes?.[0]?.tag);
    });
});
