import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossary, writeGlossary } from '../../../src/core/formats/glossary.js';
import { FormatError } from '../../../src/core/formats/types.js';

const rows = (text: string, sep: ',' | '\t' = '\t') =>
  parseGlossary(text, sep, 'g').entries.map((e) =>
    Object.entries(e.terms).flatMap(([l, ts]) => ts.map((t) => `${l}:${t.text}:${t.status}`)),
  );

describe('formats: TSV/CSV glossaries in', () => {
  // text, separator, expected terms per entry
  const CASES: [string, string, ',' | '\t', string[][]][] = [
    [
      'no header: term, translation',
      '开源\topen source\n峰会\tsummit\n',
      '\t',
      [
        ['zh-Hans:开源:preferred', 'en:open source:preferred'],
        ['zh-Hans:峰会:preferred', 'en:summit:preferred'],
      ],
    ],
    [
      'header with language tags',
      'en\tzh-CN\nsummit\t峰会\n',
      '\t',
      [['en:summit:preferred', 'zh-Hans:峰会:preferred']],
    ],
    [
      'header names and a forbidden column',
      'Term (zh-Hans),Translation (en),Forbidden,Note\n开源,free software,yes,old\n开源,open source,,\n',
      ',',
      [['zh-Hans:开源:preferred', 'en:open source:preferred', 'en:free software:forbidden']],
    ],
    [
      'header of language names',
      '中文\t英文\n开源\topen source\n',
      '\t',
      [['zh-Hans:开源:preferred', 'en:open source:preferred']],
    ],
    [
      'Chinese header',
      '术语\t译文\t备注\n峰会\tsummit\t会议\n',
      '\t',
      [['zh-Hans:峰会:preferred', 'en:summit:preferred']],
    ],
    [
      'formula cells are text',
      'term,translation\n"=HYPERLINK(""http://x"")",@SUM(A1)\n',
      ',',
      [['en:=HYPERLINK("http://x"):preferred', 'zh-Hans:@SUM(A1):preferred']],
    ],
    [
      'plurals are one term; a verb and its -ing noun are two concepts',
      'en\tzh-CN\nbuild\t构建\nbuilding\t建筑\nbuildings\t大楼\nprocess\t流程\nprocessing\t处理\n',
      '\t',
      [
        ['en:build:preferred', 'zh-Hans:构建:preferred'],
        ['en:building:preferred', 'zh-Hans:建筑:preferred', 'zh-Hans:大楼:preferred'],
        ['en:process:preferred', 'zh-Hans:流程:preferred'],
        ['en:processing:preferred', 'zh-Hans:处理:preferred'],
      ],
    ],
    [
      'a row with only a term is kept',
      '开源\topen source\n峰会\n',
      '\t',
      [['zh-Hans:开源:preferred', 'en:open source:preferred'], ['zh-Hans:峰会:preferred']],
    ],
  ];
  for (const [name, text, sep, want] of CASES)
    it(name, () => assert.deepEqual(rows(text, sep), want));

  it('marks the row missing a translation incomplete and says how many merged', () => {
    const tb = parseGlossary('开源\topen source\n开源\topen-source\n峰会\n', '\t', 'g');
    assert.equal(tb.summary.merged, 1);
    assert.deepEqual(
      tb.entries.map((e) => !!e.incomplete),
      [false, true],
    );
  });

  it('refuses a header without a translation column', () => {
    assert.throws(
      () => parseGlossary('term\tnote\na\tb\n', '\t', 'g.tsv'),
      (e: unknown) => e instanceof FormatError && e.code === 'no-term-column',
    );
  });
});

describe('formats: TSV/CSV glossaries out', () => {
  it('defuses formula-like cells and reads back the same terms', () => {
    const tb = parseGlossary(
      'term,translation,forbidden\n=1+1,@x,\n开源,free software,yes\n开源,open source,\n',
      ',',
      'g',
    );
    const out = writeGlossary(tb.entries, ',', 'zh-Hans', 'en');
    assert.match(out, /^term \(zh-Hans\),translation \(en\)/);
    assert.match(out, /\r\n'=1\+1,'@x,/);
    const back = parseGlossary(out, ',', 'g2');
    assert.deepEqual(
      back.entries.map((e) => e.terms),
      tb.entries.map((e) => e.terms),
    );
  });
});
