// A Chinese side facing an English one offers only the pinyin run keys of the English side's
// names (Vocabulary.pinyinNames): no other run key can ever be matched, so the alignment must
// be the same, bead for bead and confidence for confidence, as with every run's keys offered.
// The real chapter (mac-dev, full of names in pinyin) is skipped when ../shared is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { alignDetailed, type PreparedFeatures } from '../../../src/core/align/align.js';
import {
  Vocabulary,
  englishFeatures,
  featuresOf,
  pinyinFacing,
} from '../../../src/core/align/features.js';
import { pinyinNamesOf } from '../../../src/core/align/pinyin.js';
import type { LangCode } from '../../../src/core/text/lang.js';
import { loadLexiconFile } from '../../../src/cli/lexicon-file.js';

const lexicon = loadLexiconFile();
const DATA = '../shared/data/alignment/mac-dev';

describe('core/align pinyin names', { skip: !lexicon && 'no generated lexicon' }, () => {
  // [English text, keys that must be among the names, keys that must not]
  const CASES: [string, string[], string[]][] = [
    ['Zhang Yunming left.', ['py:zhang', 'py:yunming'], []],
    ["Xi'an and Qiyao’s house", ['py:xian', 'py:qiyao'], []],
    // Lower case is no name; a capital after a letter starts no word of latinWords.
    ['zhang yunming', [], ['py:zhang', 'py:yunming']],
    ['Smith went home', [], ['py:smith', 'py:went']],
  ];
  for (const [text, yes, no] of CASES) {
    it(`names of ${JSON.stringify(text)}`, () => {
      const { keys } = pinyinNamesOf([text], lexicon!);
      for (const k of yes) assert.ok(keys.has(k), `${k} missing`);
      for (const k of no) assert.ok(!keys.has(k), `${k} present`);
    });
  }

  it("holds every py: key an English word's keys hold (the whole of what Chinese runs can match)", () => {
    const texts = existsSync(`${DATA}/en/001.txt`)
      ? readFileSync(`${DATA}/en/001.txt`, 'utf8').split('\n')
      : CASES.map((c) => c[0]);
    const { keys } = pinyinNamesOf(texts, lexicon!);
    const v = new Vocabulary();
    const all = v.keys.bind(v);
    let names = 0;
    for (const t of texts) {
      for (const w of englishFeatures(t, v, lexicon).words) {
        for (const id of w) {
          const key = all()[id]!;
          if (!key.startsWith('py:')) continue;
          names++;
          assert.ok(keys.has(key), `${key} of ${JSON.stringify(t)}`);
        }
      }
    }
    assert.ok(names > 0);
  });

  it('names already kept by the English features are names all the same', () => {
    const v = new Vocabulary();
    englishFeatures('Zhang Yunming left.', v, lexicon);
    const { keys } = pinyinNamesOf(['Zhang Yunming left.'], lexicon!, v.enNameKeys);
    assert.deepEqual([...keys].sort(), ['py:yunming', 'py:zhang']);
  });

  it('a Chinese sentence offers only the run keys of the names it faces', () => {
    const v = new Vocabulary();
    v.pinyinNames = pinyinNamesOf(['Zhang Yunming left.'], lexicon!);
    const keys = (): string[] => v.keys();
    const runs = featuresOf(['张云明走了。', '陈清扬说。'], 'zh', v, lexicon).flatMap((f) =>
      [...f.offer].map((id) => keys()[id]!).filter((k) => k.startsWith('py:')),
    );
    // 张云明 reads as zhangyun, yunming and zhangyunming; only Yunming is a name here.
    assert.deepEqual(runs, ['py:yunming']);
  });

  const chapter = existsSync(`${DATA}/zh/001.txt`);
  for (const [sl, tl] of [
    ['zh', 'en'],
    ['en', 'zh'],
  ] as const) {
    it(
      `${sl}→${tl}: the same beads and confidences as with every run key`,
      { skip: !chapter && `no gold data at ${DATA}` },
      () => {
        const read = (lang: LangCode): string[] =>
          readFileSync(`${DATA}/${lang}/001.txt`, 'utf8').split('\n').filter(Boolean);
        const source = read(sl);
        const target = read(tl);
        const prepare = (names: boolean): PreparedFeatures => {
          const vocab = new Vocabulary();
          if (names)
            vocab.pinyinNames = pinyinFacing(
              [
                { sentences: source, lang: sl },
                { sentences: target, lang: tl },
              ],
              lexicon,
            );
          const src = featuresOf(source, sl, vocab, lexicon);
          const tgt = featuresOf(target, tl, vocab, lexicon);
          return { src, tgt, vocab };
        };
        const every = prepare(false);
        const some = prepare(true);
        // The filter must have something to leave out, or the test shows nothing.
        const offered = (p: PreparedFeatures): number =>
          [...p.src, ...p.tgt].reduce((a, f) => a + f.offer.length, 0);
        assert.ok(offered(some) < offered(every) * 0.9, `${offered(some)} of ${offered(every)}`);
        const opts = { sourceLang: sl, targetLang: tl, lexicon };
        const a = alignDetailed(source, target, opts, every);
        const b = alignDetailed(source, target, opts, some);
        assert.deepEqual(b.beads, a.beads);
        assert.deepEqual(b.features, a.features);
        // And the aligner without prepared features sets the names itself.
        assert.deepEqual(alignDetailed(source, target, opts).beads, a.beads);
      },
    );
  }
});
