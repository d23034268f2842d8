import { expect } from '@open-wc/testing';
import {
  align,
  contentStems,
  lexiconFrom,
  parseLexicon,
  stem,
  zhWords,
} from '../../../src/core/align/index.js';

describe('core/align lexicon', () => {
  const stems: [string, string][] = [
    ['walked', 'walk'],
    ['walking', 'walk'],
    ['walks', 'walk'],
    ['running', 'run'],
    ['studies', 'study'],
    ['studied', 'study'],
    ['friendship', 'friendship'],
    ["Bezos's", 'bezo'],
  ];
  for (const [word, s] of stems) {
    it(`stem(${word}) = ${s}`, () => expect(stem(word)).to.equal(s));
  }

  it('contentStems drops stopwords and negated auxiliaries', () => {
    expect(contentStems("He didn't walk to the big cities.")).to.deep.equal([
      'walk',
      'big',
      'city',
    ]);
  });

  it('contentStems drops contracted function words, not possessives', () => {
    expect(contentStems("That's the boy's hat, you're right: I'll wear it.")).to.deep.equal([
      'boy',
      'hat',
      'right',
      'wear',
    ]);
  });

  it('parseLexicon reads word TAB stems lines and skips notes', () => {
    const lex = parseLexicon('# note\n中国\tchina\n研究\tresearch study\nbad line\n');
    expect(lex.size).to.equal(2);
    expect(lex.glosses('中国')).to.deep.equal(['china']);
    expect(lex.glosses('研究')).to.deep.equal(['research', 'study']);
    expect(lex.glosses('bad line')).to.equal(undefined);
    expect(lex.maxLength).to.equal(2);
  });

  const lex = lexiconFrom({ 中国: ['China'], 中: ['middle'], 国: ['country'], 研究: ['to study'] });
  const reads: [string, string[]][] = [
    ['中国研究', ['中国', '研究']],
    ['他在中国。', ['中国']],
    ['中x国', ['中', '国']],
    ['', []],
  ];
  for (const [text, words] of reads) {
    it(`zhWords(${JSON.stringify(text)}) reads the longest known words`, () => {
      expect(zhWords(text, lex)).to.deep.equal(words);
    });
  }

  it('lexiconFrom stems glosses the way sentences are stemmed', () => {
    expect(lex.glosses('研究')).to.deep.equal(['study']);
  });

  const glossary = lexiconFrom({
    猫: ['cat'],
    狗: ['dog'],
    鸟: ['bird'],
    鱼: ['fish'],
    睡觉: ['sleep'],
    唱歌: ['sing'],
    游泳: ['swim'],
    跑步: ['run'],
  });
  const zhEn = { sourceLang: 'zh', targetLang: 'en' } as const;

  it("matching words raise a bead's confidence; unrelated words lower it", () => {
    const conf = (zh: string, en: string, lexicon = glossary): number =>
      align([zh], [en], { ...zhEn, lexicon })[0]!.confidence;
    const matched = conf('猫在睡觉。', 'The cat sleeps.');
    const unknown = conf('猫在睡觉。', 'The cat sleeps.', lexiconFrom({}));
    const unrelated = conf('猫在睡觉。', 'The dog swims.');
    expect(matched).to.be.greaterThan(unknown);
    expect(unknown).to.be.greaterThan(unrelated);
  });

  it('finds a 1-2 bead that the words support', () => {
    const zh = ['猫在睡觉。', '狗在跑步，鸟在唱歌。', '鱼在游泳。'];
    const en = ['The cat sleeps.', 'The dog runs.', 'The bird sings.', 'The fish swims.'];
    const beads = align(zh, en, { ...zhEn, lexicon: glossary });
    expect(beads.map((b) => `${b.src}:${b.tgt}`)).to.deep.equal(['0:0', '1:1,2', '2:3']);
  });
});
