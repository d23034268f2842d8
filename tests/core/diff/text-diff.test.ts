import { expect } from '@open-wc/testing';
import {
  diffText,
  markedText,
  newText,
  oldText,
  type ChangeKind,
} from '../../../src/core/diff/index.js';
import type { Lang } from '../../../src/core/model.js';
import { cuts, graphemeBoundaries } from './helpers.js';

// [what, lang, old, new, expected marked diff ([-deleted-]{+inserted+}), kinds of each hunk]
type Case = [string, Lang, string, string, string, ChangeKind[][]];

const ZH: Case[] = [
  ['identical', 'zh-Hans', '我们讨论了。', '我们讨论了。', '我们讨论了。', []],
  [
    'one character inside a word',
    'zh-Hans',
    '我们讨论了人工智能的发展。',
    '我们讨论了人工智慧的发展。',
    '我们讨论了人工智[-能-]{+慧+}的发展。',
    [['text']],
  ],
  [
    'one character inside a 4-character idiom',
    'zh-Hans',
    '他做事一帆风顺。',
    '他做事一帆风雨。',
    '他做事一帆风[-顺-]{+雨+}。',
    [['text']],
  ],
  [
    'a whole word replaced, no character noise',
    'zh-Hans',
    '经济发展很快。',
    '经济进步很快。',
    '经济[-发展-]{+进步+}很快。',
    [['text']],
  ],
  [
    'word inserted',
    'zh-Hans',
    '我们讨论了发展。',
    '我们认真讨论了发展。',
    '我们{+认真+}讨论了发展。',
    [['text']],
  ],
  [
    'word deleted',
    'zh-Hans',
    '我们认真讨论了发展。',
    '我们讨论了发展。',
    '我们[-认真-]讨论了发展。',
    [['text']],
  ],
  [
    'full-width comma and bang to half-width',
    'zh-Hans',
    '你好，世界！',
    '你好,世界!',
    '你好[-，-]{+,+}世界[-！-]{+!+}',
    [['punctuation-width'], ['punctuation-width']],
  ],
  [
    'Chinese full stop to ASCII period',
    'zh-Hans',
    '完成了。',
    '完成了.',
    '完成了[-。-]{+.+}',
    [['punctuation-width']],
  ],
  [
    'punctuation replaced by another',
    'zh-Hans',
    '完成了。',
    '完成了！',
    '完成了[-。-]{+！+}',
    [['text']],
  ],
  [
    'number changed',
    'zh-Hans',
    '价格为123元。',
    '价格为125元。',
    '价格为[-123-]{+125+}元。',
    [['number']],
  ],
  [
    'decimal number changed',
    'zh-Hans',
    '增长了12.5%。',
    '增长了13.5%。',
    '增长了[-12.5-]{+13.5+}%。',
    [['number']],
  ],
  [
    'full-width digits to half-width',
    'zh-Hans',
    '共１２３人',
    '共123人',
    '共[-１２３-]{+123+}人',
    [['punctuation-width']],
  ],
  ['Chinese numeral changed', 'zh-Hans', '三个人', '四个人', '[-三-]{+四+}个人', [['number']]],
  [
    'ideographic space to ASCII space',
    'zh-Hans',
    '中文　空格',
    '中文 空格',
    '中文[-　-]{+ +}空格',
    [['punctuation-width']],
  ],
  [
    'space added between Chinese and Latin',
    'zh-Hans',
    '使用Python编程',
    '使用 Python 编程',
    '使用{+ +}Python{+ +}编程',
    [['whitespace'], ['whitespace']],
  ],
  [
    'number inside mixed text',
    'zh-Hans',
    '使用 Python 3.11 编程',
    '使用 Python 3.12 编程',
    '使用 Python [-3.11-]{+3.12+} 编程',
    [['number']],
  ],
  [
    'words reordered',
    'zh-Hans',
    '我今天去北京。',
    '今天我去北京。',
    '[-我-]今天{+我+}去北京。',
    [['text'], ['text']],
  ],
  [
    'emoji with skin tone',
    'zh-Hans',
    '好的👍🏽谢谢',
    '好的👎🏽谢谢',
    '好的[-👍🏽-]{+👎🏽+}谢谢',
    [['text']],
  ],
  ['ZWJ family emoji stays whole', 'zh-Hans', '家庭👨‍👩‍👧', '家庭👨‍👩‍👦', '家庭[-👨‍👩‍👧-]{+👨‍👩‍👦+}', [['text']]],
  ['CJK Extension B character', 'zh-Hans', '𠀀𠀁字', '𠀀𠀂字', '𠀀[-𠀁-]{+𠀂+}字', [['text']]],
  ['Extension B next to BMP character', 'zh-Hans', '姓𠮷', '姓吉', '姓[-𠮷-]{+吉+}', [['text']]],
  ['from empty', 'zh-Hans', '', '新的句子。', '{+新的句子。+}', [['text']]],
  ['to empty', 'zh-Hans', '旧的句子。', '', '[-旧的句子。-]', [['text']]],
  [
    'edit after an unchanged clause',
    'zh-Hans',
    '今天下雨，我们讨论了发展。',
    '今天下雨，我们讨论了经济。',
    '今天下雨，我们讨论了[-发展-]{+经济+}。',
    [['text']],
  ],
];

const EN: Case[] = [
  ['identical', 'en', 'Same text.', 'Same text.', 'Same text.', []],
  [
    'two words replaced, spaces between them join the hunk',
    'en',
    'The quick brown fox jumps.',
    'The slow red fox leaps.',
    'The [-quick brown-]{+slow red+} fox [-jumps-]{+leaps+}.',
    [['text'], ['text']],
  ],
  ['word inserted', 'en', 'a red car', 'a small red car', 'a {+small +}red car', [['text']]],
  [
    'double space to single',
    'en',
    'Hello  world',
    'Hello world',
    'Hello[-  -]{+ +}world',
    [['whitespace']],
  ],
  ['trailing space added', 'en', 'Done.', 'Done. ', 'Done.{+ +}', [['whitespace']]],
  [
    'number changed',
    'en',
    'It costs $3.14 today.',
    'It costs $3.15 today.',
    'It costs $[-3.14-]{+3.15+} today.',
    [['number']],
  ],
  [
    'thousands separator',
    'en',
    'About 1,000 people.',
    'About 1000 people.',
    'About [-1,000-]{+1000+} people.',
    [['number']],
  ],
  [
    'punctuation changed',
    'en',
    'Hello, world.',
    'Hello; world.',
    'Hello[-,-]{+;+} world.',
    [['text']],
  ],
  [
    'curly quotes to straight',
    'en',
    'He said “yes”.',
    'He said "yes".',
    'He said [-“-]{+"+}yes[-”-]{+"+}.',
    [['punctuation-width'], ['punctuation-width']],
  ],
  [
    'full-width comma in English',
    'en',
    'one， two',
    'one, two',
    'one[-，-]{+,+} two',
    [['punctuation-width']],
  ],
  [
    'word order swapped',
    'en',
    'red green blue',
    'blue red green',
    '{+blue +}red green[- blue-]',
    [['text'], ['text']],
  ],
  [
    'combining acute stays on its letter',
    'en',
    'cafe\u0301 au lait',
    'cafe\u0301 noir',
    'cafe\u0301 [-au lait-]{+noir+}',
    [['text']],
  ],
  [
    'accented word replaced whole, no character diff in English',
    'en',
    'my résumé',
    'my resume',
    'my [-résumé-]{+resume+}',
    [['text']],
  ],
  [
    'emoji presentation sequence',
    'en',
    'I ❤️ tea',
    'I ❤️ coffee',
    'I ❤️ [-tea-]{+coffee+}',
    [['text']],
  ],
  [
    'flag emoji (regional indicator pair)',
    'en',
    'Made in 🇨🇳',
    'Made in 🇬🇧',
    'Made in [-🇨🇳-]{+🇬🇧+}',
    [['text']],
  ],
  ['case change is a text change', 'en', 'hello', 'Hello', '[-hello-]{+Hello+}', [['text']]],
  [
    'shared head ends inside a word: the whole word changes',
    'en',
    'The cat sat.',
    'The car sat.',
    'The [-cat-]{+car+} sat.',
    [['text']],
  ],
  [
    'combining mark added to the last letter',
    'en',
    'cafe',
    'cafe\u0301',
    '[-cafe-]{+cafe\u0301+}',
    [['text']],
  ],
  [
    'skin tone added to an emoji after punctuation',
    'en',
    'Yes! 👍',
    'Yes! 👍🏽',
    'Yes! [-👍-]{+👍🏽+}',
    [['text']],
  ],
];

describe('core/diff diffText', () => {
  for (const [what, lang, a, b, marked, kinds] of [...ZH, ...EN]) {
    it(`${lang}: ${what}`, () => {
      const d = diffText(a, b, lang);
      expect(markedText(d)).to.equal(marked);
      expect(d.hunks.map((h) => h.kinds)).to.deep.equal(kinds);
      expect(oldText(d), 'old text rebuilt').to.equal(a);
      expect(newText(d), 'new text rebuilt').to.equal(b);
      // Never cut inside a code point or a grapheme cluster.
      const c = cuts(d);
      const okA = graphemeBoundaries(a);
      const okB = graphemeBoundaries(b);
      for (const at of c.old) expect(okA.has(at), `old cut at ${at}`).to.equal(true);
      for (const at of c.new) expect(okB.has(at), `new cut at ${at}`).to.equal(true);
    });
  }

  it('numbers each hunk on its parts and lists every kind once', () => {
    const d = diffText('价格为123元，共3人', '价格为125元,共4人', 'zh-Hans');
    expect(d.parts.filter((p) => p.kind !== 'equal').map((p) => p.hunk)).to.deep.equal([
      0, 0, 1, 1, 2, 2,
    ]);
    expect([...d.kinds].sort()).to.deep.equal(['number', 'punctuation-width']);
    expect(d.parts.filter((p) => p.kind === 'equal').every((p) => p.hunk === undefined)).to.equal(
      true,
    );
  });
});

describe('core/diff diffText on very long rows', () => {
  const repeat = (unit: (i: number) => string, length: number): string => {
    let s = '';
    for (let i = 0; s.length < length; i++) s += unit(i);
    return s.slice(0, length);
  };
  const zh = repeat(() => '我们在会议上讨论了人工智能对翻译行业的影响，并提出了新的建议。', 20_000);
  const en = repeat(
    () => 'The committee discussed the impact of machine translation and proposed new rules. ',
    20_000,
  );
  const cases: [string, Lang, string, string, number][] = [
    [
      '20,000 Chinese characters, one changed',
      'zh-Hans',
      zh,
      zh.slice(0, 10_000) + '机' + zh.slice(10_001),
      1,
    ],
    ['20,000 English characters, one word changed', 'en', en, en.replace('committee', 'board'), 1],
    [
      '20,000 Chinese characters, all different',
      'zh-Hans',
      zh,
      repeat((i) => `第${i}行完全不同的文字，例如斑马、石英和峡湾。`, 20_000),
      -1,
    ],
    [
      '20,000 English characters, all different',
      'en',
      en,
      repeat((i) => `Row ${i} has zebra, quartz and fjord. `, 20_000),
      -1,
    ],
  ];
  for (const [what, lang, a, b, hunks] of cases) {
    it(`${what}: finishes and rebuilds both texts`, () => {
      const d = diffText(a, b, lang);
      expect(oldText(d)).to.equal(a);
      expect(newText(d)).to.equal(b);
      if (hunks >= 0) expect(d.hunks.length).to.equal(hunks);
      else expect(d.hunks.length).to.be.greaterThan(0);
    });
  }
});
