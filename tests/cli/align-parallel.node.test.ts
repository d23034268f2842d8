// A long presegmented document is aligned on two threads (commands/align-parallel.ts): the
// output must be the one a single thread gives, byte for byte.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { alignTexts } from '../../src/cli/commands/align.js';
import { Vocabulary, featuresOf, pinyinFacing } from '../../src/core/align/features.js';
import {
  PARALLEL_MIN,
  cutSides,
  featuresInWorker,
  sharePasses,
  splitPoint,
  startFeatures,
  worthParallel,
} from '../../src/cli/commands/align-parallel.js';
import { LEXICON_PATH, loadLexiconFile } from '../../src/cli/lexicon-file.js';
import { bandAround, lengthDiagonal } from '../../src/core/align/band.js';
import { BEAD_TYPES, beadCosts, type DpShare } from '../../src/core/align/dp.js';
import { DEFAULT_RATES, pairMatches } from '../../src/core/align/evidence.js';
import { initialLengthModel } from '../../src/core/align/length.js';
import { withLearned } from '../../src/core/align/learned.js';
import { PRIOR_SHAPES, Scorer, shapeCosts, type Model } from '../../src/core/align/scorer.js';
import { parallel } from '../core/align/synthetic.js';
import { fromDisk, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-align-parallel-'));
const shapes: [number, number][] = Array.from({ length: PARALLEL_MIN }, (_, k) =>
  k % 7 === 3 ? [1, 2] : k % 11 === 5 ? [2, 1] : k % 13 === 0 ? [1, 0] : [1, 1],
);
const doc = parallel(shapes, 17);
const zh = join(dir, 'zh.txt');
const en = join(dir, 'en.txt');
writeFileSync(zh, doc.zh.join('\n') + '\n');
writeFileSync(en, doc.en.join('\n') + '\n');

describe(
  'bitext align on two threads',
  { skip: availableParallelism() < 2 && 'one core: no second thread' },
  () => {
    it('the worker thread computes its share (no silent fallback to this thread)', async () => {
      const packed = await featuresInWorker(
        [
          { sentences: doc.zh.slice(5), lang: 'zh' },
          { sentences: doc.en, lang: 'en' },
        ],
        LEXICON_PATH,
      );
      assert.equal(packed.len.length, doc.zh.length - 5 + doc.en.length);
      assert.ok(packed.keys.includes('teacher'));
    });

    for (const [sl, tl] of [
      ['zh', 'en'],
      ['en', 'zh'],
    ] as const) {
      const source = sl === 'zh' ? doc.zh : doc.en;
      const target = sl === 'zh' ? doc.en : doc.zh;
      const n = source.length;
      for (const cut of [0, 7, n, n + 5, n + target.length]) {
        it(`${sl}→${tl}, worker from sentence ${cut} of ${n} + ${target.length}: one thread's features and ids`, async () => {
          const lexicon = loadLexiconFile();
          const one = new Vocabulary();
          // One thread's Chinese offers only the English side's pinyin names, as both of these do.
          one.pinyinNames = pinyinFacing(
            [
              { sentences: source, lang: sl },
              { sentences: target, lang: tl },
            ],
            lexicon,
          );
          assert.ok(one.pinyinNames);
          const expected = {
            src: featuresOf(source, sl, one, lexicon),
            tgt: featuresOf(target, tl, one, lexicon),
          };
          const finish = startFeatures(
            { sentences: source, lang: sl },
            { sentences: target, lang: tl },
            LEXICON_PATH,
            cut,
          );
          const got = await finish(lexicon);
          const plain = (f: typeof expected.src) =>
            f.map((x) => ({ ...x, words: x.words.map((w) => [...w]), offer: [...x.offer] }));
          assert.deepEqual(plain(got.src), plain(expected.src));
          assert.deepEqual(plain(got.tgt), plain(expected.tgt));
          assert.deepEqual(got.vocab.keys(), one.keys());
        });
      }
    }

    it('the worker works out the last rows of a pass: the bead costs of this thread, bit for bit', async () => {
      const lexicon = loadLexiconFile();
      // On by the cores and the load (sharePasses), forced on here.
      process.env.BITEXT_ALIGN_SHARE = '1';
      const finish = startFeatures(
        { sentences: doc.zh, lang: 'zh' },
        { sentences: doc.en, lang: 'en' },
        LEXICON_PATH,
      );
      delete process.env.BITEXT_ALIGN_SHARE;
      const got = await finish(lexicon);
      assert.ok(got.share, 'the worker is kept for the passes');
      const { src, tgt, vocab } = got;
      const lens = (f: typeof src) => f.map((x) => x.len);
      const band = bandAround(lengthDiagonal(lens(src), lens(tgt)), src.length, tgt.length, 20);
      const total = (f: typeof src) => f.reduce((a, x) => a + x.len, 0);
      const model = {
        length: initialLengthModel(total(src), total(tgt)),
        lexical: { src: DEFAULT_RATES, tgt: DEFAULT_RATES },
        shapeCost: shapeCosts(PRIOR_SHAPES),
      };
      const learned = new Map([[src[3]!.words[0]![0]!, [tgt[9]!.words[0]![0]!]]]);
      for (const table of [undefined, learned]) {
        const costsOf: (model: Model) => DpShare | undefined = got.share({
          band,
          learned: table,
        })!;
        const share: DpShare = costsOf(model)!;
        // Nothing passed here: the worker goes from the last row down to fromRow.
        while (share.doneFrom() > share.fromRow) await new Promise((r) => setTimeout(r, 5));
        const s = table ? withLearned(src, table) : src;
        const here = new Float64Array(share.costs.length).fill(NaN);
        const scorer = new Scorer(s, tgt, pairMatches(s, tgt, band, vocab.size), model);
        beadCosts(band, scorer.cost, BEAD_TYPES, share.fromRow, here);
        assert.ok(share.fromRow > 0 && here.some((x) => !Number.isNaN(x)));
        assert.deepEqual([...share.costs], [...here]);
        // A second call without a new band: the worker has nothing to work on and never says
        // a row is done, so the programme computes them all itself.
        const idle = costsOf(model)!;
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(idle.doneFrom(), band.n + 1);
      }
    });

    for (const [sl, tl, s, t] of [
      ['zh', 'en', zh, en],
      ['en', 'zh', en, zh],
    ] as const) {
      it(`${sl}→${tl}, ${doc.zh.length} × ${doc.en.length} sentences: the single thread's output`, async () => {
        const settings = {
          sourceLang: sl,
          targetLang: tl,
          presegmented: true,
          format: 'json',
        } as const;
        // On by the cores (worthParallel), forced on here.
        process.env.BITEXT_ALIGN_WORKER = '1';
        const r = await runCli(
          [
            'align',
            s,
            t,
            '--source-lang',
            sl,
            '--target-lang',
            tl,
            '--presegmented',
            '--format',
            'json',
          ],
          fromDisk,
        ).finally(() => delete process.env.BITEXT_ALIGN_WORKER);
        assert.equal(r.code, 0, r.err);
        const [st, tt] = await Promise.all([fromDisk(s), fromDisk(t)]).then((b) =>
          b.map((x) => new TextDecoder().decode(x)),
        );
        const single = alignTexts(st!, tt!, [s, t], settings, loadLexiconFile());
        assert.ok(r.out.length > 1000);
        assert.equal(r.out, single);
      });
    }
  },
);

describe('align-parallel: sharing out the features', () => {
  it('a second thread only from three cores, or where BITEXT_ALIGN_WORKER says so', () => {
    const big = PARALLEL_MIN;
    for (const [env, want] of [
      ['1', true],
      ['0', false],
    ] as const) {
      process.env.BITEXT_ALIGN_WORKER = env;
      assert.equal(worthParallel(10, 10), want);
    }
    delete process.env.BITEXT_ALIGN_WORKER;
    assert.equal(worthParallel(10, 10), false);
    assert.equal(worthParallel(big, big), availableParallelism() >= 3);
  });

  it('the passes are shared only where BITEXT_ALIGN_SHARE or the cores and load say so', () => {
    for (const [env, want] of [
      ['1', true],
      ['0', false],
    ] as const) {
      process.env.BITEXT_ALIGN_SHARE = env;
      assert.equal(sharePasses(), want);
    }
    delete process.env.BITEXT_ALIGN_SHARE;
    // Two cores (this machine): never, whatever the load.
    if (availableParallelism() < 3) assert.equal(sharePasses(), false);
  });

  const en = (...lens: number[]) => ({
    sentences: lens.map((l) => 'x'.repeat(l)),
    lang: 'en' as const,
  });
  const zhs = (...lens: number[]) => ({
    sentences: lens.map((l) => '字'.repeat(l)),
    lang: 'zh' as const,
  });
  type S = { sentences: string[]; lang: 'en' | 'zh' };
  const cases: [string, S, S, number][] = [
    // Half of the work plus half the worker's start-up (140,000 units) stays in this thread.
    ['equal English sides', en(100_000, 100_000), en(100_000, 100_000), 3],
    ['Chinese weighs four times a character', zhs(40_000), en(100_000, 100_000), 2],
    [
      '… so 24,000 Chinese characters (96,000) weigh less than 100,000 English',
      zhs(24_000),
      en(100_000, 100_000),
      3,
    ],
    ['a heavy target: the cut falls inside it', en(10_000), zhs(50_000, 50_000, 50_000, 50_000), 4],
    ['too little to share: everything stays here', en(10), en(10), 2],
  ];
  for (const [name, s, t, cut] of cases) {
    it(`${name}: cut at ${cut}`, () => assert.equal(splitPoint(s, t), cut));
  }

  const s = { sentences: ['s0', 's1', 's2'], lang: 'en' as const };
  const t = { sentences: ['t0', 't1'], lang: 'zh' as const };
  const cuts: [number, string[], string[]][] = [
    [0, [], ['s0', 's1', 's2', 't0', 't1']],
    [2, ['s0', 's1'], ['s2', 't0', 't1']],
    [3, ['s0', 's1', 's2'], ['t0', 't1']],
    [4, ['s0', 's1', 's2', 't0'], ['t1']],
    [5, ['s0', 's1', 's2', 't0', 't1'], []],
  ];
  for (const [cut, mine, theirs] of cuts) {
    it(`cutSides at ${cut}: this thread ${mine.join(' ') || '–'}, the worker ${theirs.join(' ') || '–'}`, () => {
      const r = cutSides(s, t, cut);
      assert.deepEqual(
        r.mine.flatMap((p) => p.sentences),
        mine,
      );
      assert.deepEqual(
        r.theirs.flatMap((p) => p.sentences),
        theirs,
      );
      // Each piece keeps its side's language.
      for (const p of [...r.mine, ...r.theirs])
        assert.equal(p.lang, p.sentences[0]![0] === 's' ? 'en' : 'zh');
    });
  }
});
