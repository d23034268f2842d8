// A Node test: the formats code reads XML with saxes, served to the browser runner only from
// the main checkout's own node_modules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTmFile, TmLanguageError, writeTmUnitsTmx } from '../../../src/core/tm/files.js';
import type { TmUnit } from '../../../src/core/tm/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const ZH_EN = { sourceLang: 'zh-Hans', targetLang: 'en' };
const tmx = (src: string, tus: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="${src}" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>${tus}</body></tmx>`;
const tu = (a: [string, string], b: [string, string], date = '') =>
  `<tu${date ? ` changedate="${date}"` : ''}><tuv xml:lang="${a[0]}"><seg>${a[1]}</seg></tuv><tuv xml:lang="${b[0]}"><seg>${b[1]}</seg></tuv></tu>`;

describe('core/tm/files: TM files in and out', () => {
  it('reads TSV, keeping each pair once and counting empty targets', () => {
    const f = readTmFile(
      'a.tsv',
      bytes('source\ttarget\n你好。\tHello.\n你好。\tHello.\n空。\t\n\n再见。\tBye.\n'),
      ZH_EN,
    );
    assert.deepEqual(
      f.units.map((u) => [u.source, u.target]),
      [
        ['你好。', 'Hello.'],
        ['再见。', 'Bye.'],
      ],
    );
    assert.deepEqual([f.duplicates, f.emptyTargets, f.swapped], [1, 1, false]);
  });

  it('swaps a TSV whose columns are the other way round', () => {
    const f = readTmFile('a.tsv', bytes('Hello there.\t你好。\n'), ZH_EN);
    assert.equal(f.swapped, true);
    assert.deepEqual([f.units[0]?.source, f.units[0]?.target], ['你好。', 'Hello there.']);
  });

  it('dates a TMX unit without a date at the import and keeps its authors, out and back', () => {
    const now = Date.UTC(2026, 5, 1);
    const f = readTmFile(
      'a.tmx',
      bytes(
        tmx(
          'zh-CN',
          tu(['zh-CN', '新。'], ['en', 'New.']).replace('<tu>', '<tu creationid="alice">') +
            tu(['zh-CN', '旧。'], ['en', 'Old.'], '20200101T000000Z').replace(
              '<tu ',
              '<tu creationid="alice" changeid="bob" ',
            ),
        ),
      ),
      { ...ZH_EN, now },
    );
    const meta = (u: TmUnit) => [u.source, u.createdAt, u.changedAt, u.author, u.changedBy];
    const expected = [
      ['新。', now, now, 'alice', undefined],
      ['旧。', Date.UTC(2020, 0), Date.UTC(2020, 0), 'alice', 'bob'],
    ];
    assert.deepEqual(f.units.map(meta), expected);
    const back = readTmFile('b.tmx', bytes(writeTmUnitsTmx(f.units, ZH_EN)), ZH_EN);
    assert.deepEqual(back.units.map(meta), expected);
  });

  it('keeps the newest of duplicate TMX units and swaps a reversed pair', () => {
    const f = readTmFile(
      'a.tmx',
      bytes(
        tmx(
          'en',
          tu(['en', 'Hello.'], ['zh-CN', '你好。'], '20240101T000000Z') +
            tu(['en', 'Hello.'], ['zh-CN', '你好。'], '20250101T000000Z') +
            tu(['en', 'Empty.'], ['zh-CN', '']),
        ),
      ),
      ZH_EN,
    );
    assert.equal(f.swapped, true);
    assert.equal(f.units.length, 1);
    const [u] = f.units;
    assert.deepEqual(
      [u?.source, u?.target, u?.changedAt],
      ['你好。', 'Hello.', Date.UTC(2025, 0, 1)],
    );
    assert.deepEqual([f.duplicates, f.emptyTargets], [1, 1]);
  });

  it('says which languages a TM of another pair holds', () => {
    const read = () =>
      readTmFile(
        'fr.tmx',
        bytes(tmx('fr-FR', tu(['fr-FR', 'Bonjour.'], ['de-DE', 'Hallo.']))),
        ZH_EN,
      );
    assert.throws(read, (e: unknown) => {
      assert.ok(e instanceof TmLanguageError);
      assert.equal(e.message, 'fr.tmx: the TM holds fr-FR → de-DE, not zh-Hans → en');
      return true;
    });
  });

  it('reads only confirmed XLIFF units', () => {
    const xlf = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1"><source>一。</source><target state="translated">One.</target></trans-unit>
<trans-unit id="2"><source>二。</source><target state="needs-translation">Two.</target></trans-unit>
</body></file></xliff>`;
    const f = readTmFile('a.xlf', bytes(xlf), ZH_EN);
    assert.deepEqual(
      f.units.map((u) => u.target),
      ['One.'],
    );
    assert.equal(f.unconfirmed, 1);
  });

  it('writes TMX 1.4b with dates, authors and context, which reads back', () => {
    const unit: TmUnit = {
      id: 'u1',
      source: '点击\uE000保存\uE001。',
      target: 'Click \uE000Save\uE001.',
      codes: [
        { kind: 'open', id: '1', tag: 'bpt', data: '<b>' },
        { kind: 'close', id: '1', tag: 'ept', data: '</b>' },
      ],
      prev: '上一句 & <更多>',
      next: '下一句。',
      project: 'P',
      document: 'd.docx',
      author: 'Li',
      changedBy: 'Wang',
      createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
      changedAt: Date.UTC(2025, 5, 6, 7, 8, 9),
    };
    const xml = writeTmUnitsTmx([unit], { sourceLang: 'zh-CN', targetLang: 'en-US', now: 0 });
    for (const part of [
      '<tu tuid="u1" creationdate="20240102T030405Z" creationid="Li" changedate="20250606T070809Z" changeid="Wang">',
      '<prop type="x-context-pre">上一句 &amp; &lt;更多&gt;</prop>',
      '<prop type="x-context-post">下一句。</prop>',
      '<prop type="x-document">d.docx</prop>',
      '<seg>Click <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg>',
    ])
      assert.ok(xml.includes(part), part);
    const back = readTmFile('out.tmx', bytes(xml), ZH_EN);
    const [b] = back.units;
    assert.deepEqual(
      [b?.source, b?.target, b?.changedAt],
      [unit.source, unit.target, unit.changedAt],
    );
  });
});
