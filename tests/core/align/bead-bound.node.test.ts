// The programme skips a bead whose lower bound already loses at its cell (Scorer.costBelow):
// the bound must never exceed the cost, and the path must be the one found costing every bead.
// On a real chapter (mac-dev, with the generated lexicon): skipped when either is missing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bandAround, lengthDiagonal } from '../../../src/core/align/band.js';
import { BEAD_TYPES, bandedDp } from '../../../src/core/align/dp.js';
import { calibrateEdges, edgeClasses } from '../../../src/core/align/edges.js';
import { pairMatches } from '../../../src/core/align/evidence.js';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';
import { initialLengthModel } from '../../../src/core/align/length.js';
import { positionedWords } from '../../../src/core/align/order.js';
import { PRIOR_SHAPES, Scorer, shapeCosts, type Model } from '../../../src/core/align/scorer.js';
import { loadLexiconFile } from '../../../src/cli/lexicon-file.js';

const DATA = '../shared/data/alignment/mac-dev';
const lexicon = loadLexiconFile();
const skip = !existsSync(`${DATA}/zh/001.txt`)
  ? `no gold data at ${DATA}`
  : !lexicon
    ? 'no generated lexicon (npm run build:lexicon)'
    : false;

describe('core/align bead costs below a limit', { skip }, () => {
  const read = (lang: string): string[] =>
    readFileSync(`${DATA}/${lang}/001.txt`, 'utf8').split('\n').filter(Boolean);
  const zh = read('zh');
  const en = read('en');
  const vocab = new Vocabulary();
  const src = featuresOf(zh, 'zh', vocab, lexicon);
  const tgt = featuresOf(en, 'en', vocab, lexicon);
  const total = (f: typeof src): number => f.reduce((a, x) => a + x.len, 0);
  const lens = (f: typeof src): number[] => f.map((x) => x.len);
  const band = bandAround(lengthDiagonal(lens(src), lens(tgt)), src.length, tgt.length, 20);
  const pairs = pairMatches(src, tgt, band, vocab.size);
  const first: Model = {
    length: initialLengthModel(total(src), total(tgt)),
    lexical: { src: { q1: 0.45, q0: 0.03 }, tgt: { q1: 0.5, q0: 0.02 } },
    shapeCost: shapeCosts(PRIOR_SHAPES),
  };
  // A second pass's model: clauses, edges (measured on the first path) and order too.
  const path = bandedDp(band, new Scorer(src, tgt, pairs, first).cost);
  const keys = vocab.keys();
  const second: Model = {
    ...first,
    clauses: { ratio: 1.1, variance: 0.8 },
    edges: calibrateEdges(path, edgeClasses(zh, 'zh'), edgeClasses(en, 'en')),
    positioned: { src: positionedWords(src, keys), tgt: positionedWords(tgt, keys) },
  };

  for (const [name, model] of [
    ['first pass', first],
    ['second pass (clauses, edges, order)', second],
  ] as const) {
    it(`${name}: the cost, or Infinity only when the cost reaches the limit`, () => {
      const scorer = new Scorer(src, tgt, pairs, model);
      let stopped = 0;
      let checked = 0;
      for (let i = 0; i + 4 <= src.length; i += 3) {
        for (let j = band.lo[i]!; j + 4 <= Math.min(band.hi[i]!, tgt.length); j += 2) {
          BEAD_TYPES.forEach(([a, b], k) => {
            const cost = scorer.cost(i, a, j, b, k);
            for (const limit of [
              cost - 50,
              cost - 20,
              cost - 5,
              cost - 1,
              cost - 0.01,
              cost + 0.01,
              cost + 3,
            ]) {
              const got = scorer.costBelow(i, a, j, b, k, limit);
              checked++;
              if (got === Infinity) {
                stopped++;
                assert.ok(cost >= limit, `bead ${i}+${a}, ${j}+${b}: ${cost} < ${limit}`);
              } else assert.equal(got, cost);
            }
            assert.equal(scorer.costBelow(i, a, j, b, k, Infinity), cost);
          });
        }
      }
      // The bound must stop some beads, or the programme gains nothing from it.
      assert.ok(stopped > checked / 20, `${stopped} of ${checked} stopped`);
    });

    it(`${name}: the programme's path and recorded costs are those of costing every bead`, () => {
      const cells = band.start[band.n + 1]! * BEAD_TYPES.length;
      const all = new Float64Array(cells).fill(NaN);
      const some = new Float64Array(cells).fill(NaN);
      const scorer = new Scorer(src, tgt, pairs, model);
      const plain = bandedDp(band, scorer.cost, BEAD_TYPES, undefined, undefined, all);
      const bounded = bandedDp(
        band,
        scorer.cost,
        BEAD_TYPES,
        undefined,
        undefined,
        some,
        undefined,
        scorer.costBelow,
      );
      assert.deepEqual(bounded, plain);
      let skipped = 0;
      for (let x = 0; x < cells; x++) {
        if (Number.isNaN(some[x]!)) skipped += Number.isNaN(all[x]!) ? 0 : 1;
        else assert.equal(some[x], all[x]);
      }
      assert.ok(skipped > 0, 'some beads were skipped');
    });
  }
});
