import { expect } from '@open-wc/testing';
import { lexiconFrom } from '../../../src/core/align/index.js';
import {
  Vocabulary,
  chineseFeatures,
  englishFeatures,
  type SentenceFeatures,
} from '../../../src/core/align/features.js';
import { plainChinese, plainEnglish } from './features-plain.js';
import { rng } from './synthetic.js';

// English words are read once per document (what each token gives is remembered) and English
// numbers without the pattern where a text has no digit: the features, and the order the
// vocabulary meets their keys (which decides every key's id), must be the plain reading's.
const lex = lexiconFrom(
  {
    张: ['to open', 'sheet'],
    云: ['cloud'],
    明天: ['tomorrow'],
    老师: ['teacher'],
    学生: ['student'],
    北京: ['Beijing'],
    说: ['to say'],
    的: ['real', 'aim'],
    他: ['he'],
    了: ['finish'],
    二十: ['twenty'],
    长城: ['Great Wall'],
    '𠀀𠀁': ['old'],
  },
  {
    张: ['zhang'],
    云: ['yun'],
    明: ['ming'],
    天: ['tian'],
    老: ['lao'],
    师: ['shi'],
    学: ['xue'],
    生: ['sheng'],
    北: ['bei'],
    京: ['jing'],
    西: ['xi'],
    安: ['an'],
    长: ['chang', 'zhang'],
    城: ['cheng'],
    凤: ['feng'],
    莲: ['lian'],
    '𠀀': ['qiu'],
  },
);
const FUNCTION_WORDS = new Set(['的', '他', '了']);

const ZH_PIECES = [
  '张云明',
  '明天',
  '老师',
  '学生',
  '北京',
  '西安',
  '长城',
  '凤莲',
  '的',
  '他',
  '说',
  '了',
  '二十',
  '三千五百',
  '2023年6月12日',
  '３．５万',
  'Zhang',
  'NASA',
  '，',
  '。',
  '“',
  '”',
  '？',
  '……',
  ' ',
  '𠀀',
  '𠀀𠀁',
  '\ud800',
  'x',
  '7',
  '未知字',
];
const EN_PIECES = [
  'Zhang Yunming',
  'Yunming',
  "Xi'an",
  'Fenglian',
  'teacher',
  'students',
  'said',
  'came',
  'Twenty',
  'twenty-one',
  'May',
  'may',
  'March',
  '1,000',
  '3.5 million',
  'often',
  "don't",
  'the',
  'Beijing',
  'Great Wall',
  'walked',
  'Ming',
  'Tian',
  '"At you!"',
  '...',
  '?',
  ',',
  ' ',
  'children',
  'Zhangs',
  'zhang',
  'Cloud',
  'clouds',
  'it’s',
];

function sentences(pieces: string[], seed: number, count: number): string[] {
  const rand = rng(seed);
  return Array.from({ length: count }, () => {
    const k = 1 + Math.floor(rand() * 10);
    let s = '';
    for (let i = 0; i < k; i++) {
      s += pieces[Math.floor(rand() * pieces.length)]!;
      if (rand() < 0.4) s += ' ';
    }
    return s;
  });
}

const plain = (f: SentenceFeatures) => ({
  len: f.len,
  clauses: f.clauses,
  words: f.words.map((w) => [...w]),
  offer: [...f.offer],
});

describe('core/align features, the quick reading', () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the plain reading's features and key order (seed ${seed})`, () => {
      const zh = sentences(ZH_PIECES, seed, 300);
      const en = sentences(EN_PIECES, seed + 10, 300);
      const quick = new Vocabulary();
      const ref = new Vocabulary();
      // Both orders of the sides, one vocabulary each, words repeated across sentences.
      const order =
        seed === 2
          ? [...zh.map((s) => ['zh', s]), ...en.map((s) => ['en', s])]
          : [...en.map((s) => ['en', s]), ...zh.map((s) => ['zh', s])];
      for (const [lang, s] of order) {
        const a = lang === 'zh' ? chineseFeatures(s!, quick, lex) : englishFeatures(s!, quick, lex);
        const b =
          lang === 'zh' ? plainChinese(s!, ref, lex, FUNCTION_WORDS) : plainEnglish(s!, ref, lex);
        expect(plain(a), s).to.deep.equal(plain(b));
      }
      expect(quick.keys()).to.deep.equal(ref.keys());
      expect(quick.keys().some((k) => k.startsWith('py:'))).to.equal(true);
    });
  }

  it('reads English without a lexicon as the plain reading does', () => {
    const quick = new Vocabulary();
    const ref = new Vocabulary();
    for (const s of sentences(EN_PIECES, 7, 200))
      expect(plain(englishFeatures(s, quick))).to.deep.equal(plain(plainEnglish(s, ref)));
    expect(quick.keys()).to.deep.equal(ref.keys());
  });
});
