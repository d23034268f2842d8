// Numbers read by value across scripts: one line per case, as the quality-checks issue lists them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareNumbers, findNumbers, sayValue } from '../../../src/core/numbers/index.js';
import { romanValue } from '../../../src/core/numbers/roman.js';

// text → [kind, parts, text as written, firm]
const READ: [string, [string, number[], string, boolean][]][] = [
  ['1.2亿', [['decimal', [1.2e8], '1.2亿', true]]],
  ['120 million', [['cardinal', [1.2e8], '120 million', true]]],
  ['3万', [['cardinal', [30000], '3万', true]]],
  ['30,000', [['cardinal', [30000], '30,000', true]]],
  ['30 thousand', [['cardinal', [30000], '30 thousand', true]]],
  ['３５００元', [['cardinal', [3500], '３５００', true]]],
  ['1,234.5', [['decimal', [1234.5], '1,234.5', true]]],
  ['三千五百', [['cardinal', [3500], '三千五百', true]]],
  ['两百零五', [['cardinal', [205], '两百零五', true]]],
  ['一万二千', [['cardinal', [12000], '一万二千', true]]],
  ['三千万', [['cardinal', [3e7], '三千万', true]]],
  ['3千万', [['cardinal', [3e7], '3千万', true]]],
  ['2万亿', [['cardinal', [2e12], '2万亿', true]]],
  ['百分之四十', [['percent', [40], '百分之四十', true]]],
  ['40 %', [['percent', [40], '40 %', true]]],
  ['40％', [['percent', [40], '40％', true]]],
  ['40 percent', [['percent', [40], '40 percent', true]]],
  ['forty percent', [['percent', [40], 'forty percent', true]]],
  ['三分之一', [['fraction', [1 / 3], '三分之一', true]]],
  ['two thirds', [['fraction', [2 / 3], 'two thirds', false]]],
  ['a third of them', [['fraction', [1 / 3], 'a third', false]]],
  ['1/4', [['fraction', [0.25], '1/4', true]]],
  ['零点五', [['decimal', [0.5], '零点五', true]]],
  ['第三', [['ordinal', [3], '第三', false]]],
  ['第21', [['ordinal', [21], '第21', true]]],
  ['third', [['ordinal', [3], 'third', false]]],
  ['3rd', [['ordinal', [3], '3rd', true]]],
  ['three', [['cardinal', [3], 'three', false]]],
  ['twenty-one', [['cardinal', [21], 'twenty-one', true]]],
  ['three hundred and five', [['cardinal', [305], 'three hundred and five', true]]],
  ['a dozen', [['cardinal', [12], 'a dozen', false]]],
  ['2023年6月12日', [['date', [2023, 6, 12], '2023年6月12日', true]]],
  ['二〇二三年', [['date', [2023], '二〇二三年', true]]],
  ['June 12, 2023', [['date', [2023, 6, 12], 'June 12, 2023', true]]],
  ['12 June 2023', [['date', [2023, 6, 12], '12 June 2023', true]]],
  ['2023-06-12', [['date', [2023, 6, 12], '2023-06-12', true]]],
  ['下午3点', [['time', [15], '下午3点', true]]],
  ['3 p.m.', [['time', [15], '3 p.m.', true]]],
  ['15:30', [['time', [15, 30], '15:30', true]]],
  ['3点半', [['time', [3, 30], '3点半', true]]],
  ['3至5', [['range', [3, 5], '3至5', true]]],
  ['3–5', [['range', [3, 5], '3–5', true]]],
  ['three to five', [['range', [3, 5], 'three to five', false]]],
  ['3至5万', [['range', [30000, 50000], '3至5万', true]]],
  ['三四个', [['range', [3, 4], '三四', false]]],
  // A pair before a unit or a scale is one approximation too: 二三十 is 20 or 30, not a firm 30.
  ['二三十个孩子', [['range', [20, 30], '二三十', false]]],
  ['五六百人', [['range', [500, 600], '五六百', false]]],
  ['四五十万', [['range', [400000, 500000], '四五十万', false]]],
  ['一千二三百人', [['range', [1200, 1300], '一千二三百', false]]],
  ['三二十个', [['range', [30, 20], '三二十', false]]],
  ['二十三万', [['cardinal', [230000], '二十三万', true]]],
  ['five or six hundred people', [['range', [500, 600], 'five or six hundred', true]]],
  ['two or three thousand', [['range', [2000, 3000], 'two or three thousand', true]]],
  // Words that are no quantity.
  ['一个人', []],
  ['a man', []],
  ['他十分高兴', []],
  // About ten: loose, never firm.
  ['十几个人', [['cardinal', [10], '十', false]]],
  ['王二来了', []],
  // 行 measures rows: 石 before it is stone, no surname (宝石四行 "four rows of stones").
  ['镶宝石四行', [['cardinal', [4], '四', false]]],
  ['二十两银子', [['cardinal', [20], '二十两', true]]],
  ['三两个人', [['range', [2, 3], '三两', false]]],
  ['一至六个月', [['range', [1, 6], '一至六', false]]],
  // Two numerals as written: 六四 falling is no approximation (the check tells it by the order).
  ['六四个人', [['range', [6, 4], '六四', false]]],
  // "Three or four" is one approximation, as 三四 is.
  ['three or four days', [['range', [3, 4], 'three or four', false]]],
  ['nine or two occasions', [['range', [9, 2], 'nine or two', false]]],
  ['1997-98', [['range', [1997, 1998], '1997-98', true]]],
  // "To" joins one kind of quantity, its unit said once or on both ends; a change and the
  // result it reached are two numbers.
  ['rose from 10% to 15%', [['range', [10, 15], '10% to 15%', true]]],
  ['10至40%', [['range', [10, 40], '10至40%', true]]],
  ['by 2 to 3 million', [['range', [2e6, 3e6], '2 to 3 million', true]]],
  ['增长10%-15%', [['range', [10, 15], '10%-15%', true]]],
  [
    'rose by 15% to 3.5 billion',
    [
      ['percent', [15], '15%', true],
      ['cardinal', [3.5e9], '3.5 billion', true],
    ],
  ],
  [
    '增长15%至35亿',
    [
      ['percent', [15], '15%', true],
      ['cardinal', [3.5e9], '35亿', true],
    ],
  ],
  [
    'grew by 500 million to 3.5 billion',
    [
      ['cardinal', [5e8], '500 million', true],
      ['cardinal', [3.5e9], '3.5 billion', true],
    ],
  ],
  [
    '增加5亿至35亿',
    [
      ['cardinal', [5e8], '5亿', true],
      ['cardinal', [3.5e9], '35亿', true],
    ],
  ],
  [
    'up 15 to 3.5 billion',
    [
      ['cardinal', [15], '15', true],
      ['cardinal', [3.5e9], '3.5 billion', true],
    ],
  ],
  ['3Com', []],
  ['一百多亿年前', [['cardinal', [1e10], '一百', false]]],
  ['3000多万人', [['cardinal', [3e7], '3000多万', true]]],
  ['Aug.6 Opens', [['date', [8, 6], 'Aug.6', true]]],
  ['October of 1994', [['date', [1994, 10], 'October of 1994', true]]],
  ["Dogme '95", [['decade', [95], "'95", true]]],
  ['7cm', [['cardinal', [7], '7', true]]],
  ['一点', []],
  ['May I come in?', []],
  ['5千米', [['cardinal', [5], '5', true]]],
  // A share said as "one in ten".
  ['10人中有一个是肥胖症患者', [['fraction', [0.1], '10人中有一个', false]]],
  ['每五个人中就有一人', [['fraction', [0.2], '每五个人中就有一人', false]]],
  ['他们中有三个人', [['cardinal', [3], '三', false]]],
  // "A day or two" is one approximation, as 一两天; "one another" is a pronoun.
  ['within a day or two', [['range', [1, 2], 'a day or two', false]]],
  ["on one another's nerves", []],
  // The Republic's calendar: 民国元年 is 1912.
  ['民国元年', [['date', [1912], '民国元年', true]]],
  ['民国三十八年十月', [['date', [1949, 10], '民国三十八年十月', true]]],
  ['民国时期', []],
  // The Bible's teens after a score.
  [
    'a thousand seven hundred and threescore and fifteen',
    [['cardinal', [1775], 'a thousand seven hundred and threescore and fifteen', false]],
  ],
];

describe('findNumbers', () => {
  for (const [text, want] of READ) {
    it(text, () => {
      const got = findNumbers(text).map((m) => [m.kind, m.parts, m.text, m.firm]);
      assert.deepEqual(got, want);
    });
  }

  it('gives UTF-16 offsets into the text', () => {
    const text = '收入达到1.2亿元，增长百分之四十。';
    for (const m of findNumbers(text)) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(findNumbers(text).length, 2);
  });
});

describe('romanValue', () => {
  const ROMANS: [string, number][] = [
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XL', 40],
    ['XCIX', 99],
    ['CCCXCIX', 399],
    ['IIII', NaN],
    ['IC', NaN],
    ['VX', NaN],
    ['ABC', NaN],
  ];
  for (const [s, v] of ROMANS) it(`${s} → ${v}`, () => assert.deepEqual(romanValue(s), v));
});

// a, b → equal by value (nothing left on either side)?
const SAME: [string, string, boolean][] = [
  ['1.2亿', '120 million', true],
  ['1.2亿', '12 million', false],
  ['3万', '30,000', true],
  ['3万', '30 thousand', true],
  ['百分之四十', '40 %', true],
  ['第三', '3rd', true],
  ['第三', 'the third', true],
  ['2023年6月12日', 'June 12, 2023', true],
  ['2023年6月12日', '12 June 2023', true],
  ['2023年6月12日', 'June 21, 2023', false],
  ['下午3点', '3 p.m.', true],
  ['下午3点', '3 a.m.', false],
  ['3点', 'three o’clock', true],
  ['3至5', 'three to five', true],
  ['3至5万', '30,000–50,000', true],
  ['三分之一', 'one third of', true],
  ['两百零五', '205', true],
  ['1995年', "Dogme '95", true],
  ['70年代', 'the 1970s', true],
  // A decade of a century said whole: one mention, its 20 is no number of its own.
  ['20世纪90年代', 'the 1990s', true],
  ['二十世纪八十年代', 'the eighties', true],
  ['20世纪90年代', 'the 1980s', false],
  ['in the 1990s', '在20世纪90年代', true],
  ['20世纪', 'the 20th century', true],
  // Days that name events: their month and day.
  ['九一八事变', 'the September 18th Incident', true],
  ['“9·11”事件', 'the September 11 attacks', true],
  ['双十一', 'November 11', true],
  ['二二八事件', 'the February 28 Incident', true],
  ['十分之一', '1 in 10', true],
  ['拿出十分之一来', 'he gave him tithes of all', true],
  ['拿出十分之二来', 'he gave him tithes of all', false],
  ['四十昼夜', 'forty days and forty nights', false],
  ['民国元年', 'During 1912', true],
  ['10人中有一个是肥胖症患者', 'one in 10 is obese', true],
  ['10人中有一个是肥胖症患者', 'one in 5 is obese', false],
  ['一千七百七十五', 'a thousand seven hundred and threescore and fifteen', true],
  // A date is matched whole before its month can go to another number ("first").
  ['1998年6月，1999年1月6日', 'June 1998, first appears, Jan. 6, 1999, the first', false],
  ['1998年6月，1999年1月6日，第一', 'June 1998, first appears, Jan. 6, 1999', true],
  // An approximation is matched whole or not at all: 两 is no end of "one or two", but "the
  // third and fourth" are both ends of 三四.
  ['两个人', 'ten people, one or two dishes', false],
  ['直到三四代', 'unto the third and fourth generation', true],
  ['二三十个', 'twenty or thirty', true],
  ['没过一两天', 'within a day or two', true],
  // 两 counts and never ranks: "the second" is not the 两 of 两只.
  ['两只', 'the second', false],
  ['第二只，二者', 'the second, two', true],
  // Falling, but the same two ends: the check's approximation rule judges the order.
  ['三二十个', 'twenty or thirty', true],
];

describe('compareNumbers', () => {
  for (const [a, b, same] of SAME) {
    it(`${a} ${same ? '=' : '≠'} ${b}`, () => {
      const r = compareNumbers(findNumbers(a), findNumbers(b));
      assert.equal(r.onlyInA.length === 0 && r.onlyInB.length === 0, same);
    });
  }
});

describe('sayValue', () => {
  it('says a value in the scale a source used', () => {
    assert.equal(sayValue(1.2e7, '亿'), '0.12亿');
    assert.equal(sayValue(1.2e8, 'million'), '120 million');
    assert.equal(sayValue(30000), '30000');
  });
});
