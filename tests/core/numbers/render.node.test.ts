// Numbers said the target language's way: one line per case, source → what is offered.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { numberSuggestions } from '../../../src/core/numbers/render.js';

// Chinese source, English target: [text, [[number as written, offers]]]
const TO_ENGLISH: [string, [string, string[]][]][] = [
  ['营业收入达1.2亿元', [['1.2亿', ['120 million', '120,000,000']]]],
  ['0.12亿', [['0.12亿', ['12 million', '12,000,000']]]],
  ['3万人', [['3万', ['30,000']]]],
  ['1.55万', [['1.55万', ['15,500']]]],
  ['2.5万亿美元', [['2.5万亿', ['2.5 trillion', '2,500,000,000,000']]]],
  ['三千五百册', [['三千五百', ['3,500']]]],
  ['３５００元', [['３５００', ['3,500']]]],
  ['百分之四十', [['百分之四十', ['40%']]]],
  ['40％', [['40％', ['40%']]]],
  ['请在2026年12月1日前提交', [['2026年12月1日', ['1 December 2026', 'December 1, 2026']]]],
  ['12月1日', [['12月1日', ['1 December', 'December 1']]]],
  ['2023年6月', [['2023年6月', ['June 2023']]]],
  ['二〇二三年六月十二日', [['二〇二三年六月十二日', ['12 June 2023', 'June 12, 2023']]]],
  ['下午3点开会', [['下午3点', ['3 p.m.', '15:00']]]],
  ['上午9点30分', [['上午9点30分', ['9:30 a.m.', '9:30']]]],
  ['15:30', [['15:30', ['3:30 p.m.']]]],
  ['3至5万', [['3至5万', ['30,000–50,000']]]],
  ['第3章', [['第3', ['3rd']]]],
  ['第二十一届', [['第二十一', ['21st']]]],
  ['第12名', [['第12', ['12th']]]],
  // Written the same either way: nothing to offer.
  ['同比增长15%', []],
  ['3.5', []],
  ['共1500人', []],
  ['2026', []],
  // Free renderings are the translator's words, not a conversion.
  ['三个人', []],
  ['十几个', []],
  ['三分之一', []],
  ['70年代', []],
];

// English source, Chinese target.
const TO_CHINESE: [string, [string, string[]][]][] = [
  ['revenue of 120 million yuan', [['120 million', ['1.2亿']]]],
  ['12 million', [['12 million', ['1200万']]]],
  ['30,000 people', [['30,000', ['3万']]]],
  ['3.5 billion', [['3.5 billion', ['35亿']]]],
  ['1,234,567', []],
  ['1,550,000', [['1,550,000', ['155万']]]],
  ['15,500', [['15,500', ['1.55万']]]],
  ['forty percent', [['forty percent', ['40%']]]],
  ['on December 1, 2026', [['December 1, 2026', ['2026年12月1日']]]],
  ['by 1 December 2026', [['1 December 2026', ['2026年12月1日']]]],
  ['June 2023', [['June 2023', ['2023年6月']]]],
  ['2023-06-12', [['2023-06-12', ['2023年6月12日']]]],
  ['at 3 p.m.', [['3 p.m.', ['下午3点']]]],
  ['at 9:30 a.m.', [['9:30 a.m.', ['上午9点30分']]]],
  ['at 8 pm', [['8 pm', ['晚上8点']]]],
  ['30,000–50,000', [['30,000–50,000', ['3万至5万']]]],
  ['the 3rd chapter', [['3rd', ['第3']]]],
  ['1,500 books', []],
  ['15%', []],
  ['in May', []],
  ['the third time', []],
  ['three people', []],
];

describe('numberSuggestions', () => {
  for (const [text, want] of TO_ENGLISH)
    it(`zh→en ${text}`, () => {
      const got = numberSuggestions(text, false).map((s) => [s.source, s.targets]);
      assert.deepEqual(got, want);
    });
  for (const [text, want] of TO_CHINESE)
    it(`en→zh ${text}`, () => {
      const got = numberSuggestions(text, true).map((s) => [s.source, s.targets]);
      assert.deepEqual(got, want);
    });

  it('reads past inline codes', () => {
    const got = numberSuggestions('收入\uE001达1.2亿\uE002元', false);
    assert.deepEqual(got[0]?.targets[0], '120 million');
  });
});
