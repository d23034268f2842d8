// A sentence's offer is every key of its kept words and extras, sorted and unique, and a word
// repeated in the sentence is kept once: short offers are sorted by insertion, long ones (past
// 64 keys) by the typed-array sort, and both must give the Set-and-sort reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';

const reference = (words: Int32Array[]): number[] =>
  [...new Set(words.flatMap((w) => [...w]))].sort((a, b) => a - b);

const WORDS = Array.from(
  { length: 150 },
  (_, k) => `word${String.fromCharCode(97 + (k % 26))}${k}`,
);

const CASES: [string, string][] = [
  ['empty', ''],
  ['one word', 'teacher'],
  ['a repeated word', 'cloud cloud rain cloud'],
  ['ten words, reversed vocabulary order', WORDS.slice(0, 10).reverse().join(' ')],
  ['64 words', WORDS.slice(0, 64).join(' ')],
  ['65 words', WORDS.slice(0, 65).join(' ')],
  ['150 words, shuffled, with repeats', [...WORDS, ...WORDS.slice(0, 40)].sort().join(' ')],
];

test('featuresOf: offers sorted, unique, each word once', () => {
  const vocab = new Vocabulary();
  // Ids met out of order first, so a sentence's keys are not already sorted.
  featuresOf([[...WORDS].reverse().join(' ')], 'en', vocab);
  for (const [name, text] of CASES) {
    const [f] = featuresOf([text, text], 'en', vocab);
    const firsts = f!.words.map((w) => w[0]);
    assert.equal(new Set(firsts).size, firsts.length, `${name}: a word kept twice`);
    assert.deepEqual([...f!.offer], reference(f!.words), name);
  }
  const [rep] = featuresOf(['cloud cloud rain cloud'], 'en', vocab);
  assert.equal(rep!.words.length, 2);
});

test('featuresOf: clauses counted by both scripts’ marks', () => {
  const vocab = new Vocabulary();
  const CLAUSES: [string, number][] = [
    ['No marks.', 1],
    ['One, two; three: four.', 4],
    ['一，二；三：四。', 4],
    ['mixed, 混合，marks', 3],
  ];
  for (const [text, n] of CLAUSES) {
    const lang = /[一-龥]/.test(text) ? 'zh' : 'en';
    assert.equal(featuresOf([text], lang, vocab)[0]!.clauses, n, text);
  }
});
