// The find bar's Next and Previous: the next text with a match, wrapping round.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextMatchIndex } from '../../src/core/find.js';

const texts = ['开源峰会', 'Hangzhou', '', 'open source', 'Open day'];

describe('core/find: nextMatchIndex', () => {
  const cases: [string, number, 1 | -1, number][] = [
    // query (case-insensitive), start, direction, expected index
    ['open', -1, 1, 3],
    ['open', 3, 1, 4],
    ['open', 4, 1, 3], // wraps round to the top
    ['open', 4, -1, 3],
    ['open', 3, -1, 4], // wraps round to the bottom
    ['source', 3, 1, 3], // the only match is the row it starts from: found again last
    ['开源', 2, 1, 0],
    ['zzz', 1, 1, -1],
  ];
  for (const [query, start, direction, want] of cases)
    it(`"${query}" from ${start} going ${direction}`, () =>
      assert.equal(nextMatchIndex(texts, start, direction, new RegExp(query, 'giu')), want));
  it('no texts, no match', () => assert.equal(nextMatchIndex([], -1, 1, /a/g), -1));
});
