import { expect } from '@open-wc/testing';
import { joinText, joinTexts } from '../../../src/core/text/join.js';
import type { LangCode } from '../../../src/core/text/lang.js';

describe('core/text: joinText, what a merge of two texts reads', () => {
  // One case per line: language, first text, second text, the merged text.
  const cases: [LangCode, string, string, string][] = [
    ['zh', '第一句。', '第二句。', '第一句。第二句。'],
    ['zh', '他说：', '“走吧。”', '他说：“走吧。”'],
    ['zh', '我不知道……', '“你呢？”', '我不知道……“你呢？”'],
    ['zh', '请运行 npm test', '然后提交。', '请运行 npm test然后提交。'],
    ['zh', 'Hello.', 'World.', 'Hello. World.'],
    ['zh', '版本 2.0', 'Release notes.', '版本 2.0 Release notes.'],
    ['en', 'Source 0.', 'Source 1.', 'Source 0. Source 1.'],
    ['en', '“Go.”', 'He left.', '“Go.” He left.'],
    ['en', 'He said 你好', 'and left.', 'He said 你好 and left.'],
    ['en', 'Ends with a space. ', 'Next.', 'Ends with a space. Next.'],
    ['en', 'One.', ' Two.', 'One. Two.'],
    ['en', 'Line one.\n', 'Line two.', 'Line one.\nLine two.'],
    ['zh', '第一行。\n', '第二行。', '第一行。\n第二行。'],
    ['en', '', 'Partner.', 'Partner.'],
    ['en', 'Alone.', '', 'Alone.'],
    ['zh', '', '', ''],
  ];
  for (const [lang, a, b, expected] of cases) {
    it(`${lang}: ${JSON.stringify(a)} + ${JSON.stringify(b)} → ${JSON.stringify(expected)}`, () => {
      expect(joinText(a, b, lang)).to.equal(expected);
    });
  }

  it('takes a project language tag as well as a code', () => {
    expect(joinText('第一句。', '第二句。', 'zh-Hans')).to.equal('第一句。第二句。');
    expect(joinText('One.', 'Two.', 'en')).to.equal('One. Two.');
  });
});

describe('core/text: joinTexts', () => {
  // One case per line: language, texts, the joined text.
  const cases: [LangCode, string[], string][] = [
    ['zh', ['一。', '二。', '三。'], '一。二。三。'],
    ['en', ['One.', 'Two.', 'Three.'], 'One. Two. Three.'],
    ['en', ['One.', '', 'Three.'], 'One. Three.'],
    ['en', [], ''],
  ];
  for (const [lang, texts, expected] of cases) {
    it(`${lang}: ${JSON.stringify(texts)} → ${JSON.stringify(expected)}`, () => {
      expect(joinTexts(texts, lang)).to.equal(expected);
    });
  }
});
