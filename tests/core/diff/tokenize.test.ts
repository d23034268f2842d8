import { expect } from '@open-wc/testing';
import {
  classifyChange,
  countText,
  graphemes,
  tokenize,
  toHalfWidth,
  type ChangeKind,
  type Counts,
} from '../../../src/core/diff/index.js';
import type { Lang } from '../../../src/core/model.js';

describe('core/diff tokenize', () => {
  // [lang, text, tokens]
  const cases: [Lang, string, string[]][] = [
    ['zh-Hans', '我们讨论了发展。', ['我们', '讨论', '了', '发展', '。']],
    ['zh-Hans', '价格为12.5元，', ['价格', '为', '12.5', '元', '，']],
    ['zh-Hans', '我们 Python 发展', ['我们', ' ', 'Python', ' ', '发展']],
    ['zh-Hans', '𠀀𠀁', ['𠀀', '𠀁']],
    ['en', 'Hello,  world!', ['Hello', ',', '  ', 'world', '!']],
    ['en', "It's 3.14 \t now", ["It's", ' ', '3.14', ' \t ', 'now']],
    ['en', 'cafe\u0301 👨‍👩‍👧 ok', ['cafe\u0301', ' ', '👨‍👩‍👧', ' ', 'ok']],
    ['en', '', []],
  ];
  for (const [lang, text, tokens] of cases) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      expect(tokenize(text, lang)).to.deep.equal(tokens);
    });
  }

  // [text, graphemes]
  const gcases: [string, string[]][] = [
    ['a𠀀b', ['a', '𠀀', 'b']],
    ['👍🏽👨‍👩‍👧', ['👍🏽', '👨‍👩‍👧']],
    ['e\u0301\u0323x', ['e\u0301\u0323', 'x']],
    ['🇨🇳🇬🇧', ['🇨🇳', '🇬🇧']],
  ];
  for (const [text, expected] of gcases) {
    it(`graphemes(${JSON.stringify(text)})`, () => {
      expect(graphemes(text)).to.deep.equal(expected);
    });
  }

  // [lang, text, counts]: Chinese by characters, everything else by words
  const counts: [Lang, string, Counts][] = [
    ['zh-Hans', '我们讨论了发展。', { chars: 7, words: 0 }],
    ['zh-Hans', '2024年使用Python', { chars: 3, words: 2 }],
    ['zh-Hans', '𠀀𠀁字', { chars: 3, words: 0 }],
    ['en', "It's a 3.14 test, isn't it?", { chars: 0, words: 6 }],
    ['en', ' , . ! ', { chars: 0, words: 0 }],
  ];
  for (const [lang, text, expected] of counts) {
    it(`countText(${JSON.stringify(text)})`, () => {
      expect(countText(text, lang)).to.deep.equal(expected);
    });
  }
});

describe('core/diff classifyChange', () => {
  // [deleted, inserted, kinds]
  const cases: [string, string, ChangeKind[]][] = [
    ['', '', []],
    ['，', ',', ['punctuation-width']],
    ['（注）', '(注)', ['punctuation-width']],
    ['１２３', '123', ['punctuation-width']],
    ['“', '"', ['punctuation-width']],
    ['　', ' ', ['punctuation-width']],
    ['  ', ' ', ['whitespace']],
    ['a b', 'a  b', ['whitespace']],
    ['123', '125', ['number']],
    ['3.14', '3.15', ['number']],
    ['三', '四', ['number']],
    ['，12', ',13', ['punctuation-width', 'number']],
    ['12 ', '13', ['whitespace', 'number']],
    ['12', '', ['text']],
    ['', '12', ['text']],
    ['，', '。', ['text']],
    ['能', '慧', ['text']],
    ['color', 'colour', ['text']],
  ];
  for (const [d, i, kinds] of cases) {
    it(`${JSON.stringify(d)} → ${JSON.stringify(i)}: ${kinds.join(', ') || 'none'}`, () => {
      expect(classifyChange(d, i)).to.deep.equal(kinds);
    });
  }

  it('maps full-width forms and Chinese punctuation to half-width', () => {
    expect(toHalfWidth('ＡＢ１２，。“”《》　')).to.equal('AB12,.""<> ');
  });
});
