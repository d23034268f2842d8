import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandAround } from '../../../src/core/align/band.js';
import { BEAD_TYPES } from '../../../src/core/align/dp.js';
import { pairMatches } from '../../../src/core/align/evidence.js';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';
import { lexiconFrom } from '../../../src/core/align/index.js';
import { PRIOR_SHAPES, Scorer, shapeCosts, type Model } from '../../../src/core/align/scorer.js';

const lexicon = lexiconFrom({ 老师: ['teacher'], 学生: ['student'], 城市: ['city'] });
const EN = [
  'The teacher went to the city.',
  'The student went with her.',
  'They took the morning train.',
  'It rained all the way there.',
  'Nobody said a word.',
  'The city was quiet.',
];
/** Source 0 is as long as the five or six English sentences together should be; 1 a tenth of it. */
const ZH = ['老师和学生一起坐早上的火车去了城市，一路下雨，谁也没说话，城市很安静。', '老师。'];

function scorer(): Scorer {
  const vocab = new Vocabulary();
  const src = featuresOf(ZH, 'zh', vocab, lexicon);
  const tgt = featuresOf(EN, 'en', vocab, lexicon);
  const chars = (s: string[]): number => s.join('').replace(/\s/g, '').length;
  const model: Model = {
    // The ratio of the document as a whole: ZH[0] against the six English sentences.
    length: { ratio: chars(EN) / chars([ZH[0]!]), variance: 6 },
    lexical: { src: { q1: 0.4, q0: 0.02 }, tgt: { q1: 0.4, q0: 0.02 } },
    shapeCost: shapeCosts(PRIOR_SHAPES),
  };
  const pairs = pairMatches(src, tgt, bandAround([0, 3, 6], 2, 6, 6), vocab.size);
  return new Scorer(src, tgt, pairs, model);
}

const type = (a: number, b: number): number => BEAD_TYPES.findIndex(([x, y]) => x === a && y === b);

describe('core/align wide beads and their length window', () => {
  it('a 1-5 or 1-6 bead whose lengths fit costs something finite', () => {
    const s = scorer();
    assert.ok(Number.isFinite(s.cost(0, 1, 0, 6, type(1, 6))));
    assert.ok(Number.isFinite(s.cost(0, 1, 0, 5, type(1, 5))));
    assert.ok(Number.isFinite(s.terms(0, 1, 0, 6)[0]!));
  });

  it('one whose lengths are far off costs Infinity, with or without a limit', () => {
    const s = scorer();
    // ZH[1] (two characters) against six English sentences: no translation is that long.
    assert.equal(s.cost(1, 1, 0, 6, type(1, 6)), Infinity);
    assert.equal(s.costBelow(1, 1, 0, 6, type(1, 6), 1e9), Infinity);
    assert.equal(s.terms(1, 1, 0, 6)[0], Infinity);
  });

  it('a narrower bead as far off still costs something finite: the window is for wide ones', () => {
    const s = scorer();
    assert.ok(Number.isFinite(s.cost(1, 1, 0, 4, type(1, 4))));
  });
});
