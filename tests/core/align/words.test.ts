import { expect } from '@open-wc/testing';
import { lexiconFrom } from '../../../src/core/align/index.js';
import { contentStems, textStems } from '../../../src/core/align/english.js';
import { Vocabulary, chineseFeatures, englishFeatures } from '../../../src/core/align/features.js';

// Text is read with irregular past forms as their base (glosses are base forms); the lexicon's
// own reading (contentStems) keeps them, so the generated lexicon does not change.
const STEMS: [string, string[], string[]][] = [
  ['He said nothing.', ['said', 'noth'], ['say', 'noth']],
  ['She came and went.', ['cam', 'went'], ['com', 'go']],
  ['They took the children.', ['took', 'children'], ['tak', 'child']],
  // Narrative's "saw", "found", "left" are past forms far more often than 锯, 建立, 左.
  ['He left and saw it, and found them.', ['left', 'saw', 'found'], ['leav', 'see', 'find']],
  // "rose" and "wound" are mostly words of their own (玫瑰, 伤口): kept as they are.
  ['A rose and a wound.', ['ros', 'wound'], ['ros', 'wound']],
  ['The wolves were going.', ['wolv', 'going'], ['wolf', 'go']],
  ['Walked, walking.', ['walk', 'walk'], ['walk', 'walk']],
  // Clipped words read as the full word a gloss uses (实验室 "laboratory").
  ['The lab phone.', ['lab', 'phon'], ['laboratory', 'telephon']],
];

describe('core/align words', () => {
  for (const [text, lexiconReads, textReads] of STEMS) {
    it(`${text} → ${textReads.join(' ')}`, () => {
      expect(contentStems(text)).to.deep.equal(lexiconReads);
      expect(textStems(text)).to.deep.equal(textReads);
    });
  }

  const lex = lexiconFrom({ 说: ['to say'], 的: ['real', 'aim'], 真: ['real'], 他: ['he'] });
  it('a past form meets its gloss', () => {
    const v = new Vocabulary();
    const zh = chineseFeatures('他说。', v, lex);
    const en = englishFeatures('He said so.', v, lex);
    expect(en.words.some((w) => w.some((k) => zh.offer.includes(k)))).to.equal(true);
  });

  // Chinese function words are left out as English stopwords are: 的's rare gloss "real" no
  // longer meets an unrelated "real", and the word is not counted unmatched either.
  const ZH: [string, number][] = [
    ['他的说。', 1],
    ['真的说。', 2],
  ];
  for (const [text, words] of ZH) {
    it(`${text} has ${words} word(s)`, () => {
      const v = new Vocabulary();
      const zh = chineseFeatures(text, v, lex);
      expect(zh.words.length).to.equal(words);
      const en = englishFeatures('It was real.', v, lex);
      expect(en.words.filter((w) => w.some((k) => zh.offer.includes(k))).length).to.equal(
        words - 1,
      );
    });
  }
});
