import { expect } from '@open-wc/testing';
import { exportAs, importFile, type Bitext } from '../../../src/core/formats/index.js';
import { allPairs, enc } from './helpers.js';

const doc = (source: string, target: string): Bitext => ({
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [{ name: 'd', pairs: [{ source, target, status: 'translated' }] }],
});

describe('formats: TSV/CSV export', () => {
  // cell text, how it must appear in the CSV
  const INJECTION: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ["'=x", "''=x"],
    ['a=b', 'a=b'],
    ['普通', '普通'],
  ];
  for (const [cell, shown] of INJECTION)
    it(`defuses ${JSON.stringify(cell)} and reads it back`, () => {
      const csv = exportAs('csv', doc('源', cell)) as string;
      expect(csv.split('\r\n')[1]).to.equal(`源,${shown},translated,`);
      expect(allPairs(importFile('a.csv', enc(csv)))[0]?.target).to.equal(cell);
    });

  it('formula protection can be turned off', () => {
    const csv = exportAs('csv', doc('源', '=1+1'), { formulaProtection: false }) as string;
    expect(csv.split('\r\n')[1]).to.equal('源,=1+1,translated,');
  });

  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    const csv = exportAs('csv', doc('a,b', 'say "hi"\nthere')) as string;
    expect(csv).to.equal(
      'source (zh-Hans),target (en),status,note\r\n"a,b","say ""hi""\nthere",translated,\r\n',
    );
  });

  it('starts with a BOM only when asked', () => {
    expect((exportAs('tsv', doc('a', 'b'), { bom: true }) as string).startsWith('\uFEFF')).to.equal(
      true,
    );
    expect((exportAs('tsv', doc('a', 'b')) as string).startsWith('\uFEFF')).to.equal(false);
  });
});

describe('formats: TSV/CSV import', () => {
  // file text, expected [source, target], expected languages
  const CASES: [string, string, string, [string, string][], string, string][] = [
    [
      'no header',
      'a.tsv',
      'Hi.\t你好。\nBye.\t再见。\n',
      [
        ['Hi.', '你好。'],
        ['Bye.', '再见。'],
      ],
      'en',
      'zh-Hans',
    ],
    ['language header', 'a.tsv', 'en\tzh-CN\nHi.\t你好。\n', [['Hi.', '你好。']], 'en', 'zh-CN'],
    // A header of language names, as spreadsheets write it, is a header: not a pair 中文 → English.
    ['language names', 'a.tsv', '中文\tEnglish\n你好。\tHi.\n', [['你好。', 'Hi.']], 'zh', 'en'],
    [
      'names, English',
      'a.csv',
      'English,Chinese (Simplified)\nHi.,你好。\n',
      [['Hi.', '你好。']],
      'en',
      'zh-Hans',
    ],
    [
      'a name and its tag',
      'a.tsv',
      '英文 (en-US)\t中文 (zh-CN)\nHi.\t你好。\n',
      [['Hi.', '你好。']],
      'en-US',
      'zh-CN',
    ],
    [
      'Chinese header',
      'a.csv',
      '原文,译文,备注\n你好。,Hi.,greeting\n',
      [['你好。', 'Hi.']],
      'zh-Hans',
      'en',
    ],
    [
      'columns in another order',
      'a.csv',
      'target,source\nHi.,你好。\n',
      [['你好。', 'Hi.']],
      'zh-Hans',
      'en',
    ],
    [
      'quoted cell with newline',
      'a.csv',
      '"多\n行",lines\n',
      [['多\n行', 'lines']],
      'zh-Hans',
      'en',
    ],
  ];
  for (const [name, file, text, pairs, src, tgt] of CASES)
    it(name, () => {
      const r = importFile(file, enc(text));
      expect(allPairs(r).map((p) => [p.source, p.target])).to.deep.equal(pairs);
      expect([r.sourceLang, r.targetLang]).to.deep.equal([src, tgt]);
    });

  it('an unclosed quote names the line where it opens', () => {
    expect(() => importFile('a.csv', enc('a,b\n"c,d\n'))).to.throw(
      /a\.csv:2: a quoted cell is never closed/,
    );
  });
});
