import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TermIndex, type TermEntry } from '../../../src/core/terms/index.js';
import { MUST_MATCH, MUST_NOT_MATCH } from './zh-words.cases.js';

const entry = (id: string, zh: string, en: string): TermEntry => ({
  id,
  terms: {
    'zh-Hans': [{ text: zh, status: 'preferred' }],
    en: [{ text: en, status: 'preferred' }],
  },
});

/** The terms found in a text by a termbase of these terms, as [source, start]. */
const found = (terms: string[], text: string) =>
  new TermIndex(
    'zh-Hans',
    'en',
    terms.map((t, i) => entry(String(i), t, `t${i}`)),
  )
    .find(text)
    .map((h) => [h.source, h.start]);

describe('terms: a Chinese term keeps to the words of the text', () => {
  for (const [term, text] of MUST_MATCH)
    it(`${term} is found in ${text}`, () =>
      assert.deepEqual(found([term], text), [[term, text.indexOf(term)]]));

  for (const [term, text] of MUST_NOT_MATCH)
    it(`${term} is not found in ${text}`, () => assert.deepEqual(found([term], text), []));

  // terms, text, found: a refused match leaves room for the next one, and mixed text works.
  const CASES: [string[], string, [string, number][]][] = [
    [['中国', '国家'], '发展中国家', [['国家', 3]]],
    [
      ['发展中国家', '中国'],
      '发展中国家和中国',
      [
        ['发展中国家', 0],
        ['中国', 6],
      ],
    ],
    // the position's longest term straddles; the shorter one does not
    [['安全法', '安全'], '网络安全法律', [['安全', 2]]],
    [['5G网络'], '支持5G网络的手机', [['5G网络', 2]]],
    [['SIM卡'], '插入SIM卡后重启', [['SIM卡', 2]]],
    [
      ['OpenHarmony', '开源'],
      '基于OpenHarmony的开源系统',
      [
        ['OpenHarmony', 2],
        ['开源', 14],
      ],
    ],
    [
      ['Linux', '服务器'],
      '在Linux服务器上部署',
      [
        ['Linux', 1],
        ['服务器', 6],
      ],
    ],
    [['版本'], '版本2.0的新功能', [['版本', 0]]],
    // a line break inside a term is not a word boundary that refuses it
    [['开源'], '开\n源', [['开\n源', 0]]],
  ];
  for (const [terms, text, want] of CASES)
    it(`${terms.join(' + ')} in ${JSON.stringify(text)}`, () =>
      assert.deepEqual(found(terms, text), want));
});
