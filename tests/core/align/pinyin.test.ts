import { expect } from '@open-wc/testing';
import { lexiconFrom } from '../../../src/core/align/index.js';
import { namePinyinKeys, syllablesOf, zhPinyinKeys } from '../../../src/core/align/pinyin.js';
import { Vocabulary, chineseFeatures, englishFeatures } from '../../../src/core/align/features.js';

const lex = lexiconFrom(
  { 说: ['say'] },
  {
    张: ['zhang'],
    云: ['yun'],
    明: ['ming'],
    陈: ['chen'],
    清: ['qing'],
    扬: ['yang'],
    说: ['shuo', 'shui'],
    西: ['xi'],
    安: ['an'],
  },
);

describe('core/align pinyin names', () => {
  const names: [string, string[]][] = [
    ['Yunming', ['py:yunming', 'py:yun', 'py:ming']],
    ['Zhang', ['py:zhang']],
    ["Xi'an", ['py:xian', 'py:xi', 'py:an']],
    ["Yunming's", ['py:yunming', 'py:yun', 'py:ming']],
    ['Zhang’s', ['py:zhang']],
    ['Grandma', []],
    ['yunming', []],
    ['ZHANG', []],
  ];
  for (const [word, keys] of names) {
    it(`namePinyinKeys(${word}) → ${JSON.stringify(keys)}`, () => {
      expect(namePinyinKeys(word, lex)).to.deep.equal(keys);
    });
  }

  it('splits a romanised word into the fewest syllables, or not at all', () => {
    expect(syllablesOf('qingyang', lex)).to.deep.equal(['qing', 'yang']);
    expect(syllablesOf('qingyangx', lex)).to.equal(undefined);
  });

  it('reads runs of two and three characters, with each reading of a character', () => {
    const keys = zhPinyinKeys('陈清扬说', lex);
    expect(keys).to.include.members([
      'py:chenqing',
      'py:qingyang',
      'py:chenqingyang',
      'py:yangshuo',
      'py:yangshui',
    ]);
    expect(keys).not.to.include('py:chen');
  });

  it('matches Zhang Yunming to 张云明 although no dictionary has the name', () => {
    const v = new Vocabulary();
    const en = englishFeatures('Zhang Yunming left.', v, lex);
    const zh = chineseFeatures('张云明走了。', v, lex);
    const offer = new Set(zh.offer);
    const yunming = en.words.find((w) => w.includes(v.id('py:yunming')))!;
    expect([...yunming].some((k) => offer.has(k))).to.equal(true);
  });
});
