import { expect } from '@open-wc/testing';
import type { PathStep } from '../../../src/core/align/dp.js';
import type { SentenceFeatures } from '../../../src/core/align/features.js';
import { learnPairs, withLearned } from '../../../src/core/align/learned.js';
import { plainLearnPairs, plainWithLearned } from './learned-plain.js';
import { rng } from './synthetic.js';

/** A sentence whose words are single keys. */
const sent = (...ids: number[]): SentenceFeatures => ({
  len: 10,
  clauses: 1,
  words: ids.map((id) => Int32Array.of(id)),
  offer: Int32Array.from([...new Set(ids)].sort((a, b) => a - b)),
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

describe('core/align learnPairs and withLearned, the quick versions', () => {
  // Random documents of few words (so pairs meet often and Dice ties are common), beads of
  // every shape: the table must give what the Map of Maps gave, ties broken the same way.
  for (const seed of [1, 2, 3, 4]) {
    it(`equals the plain count (seed ${seed})`, () => {
      const rand = rng(seed);
      const pick = (k: number) => Math.floor(rand() * k);
      // Target words follow the source's (x → 1100 + x mod 12, so several share a partner),
      // with noise; a tenth of the beads are unpaired.
      const src: SentenceFeatures[] = [];
      const tgt: SentenceFeatures[] = [];
      for (let k = 0; k < 400; k++) {
        const xs = Array.from({ length: 1 + pick(4) }, () => pick(40));
        src.push(sent(...xs));
        // Words below 20 always bring three partners, in a random order: Dice ties of more
        // partners than are kept, broken by the order each pair was first met.
        const ys = xs.flatMap((x) =>
          x < 20
            ? [0, 1, 2].sort(() => rand() - 0.5).map((d) => 1000 + 3 * x + d)
            : [rand() < 0.8 ? 1100 + (x % 12) : 2000 + pick(30)],
        );
        tgt.push(sent(...ys));
      }
      const steps: PathStep[] = [];
      for (let i = 0; i < src.length;) {
        const a = Math.min(src.length - i, 1 + pick(2));
        const lone = rand() < 0.1;
        steps.push({ i0: i, a: lone ? 0 : a, j0: i, b: a, type: 0, cost: 0 });
        if (lone) steps.push({ i0: i, a, j0: i + a, b: 0, type: 0, cost: 0 });
        i += a;
      }
      const quick = learnPairs(src, tgt, steps);
      const plain = plainLearnPairs(src, tgt, steps);
      expect(quick.size).to.be.greaterThan(5);
      expect([...quick.values()].filter((ys) => ys.length === 2).length).to.be.greaterThan(5);
      expect([...quick]).to.deep.equal([...plain]);
      const flat = (f: SentenceFeatures[]) =>
        f.map((x) => ({ words: x.words.map((w) => [...w]), offer: [...x.offer] }));
      const learned = withLearned(src, quick);
      expect(flat(learned)).to.deep.equal(flat(plainWithLearned(src, plain)));
      expect(learned.filter((f, i) => f !== src[i]).length).to.be.greaterThan(10);
    });
  }
});
