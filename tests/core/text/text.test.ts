import { expect } from '@open-wc/testing';
import type { Lang } from '../../../src/core/model.js';
import {
  countUnits,
  detectLang,
  langCode,
  normalizeText,
  splitLines,
  wordSegmenter,
  wordTokens,
  type LangCode,
  type UnitCounts,
} from '../../../src/core/text/index.js';

describe('core/text: normalizeText', () => {
  // One case per line: input, expected.
  const cases: [string, string][] = [
    ['a\r\nb', 'a\nb'],
    ['a\rb\rc', 'a\nb\nc'],
    ['a\r\n\r\nb', 'a\n\nb'],
    ['a\0b\0', 'ab'],
    ['e\u0301', '\u00e9'],
    ['全角，ｆｕｌｌ', '全角，ｆｕｌｌ'],
    ['', ''],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(normalizeText(input)).to.equal(expected);
      expect(normalizeText(expected)).to.equal(expected);
    });
  }

  it('splits normalised text into lines', () => {
    expect(splitLines('a\r\nb\rc\nd')).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});

describe('core/text: detectLang', () => {
  // One case per line: text, expected language.
  const cases: [string, LangCode | 'unknown'][] = [
    ['今天天气很好。', 'zh'],
    ['The weather is fine today.', 'en'],
    ['我用 Python 写代码。', 'zh'],
    ['He said 你好 to everyone in the room.', 'en'],
    ['12345 !!! ...', 'unknown'],
    ['', 'unknown'],
    ['Здравствуйте, как дела?', 'unknown'],
    ['a', 'unknown'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => {
      expect(detectLang(text)).to.equal(expected);
    });
  }
});

describe('core/text: langCode', () => {
  // One case per line: a project's tag or a code, the code the algorithms use.
  const cases: [Lang | LangCode, LangCode][] = [
    ['zh-Hans', 'zh'],
    ['en', 'en'],
    ['zh', 'zh'],
  ];
  for (const [lang, expected] of cases) {
    it(`${lang} → ${expected}`, () => {
      expect(langCode(lang)).to.equal(expected);
    });
  }
});

describe('core/text: wordSegmenter', () => {
  it('is made once per language and shared', () => {
    expect(wordSegmenter('zh')).to.equal(wordSegmenter('zh'));
    expect(wordSegmenter('zh')).not.to.equal(wordSegmenter('en'));
    expect(wordSegmenter('zh').resolvedOptions().locale).to.match(/^zh/);
  });
});

describe('core/text: wordTokens', () => {
  it('finds Chinese words and gives back the text when joined', () => {
    const text = '我们是学生。';
    const tokens = wordTokens(text, 'zh');
    expect(tokens.map((t) => t.text).join('')).to.equal(text);
    expect(tokens.filter((t) => t.isWord).length).to.be.greaterThan(1);
    expect(tokens.filter((t) => t.isWord).length).to.be.lessThan(6);
    expect(tokens.at(-1)).to.deep.equal({ text: '。', index: 5, isWord: false });
  });

  it('splits English at words, keeping contractions whole', () => {
    const words = wordTokens("Don't panic, Arthur.", 'en').filter((t) => t.isWord);
    expect(words.map((t) => t.text)).to.deep.equal(["Don't", 'panic', 'Arthur']);
    expect(words.map((t) => t.index)).to.deep.equal([0, 6, 13]);
  });
});

describe('core/text: countUnits', () => {
  // One case per line: text, language, expected counts.
  const cases: [string, LangCode, UnitCounts][] = [
    ['Hello world', 'en', { cjkChars: 0, words: 2 }],
    ["Don't panic, it's 3.5 km.", 'en', { cjkChars: 0, words: 5 }],
    ['one,two,three', 'en', { cjkChars: 0, words: 3 }],
    ['   ', 'en', { cjkChars: 0, words: 0 }],
    ['你好世界', 'zh', { cjkChars: 4, words: 0 }],
    ['你好，世界！', 'zh', { cjkChars: 4, words: 0 }],
    ['我用Python 3写代码', 'zh', { cjkChars: 5, words: 2 }],
    ['The word 中文 means Chinese', 'en', { cjkChars: 2, words: 4 }],
  ];
  for (const [text, lang, expected] of cases) {
    it(`${JSON.stringify(text)} (${lang}) → ${JSON.stringify(expected)}`, () => {
      expect(countUnits(text, lang)).to.deep.equal(expected);
    });
  }
});

describe('core/text: countUnits agrees with the word segmenter', () => {
  // The fast counter must find the words Intl.Segmenter finds, on realistic mixed text.
  const texts: [string, LangCode][] = [
    ['The third Open Bridge summit opened on October 14, 2026, with 1,800 developers.', 'en'],
    ["It's the maintainers' work that keeps 3.5 million users happy — don't forget it!", 'en'],
    ['第三届“开放之桥”开源峰会于2026年10月14日在杭州开幕，来自32个国家的1,800多名开发者。', 'zh'],
    ['我们用 GitHub 和 GitLab 管理代码，版本号是 v2.1。', 'zh'],
  ];
  for (const [text, lang] of texts) {
    it(JSON.stringify(text), () => {
      const seg = wordTokens(text, lang).filter(
        (t) => t.isWord && !/\p{Script=Han}/u.test(t.text),
      ).length;
      expect(countUnits(text, lang).words).to.equal(seg);
    });
  }
});
