import { expect } from '@open-wc/testing';
import { bandAround } from '../../../src/core/align/band.js';
import { pairMatches } from '../../../src/core/align/evidence.js';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';
import { lexiconFrom } from '../../../src/core/align/index.js';
import { centre, positionedWords } from '../../../src/core/align/order.js';
import { PRIOR_SHAPES, Scorer, shapeCosts } from '../../../src/core/align/scorer.js';

// [mask, positioned words, centre]: the mean position of the set bits as a share of the words.
const CENTRES: [number, number, number][] = [
  [0b1, 5, 0],
  [0b10000, 5, 1],
  [0b10001, 5, 0.5],
  [0b110, 5, 0.375],
  [0b100000, 5, -1], // a match beyond the positioned words has no place
  [0, 5, -1],
  [0b1, 1, -1], // a sentence of one word has no order
  [0x80000000 | 1, 32, 0.5],
];

const lexicon = lexiconFrom({
  老师: ['teacher'],
  学生: ['student'],
  城市: ['city'],
  河流: ['river'],
});

describe('core/align order', () => {
  for (const [mask, n, want] of CENTRES) {
    it(`centre of ${mask.toString(2)} over ${n} words is ${want}`, () => {
      expect(centre(mask, n)).to.equal(want);
    });
  }

  it('positions only the words before numbers and marks', () => {
    const vocab = new Vocabulary();
    const f = featuresOf(['老师和学生去了城市，看了3条河流吗？'], 'zh', vocab, lexicon);
    // 老师 学生 去 城市 看 条 河流 …: then the number and the question mark, unpositioned.
    const [n] = positionedWords(f, vocab.keys());
    expect(n).to.equal(f[0]!.words.length - 2);
  });

  it('a bead whose partners match the sentence out of order pays for it', () => {
    const zh = ['老师和学生，去了城市和河流。'];
    const inOrder = ['The teacher and the student.', 'They went to the city and the river.'];
    const crossed = ['They went to the city and the river.', 'The teacher and the student.'];
    const crossing = (en: string[]): number => {
      const vocab = new Vocabulary();
      const src = featuresOf(zh, 'zh', vocab, lexicon);
      const tgt = featuresOf(en, 'en', vocab, lexicon);
      const pairs = pairMatches(src, tgt, bandAround([0, 2], 1, 2, 2), vocab.size);
      const keys = vocab.keys();
      const scorer = new Scorer(src, tgt, pairs, {
        length: { ratio: 2, variance: 6 },
        lexical: { src: { q1: 0.4, q0: 0.02 }, tgt: { q1: 0.4, q0: 0.02 } },
        shapeCost: shapeCosts(PRIOR_SHAPES),
        positioned: { src: positionedWords(src, keys), tgt: positionedWords(tgt, keys) },
      });
      return scorer.crossing(0, 1, 0, 2);
    };
    expect(crossing(inOrder)).to.equal(0);
    expect(crossing(crossed)).to.be.above(0.5);
  });
});
