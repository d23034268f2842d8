import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandAround } from '../../../src/core/align/band.js';
import { BEAD_TYPES } from '../../../src/core/align/dp.js';
import { calibrateEdges, edgeClasses } from '../../../src/core/align/edges.js';
import { pairMatches } from '../../../src/core/align/evidence.js';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';
import { align, lexiconFrom } from '../../../src/core/align/index.js';
import { positionedWords } from '../../../src/core/align/order.js';
import {
  PRIOR_SHAPES,
  Scorer,
  shapeCosts,
  termWeights,
  type Model,
} from '../../../src/core/align/scorer.js';
import { DEFAULT_WEIGHTS, withWeights } from '../../../src/core/align/weights.js';

const lexicon = lexiconFrom({
  老师: ['teacher'],
  学生: ['student'],
  城市: ['city'],
  河流: ['river'],
  音乐: ['music'],
  朋友: ['friend'],
});
const ZH = ['老师和学生，去了城市。', '但是河流很长吗？', '“朋友听音乐。”', '学生去了河流。'];
const EN = [
  'The teacher and the student went to the city.',
  'But is the river long?',
  '"The friend listens to music."',
  'The student went.',
  'To the river.',
];

/** A scorer over ZH/EN with every part of the cost present (clauses, edges, order). */
function scorerWith(w: Partial<typeof DEFAULT_WEIGHTS>): { scorer: Scorer; shape: Float64Array } {
  const vocab = new Vocabulary();
  const src = featuresOf(ZH, 'zh', vocab, lexicon);
  const tgt = featuresOf(EN, 'en', vocab, lexicon);
  const pairs = pairMatches(src, tgt, bandAround([0, 1, 2, 3, 4], 4, 5, 5), vocab.size);
  const keys = vocab.keys();
  const path = [0, 1, 2, 3].map((i) => ({ i0: i, a: 1, j0: i, b: 1, type: 0, cost: 0 }));
  const shape = shapeCosts(PRIOR_SHAPES);
  const model: Model = {
    length: { ratio: 3, variance: 6 },
    clauses: { ratio: 1, variance: 1 },
    lexical: { src: { q1: 0.4, q0: 0.02 }, tgt: { q1: 0.4, q0: 0.02 } },
    shapeCost: shape,
    edges: calibrateEdges(path, edgeClasses(ZH, 'zh'), edgeClasses(EN, 'en')),
    positioned: { src: positionedWords(src, keys), tgt: positionedWords(tgt, keys) },
    weights: withWeights(w),
  };
  return { scorer: new Scorer(src, tgt, pairs, model), shape };
}

const WEIGHTS: [string, Partial<typeof DEFAULT_WEIGHTS>][] = [
  ['the defaults', {}],
  [
    'every weight moved',
    {
      length: 0.7,
      clause: 0.9,
      unpaired: 1.7,
      edge: 1.2,
      order: 3,
      lexical: 0.6,
      lexicalMiss: 1.3,
    },
  ],
  ['lexical evidence off', { lexical: 0 }],
];

describe('core/align weights', () => {
  for (const [name, w] of WEIGHTS) {
    it(`with ${name}, every bead costs its shape plus its terms times their weights`, () => {
      const { scorer, shape } = scorerWith(w);
      const tw = termWeights(withWeights(w));
      let beads = 0;
      BEAD_TYPES.forEach(([a, b], type) => {
        for (let i0 = 0; i0 + a <= ZH.length; i0++)
          for (let j0 = 0; j0 + b <= EN.length; j0++) {
            const terms = scorer.terms(i0, a, j0, b);
            const sum = shape[type]! + terms.reduce((s, t, k) => s + t * tw[k]!, 0);
            // The same terms summed in another order: equal to rounding (the order term's
            // match centres are kept as float64, so a second look gives the first's value).
            const cost = scorer.cost(i0, a, j0, b, type);
            // A wide bead off its length window costs Infinity, and its length term is that.
            if (cost === Infinity) assert.equal(sum, Infinity, `${a}-${b} at ${i0},${j0}`);
            else assert.ok(Math.abs(cost - sum) < 1e-9, `${a}-${b} at ${i0},${j0}`);
            beads++;
          }
      });
      assert.ok(beads > 50);
    });
  }

  it('each weight scales its own term: an unpaired sentence pays the unpaired weight', () => {
    const k10 = BEAD_TYPES.findIndex(([a, b]) => a === 1 && b === 0);
    const one = scorerWith({ unpaired: 1 }).scorer.cost(1, 1, 1, 0, k10);
    const four = scorerWith({ unpaired: 4 }).scorer.cost(1, 1, 1, 0, k10);
    assert.ok(Math.abs(four - one - 3) < 1e-12);
  });

  it('AlignOptions.weights reaches the programme, and {} is the defaults', () => {
    const opts = { sourceLang: 'zh', targetLang: 'en', lexicon } as const;
    const plain = align(ZH, EN, opts);
    assert.deepEqual(align(ZH, EN, { ...opts, weights: {} }), plain);
    // With no lexical evidence and a free unpaired sentence, the words no longer hold the
    // last English sentence to its partner.
    const blind = align(ZH, EN, { ...opts, weights: { lexical: 0, unpaired: -5 } });
    assert.notDeepEqual(
      blind.map((b) => [b.src, b.tgt]),
      plain.map((b) => [b.src, b.tgt]),
    );
  });
});
