import { expect } from '@open-wc/testing';
import { keepCaret } from '../../../src/ui/grid/bt-segment-row.js';

// [before, after, caret before, caret after]: someone else's edit of the sentence being typed in.
const CASES: [string, string, number, number][] = [
  ['hello world', 'hello big world', 11, 15], // inserted before the caret: it moves along
  ['hello world', 'hello world!', 5, 5], // inserted after it: it stays
  ['hello big world', 'hello world', 15, 11], // deleted before it
  ['abc', 'Xabc', 0, 0], // at the very start, an insertion there goes before... the caret stays
  ['abc', 'Xabc', 2, 3],
  ['你好世界', '你好，美丽的世界', 4, 8],
  ['abc', 'abc', 2, 2],
  ['abcdef', 'ab', 5, 2], // the text under the caret went away: it lands where the change is
];

describe('keepCaret', () => {
  for (const [before, after, pos, want] of CASES)
    it(`${JSON.stringify(before)} → ${JSON.stringify(after)} at ${pos}`, () =>
      expect(keepCaret(before, after, pos)).to.equal(want));
});
