// charLength counts code points by char code (no string per character): it must count exactly
// what the iterator-based reading counted, spaces, surrogate pairs and lone surrogates alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charLength } from '../../../src/core/align/length.js';

const byIterator = (s: string): number => {
  let n = 0;
  for (const c of s) if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '\n') n++;
  return n;
};

const CASES: [string, number][] = [
  ['', 0],
  ['abc', 3],
  ['a b\tc\nd', 4],
  ['他说：“好。”', 7],
  ['全角\u3000空格', 4],
  ['𠀀𠀁 old', 5],
  ['\ud840', 1],
  ['x\udc00y', 3],
  ['\ud840\ud840\udc00', 2],
  ['end\ud840', 4],
  ['\r\u00a0', 2],
];

test('charLength: table', () => {
  for (const [s, n] of CASES) {
    assert.equal(charLength(s), n, JSON.stringify(s));
    assert.equal(charLength(s), byIterator(s), JSON.stringify(s));
  }
});

test('charLength: random strings over spaces, CJK, surrogates', () => {
  const units = [0x20, 0x09, 0x0a, 0x3000, 0x61, 0x4e2d, 0xd840, 0xdc00, 0xdbff, 0xdfff, 0xff0c];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  for (let t = 0; t < 2000; t++) {
    const s = String.fromCharCode(
      ...Array.from({ length: next() % 12 }, () => units[next() % units.length]!),
    );
    assert.equal(charLength(s), byIterator(s), JSON.stringify(s));
  }
});
