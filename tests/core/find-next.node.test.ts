// The find bar's Next, Previous, count and Replace: match by match through the rows, wrapping round.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileFind, matchFrom, matchesIn, replaceAt } from '../../src/core/find.js';

const texts = ['开源峰会', 'open the open door', '', 'Open day'];
const re = (query: string, o: { regex?: boolean; wholeWord?: boolean } = {}) =>
  compileFind({ query, matchCase: false, wholeWord: false, regex: false, ...o }) as RegExp;

describe('core/find: matchesIn', () => {
  it('lists every match in reading order, row by row', () =>
    assert.deepEqual(matchesIn(texts, re('open')), [
      { row: 1, start: 0, end: 4 },
      { row: 1, start: 9, end: 13 },
      { row: 3, start: 0, end: 4 },
    ]));
  it('finds Chinese as a substring', () =>
    assert.deepEqual(matchesIn(texts, re('峰会')), [{ row: 0, start: 2, end: 4 }]));
  it('no texts, no match', () => assert.deepEqual(matchesIn([], re('a')), []));
});

describe('core/find: matchFrom', () => {
  const ms = matchesIn(texts, re('open'));
  const cases: [string, { row: number; offset: number }, 1 | -1, number][] = [
    // from, direction, expected index into the matches
    ['the top', { row: 0, offset: 0 }, 1, 0],
    ['the start of a row with a match: that match', { row: 1, offset: 0 }, 1, 0],
    ['inside a row, past its first match', { row: 1, offset: 4 }, 1, 1],
    ['past the last: wraps to the first', { row: 3, offset: 1 }, 1, 0],
    ['previous from a row start: the last match before it', { row: 3, offset: 0 }, -1, 1],
    ['previous from the top: wraps to the last', { row: 0, offset: 0 }, -1, 2],
  ];
  for (const [name, at, direction, want] of cases)
    it(name, () => assert.equal(matchFrom(ms, at, direction), want));
  it('none to go to', () => assert.equal(matchFrom([], { row: 0, offset: 0 }, 1), -1));
});

describe('core/find: replaceAt', () => {
  const cases: [
    string,
    string,
    number,
    string,
    boolean,
    { text: string; end: number } | undefined,
  ][] = [
    // text, query, start, replacement, regex, expected
    ['open the open door', 'open', 9, 'shut', false, { text: 'open the shut door', end: 13 }],
    ['open the open door', 'open', 0, '$&!', false, { text: '$&! the open door', end: 3 }],
    ['open the open door', '(o)pen', 9, '$1$1', true, { text: 'open the oo door', end: 11 }],
    ['open the open door', 'open', 5, 'x', false, undefined], // no match starts there
  ];
  for (const [text, query, start, by, regex, want] of cases)
    it(`${query} at ${start} → ${by}`, () =>
      assert.deepEqual(replaceAt(text, re(query, { regex }), start, by, regex), want));
  it('keeps the context a whole-word match needs', () =>
    assert.deepEqual(
      replaceAt('cat concat cat', re('cat', { wholeWord: true }), 11, 'dog', false),
      {
        text: 'cat concat dog',
        end: 14,
      },
    ));
});
