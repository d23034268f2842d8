import { expect } from '@open-wc/testing';
import { Vocabulary, featuresOf, type SentenceFeatures } from '../../../src/core/align/features.js';
import { packFeatures, unpackFeatures } from '../../../src/core/align/features-pack.js';
import { lexiconFrom } from '../../../src/core/align/index.js';
import type { LangCode } from '../../../src/core/align/index.js';

// One side's features made with another vocabulary and carried over must be exactly the ones
// one vocabulary working through both sides in turn gives: same keys, same ids.
const lexicon = lexiconFrom(
  { 老师: ['teacher'], 学生: ['student'], 城市: ['city'], 北京: ['Beijing'] },
  { 张: ['zhang'], 云: ['yun'], 明: ['ming'] },
);
const cases: [string, LangCode, string[], LangCode, string[]][] = [
  [
    'zh → en',
    'zh',
    ['老师和学生在城市里。', '张云明1998年去了北京！', '“他说：三千五百？”'],
    'en',
    [
      'The teacher and the student are in the city.',
      'In 1998 Zhang Yunming went to Beijing!',
      '"Three thousand five hundred?" he said.',
    ],
  ],
  [
    'en → zh (the side carried over meets keys the first side made)',
    'en',
    ['A teacher of 12 students.', '', 'Zhang Yunming, again.'],
    'zh',
    ['十二个学生的老师。', '张云明。', '又是北京。'],
  ],
  ['an empty side', 'en', ['Only one side.'], 'zh', []],
];

const plain = (f: SentenceFeatures[]) =>
  f.map((s) => ({ ...s, words: s.words.map((w) => [...w]), offer: [...s.offer] }));

describe('core/align features carried between vocabularies', () => {
  for (const [name, sl, source, tl, target] of cases) {
    it(name, () => {
      const one = new Vocabulary();
      const src1 = featuresOf(source, sl, one, lexicon);
      const tgt1 = featuresOf(target, tl, one, lexicon);

      const main = new Vocabulary();
      const src2 = featuresOf(source, sl, main, lexicon);
      const other = new Vocabulary();
      const packed = packFeatures(featuresOf(target, tl, other, lexicon), other);
      const tgt2 = unpackFeatures(packed, main);

      expect(plain(src2)).to.deep.equal(plain(src1));
      expect(plain(tgt2)).to.deep.equal(plain(tgt1));
      expect(main.keys()).to.deep.equal(one.keys());
    });
  }
});
