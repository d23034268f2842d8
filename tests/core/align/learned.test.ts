import { expect } from '@open-wc/testing';
import type { PathStep } from '../../../src/core/align/dp.js';
import type { SentenceFeatures } from '../../../src/core/align/features.js';
import { learnPairs, withLearned } from '../../../src/core/align/learned.js';

/** A sentence whose words are single keys. */
const sent = (...ids: number[]): SentenceFeatures => ({
  len: 10,
  clauses: 1,
  words: ids.map((id) => Int32Array.of(id)),
  offer: Int32Array.from([...ids].sort((a, b) => a - b)),
});
const one = (i: number): PathStep => ({ i0: i, a: 1, j0: i, b: 1, type: 0, cost: 0 });

describe('core/align translation table learned from the document', () => {
  // Source word 1 always faces target word 101; word 2 faces 102 once only; 3 is everywhere.
  const fill = [5, 6, 7, 8, 9, 10, 11];
  const src = [sent(1, 3), sent(1, 2, 3), sent(1, 3), ...fill.map(() => sent(3))];
  const tgt = [
    sent(101, 200),
    sent(101, 102, 201),
    sent(101, 202),
    ...fill.map((k) => sent(200 + k)),
  ];
  const pairs = learnPairs(
    src,
    tgt,
    src.map((_, i) => one(i)),
  );

  const cases: [string, number, number[] | undefined][] = [
    ['a pair that keeps meeting', 1, [101]],
    ['a pair met only once', 2, undefined],
    ['a word found beside everything', 3, undefined],
  ];
  for (const [what, x, want] of cases) {
    it(`${what}: ${x} → ${JSON.stringify(want)}`, () => {
      expect(pairs.get(x)).to.deep.equal(want);
    });
  }

  it('learns only between words the bead leaves unmatched', () => {
    // Word 4 is glossed 104 (a shared key) and always sits beside 5; the target beside 105.
    const glossed = (): SentenceFeatures => ({
      len: 10,
      clauses: 1,
      words: [Int32Array.of(4, 104), Int32Array.of(5)],
      offer: Int32Array.of(4, 5, 104),
    });
    const s2 = [glossed(), glossed(), glossed(), ...fill.map(() => sent(3))];
    const t2 = [sent(104, 105), sent(104, 105), sent(104, 105), ...fill.map((k) => sent(200 + k))];
    const learned = learnPairs(
      s2,
      t2,
      s2.map((_, i) => one(i)),
    );
    expect(learned.get(5)).to.deep.equal([105]);
    expect(learned.get(4)).to.equal(undefined);
  });

  it('adds learned partners to the word keys and to the offer', () => {
    const out = withLearned(src, pairs);
    expect([...out[0]!.words[0]!]).to.deep.equal([1, 101]);
    expect([...out[0]!.offer]).to.deep.equal([1, 3, 101]);
    expect(out[3]).to.equal(src[3]);
  });
});
