import { chineseScript } from '../../src/core/text/script.js';
import { warning } from '../../src/core/formats/warnings.js';
import { expect } from '@open-wc/testing';
import { CHIP_BASE, chipLabel, chipParts } from '../../src/core/chips.js';
import {
  otherLanguages,
  bitextOf,
  clipboardTable,
  DEFAULT_EXPORT,
  EXPORT_CHOICES,
  directionOf,
  downloadName,
  exportRequest,
  importFailure,
  importRows,
  importSummary,
  projectNameFromText,
  projectNameOf,
  sameLanguage,
} from '../../src/core/exchange.js';
import {
  CODE_BASE,
  exportAs,
  FormatError,
  importFile,
  type Bitext,
  type FormatId,
} from '../../src/core/formats/index.js';
import type { InlineCode, Segment } from '../../src/core/model.js';

const enc = (s: string) => new TextEncoder().encode(s);
const code = (kind: InlineCode['kind'], data: string, tag = 'ph'): InlineCode => ({
  kind,
  id: '1',
  tag,
  data,
});
const P = (i: number) => String.fromCharCode(CODE_BASE + i);

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-CN" datatype="plaintext"/>
<body>
<tu><prop type="x-bitext-status">reviewed</prop><note>术语待查</note>
<tuv xml:lang="zh-CN"><seg>点击<ph x="1">&lt;b/&gt;</ph>保存。</seg></tuv>
<tuv xml:lang="en-US"><seg>Click <ph x="1">&lt;b/&gt;</ph> to save.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>第二句。</seg></tuv><tuv xml:lang="en-US"><seg></seg></tuv></tu>
</body></tmx>`;

describe('core/exchange', () => {
  it('tells Traditional from Simplified Chinese by its characters', () => {
    const cases: [string, string | undefined][] = [
      ['这个会议在杭州举行，我们都来了。', 'Hans'],
      ['這個會議在杭州舉行，我們都來了。', 'Hant'],
      ['杭州', undefined],
      ['', undefined],
    ];
    for (const [text, want] of cases) expect(chineseScript([text]), text).to.equal(want);
  });

  it('tags Chinese in every format as chosen, and Traditional text as Traditional', () => {
    const doc = (text: string) => ({
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      documents: [{ name: 'd', pairs: [{ source: text, target: 'x' }] }],
    });
    const cases: [string, 'region' | 'script', string, string][] = [
      ['tmx', 'region', '我们说。', 'zh-CN'],
      ['tmx', 'script', '我们说。', 'zh-Hans'],
      ['xliff12', 'region', '我們說。', 'zh-TW'],
      ['xliff2', 'script', '我們說。', 'zh-Hant'],
      // The tables, the HTML table and the Word files name the same tag in their headers
      // (they said "source (zh-Hans)" beside a TMX's zh-CN).
      ['tsv', 'region', '我们说。', 'zh-CN'],
      ['csv', 'region', '我们说。', 'zh-CN'],
      ['csv', 'script', '我們說。', 'zh-Hant'],
      ['html', 'region', '我们说。', 'zh-CN'],
      ['docx', 'region', '我们说。', 'zh-CN'],
      ['docx-target', 'region', '我們說。', 'zh-TW'],
    ];
    for (const [format, chineseTags, text, want] of cases) {
      const r = exportRequest(doc(text), {
        ...DEFAULT_EXPORT,
        format: format as 'tmx',
        chineseTags,
      });
      expect(r.doc.sourceLang, `${format} ${chineseTags} ${text}`).to.equal(want);
    }
    expect(DEFAULT_EXPORT.bom).to.equal(true);
  });

  it('writes the chosen Chinese tag into the headers of the tables and the HTML table', () => {
    const doc = {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      documents: [{ name: 'd', pairs: [{ source: '我们说。', target: 'We say.' }] }],
    };
    // [format, style, what the file says]
    const cases: [FormatId, 'region' | 'script', string][] = [
      ['tsv', 'region', 'source (zh-CN)\ttarget (en)'],
      ['csv', 'region', 'source (zh-CN),target (en)'],
      ['csv', 'script', 'source (zh-Hans),target (en)'],
      ['html', 'region', 'data-source-lang="zh-CN"'],
      ['tmx', 'region', 'xml:lang="zh-CN"'],
    ];
    for (const [format, chineseTags, want] of cases) {
      const { doc: tagged, opts } = exportRequest(doc, { ...DEFAULT_EXPORT, format, chineseTags });
      expect(exportAs(format, tagged, opts), `${format} ${chineseTags}`).to.contain(want);
    }
    // Only the plain texts name no language, so only they offer no choice of tag.
    expect(EXPORT_CHOICES.filter((c) => !c.tags).map((c) => c.id)).to.deep.equal([
      'text',
      'text-target',
    ]);
  });

  it('names the languages of a file that are neither Chinese nor English', () => {
    const cases: [string, string, string[]][] = [
      ['en-US', 'fr-FR', ['fr-FR']],
      ['zh-CN', 'en', []],
      ['zh-TW', 'en-GB', []],
      ['de', 'ja-JP', ['de', 'ja-JP']],
      ['en', '', []],
    ];
    for (const [sourceLang, targetLang, want] of cases)
      expect(
        otherLanguages({ sourceLang, targetLang }),
        `${sourceLang}→${targetLang}`,
      ).to.deep.equal(want);
  });

  it('the grid numbers placeholders from the same base as the formats', () => {
    expect(CHIP_BASE).to.equal(CODE_BASE);
  });

  // [project name, format, download name]
  const names: [string, FormatId, string][] = [
    ['年度报告', 'tmx', '年度报告.tmx'],
    ['年度报告', 'xliff12', '年度报告.xlf'],
    ['年度报告', 'xliff2', '年度报告.xliff2.xlf'],
    ['a/b:c*?', 'csv', 'a_b_c__.csv'],
    ['  .. ', 'docx', 'bitext.docx'],
    ['报告', 'docx-target', '报告.target.docx'],
    ['报告', 'text', '报告.txt'],
    ['报告', 'text-target', '报告.target.txt'],
  ];
  for (const [project, format, file] of names)
    it(`download of "${project}" as ${format} is ${file}`, () => {
      expect(downloadName(project, format)).to.equal(file);
    });

  // [file's source tag, target tag, project direction]
  const directions: [string, string, [string, string]][] = [
    ['zh-CN', 'en-US', ['zh-Hans', 'en']],
    ['EN', 'zh-Hans', ['en', 'zh-Hans']],
    ['en', '', ['en', 'zh-Hans']],
    ['', 'en-GB', ['zh-Hans', 'en']],
    ['de', 'fr', ['zh-Hans', 'en']],
    ['zh', 'zh-TW', ['zh-Hans', 'en']],
  ];
  for (const [s, t, want] of directions)
    it(`a file labelled ${s || '∅'} → ${t || '∅'} becomes ${want.join(' → ')}`, () => {
      expect(directionOf({ sourceLang: s, targetLang: t })).to.deep.equal(want);
    });

  // [file's source tag, target tag, warnings, the one language of both sides or undefined]
  const unstated = warning('target-language-unstated');
  const same: [string, string, string[], string | undefined][] = [
    ['en-US', 'en-GB', [], 'en'],
    ['zh-CN', 'zh-TW', [], 'zh-Hans'],
    ['en', 'EN', [], 'en'],
    ['en-US', 'zh-CN', [], undefined],
    ['zh-CN', 'ja-JP', [], undefined],
    ['en', '', [], undefined],
    // No target language named: the direction is the user's to check, as the warning says.
    ['en', 'en', [unstated], undefined],
  ];
  for (const [s, t, warnings, want] of same)
    it(`a file labelled ${s} → ${t || '∅'}${warnings.length ? ' (unstated)' : ''} has ${want ?? 'two languages'}`, () => {
      expect(sameLanguage({ sourceLang: s, targetLang: t, warnings })).to.equal(want);
    });

  // [file name, suggested project name]
  const fileNames: [string, string][] = [
    ['合同.tmx', '合同'],
    ['C:\\work\\memo.sdlxliff', 'memo'],
    ['dir/a.b.csv', 'a.b'],
    ['noext', 'noext'],
  ];
  // [pasted text, suggested project name]
  const texts: [string, string][] = [
    ['数据库连接失败。\n服务器正在重启。', '数据库连接失败。'],
    ['\n\n  The  new library\topened.  \nMore.', 'The new library opened.'],
    ['一'.repeat(50), `${'一'.repeat(39)}…`],
    [`${'word '.repeat(10)}end`, 'word word word word word word word word…'],
    ['😀'.repeat(41), `${'😀'.repeat(39)}…`],
    ['a\u0007b', 'a b'],
    [' \n\t\n', ''],
  ];
  for (const [text, name] of texts)
    it(`${JSON.stringify(text.slice(0, 20))} suggests the project name "${name}"`, () => {
      expect(projectNameFromText(text)).to.equal(name);
    });

  for (const [file, name] of fileNames)
    it(`"${file}" suggests the project name "${name}"`, () => {
      expect(projectNameOf(file)).to.equal(name);
    });

  const doc: Bitext = {
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    documents: [
      {
        name: 'd',
        pairs: [
          { source: '甲', target: '=1+1', status: 'translated', note: '注' },
          { source: '乙', target: '', status: 'new' },
        ],
      },
    ],
  };

  it('maps settings to writer options only where the format has them', () => {
    const tsv = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'tsv', bom: true });
    expect(tsv.opts).to.deep.include({ bom: true, formulaProtection: true, includeMeta: false });
    const off = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'csv', formulaProtection: false });
    expect(off.opts.formulaProtection).to.equal(false);
    const tmx = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'tmx', bom: true });
    expect(tmx.opts.bom).to.equal(false);
    const docx = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'docx', notes: true });
    expect(docx.opts.includeMeta).to.equal(true);
  });

  it('leaves notes out when asked, and keeps them otherwise', () => {
    const without = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'csv', notes: false });
    expect(without.doc.documents[0].pairs[0]).not.to.have.property('note');
    expect(doc.documents[0].pairs[0].note).to.equal('注');
    const csv = exportAs('csv', without.doc, without.opts) as string;
    expect(csv).not.to.contain('注');
    const withNotes = exportRequest(doc, { ...DEFAULT_EXPORT, format: 'csv' });
    expect(exportAs('csv', withNotes.doc, withNotes.opts) as string).to.contain('注');
  });

  // [text, codes, parts as [text or chip label]]
  const chips: [string, InlineCode[] | undefined, string[]][] = [
    ['纯文本', undefined, ['纯文本']],
    ['', [code('standalone', 'x')], []],
    [`点击${P(0)}保存`, [code('standalone', '<b/>')], ['点击', '[⟨1⟩]', '保存']],
    [
      `${P(0)}粗体${P(1)}`,
      [code('open', '<b>', 'bpt'), code('close', '</b>', 'ept')],
      ['[⟨1]', '粗体', '[1⟩]'],
    ],
    [
      `${P(0)}${P(1)}甲${P(2)}${P(3)}`,
      [
        { ...code('open', '<i>', 'bpt'), id: '7' },
        { ...code('standalone', '<br/>'), id: '' },
        { ...code('close', '</b>', 'ept'), id: '9' },
        { ...code('close', '</i>', 'ept'), id: '7' },
      ],
      ['[⟨1]', '[⟨2⟩]', '甲', '[3⟩]', '[1⟩]'],
    ],
    [`a${P(0)}b`, [code('standalone', '\uE000', '#char')], ['a\uE000b']],
    [`a${P(3)}b`, [code('standalone', 'x')], [`a${P(3)}b`]],
  ];
  for (const [text, codes, want] of chips)
    it(`chips of ${JSON.stringify(text)}`, () => {
      const got = chipParts(text, codes).map((p) => ('code' in p ? `[${p.label}]` : p.text));
      expect(got).to.deep.equal(want);
    });

  it('labels isolated codes by the side of the span they stand for', () => {
    expect(chipLabel({ ...code('isolated', ''), pos: 'begin' }, 4)).to.equal('⟨4');
    expect(chipLabel({ ...code('isolated', ''), pos: 'end' }, 4)).to.equal('4⟩');
  });

  it('copies a table as escaped HTML and TSV, formulas defused unless switched off', () => {
    const evil: Bitext = {
      ...doc,
      documents: [{ name: 'd', pairs: [{ source: '<b>甲</b>', target: '=SUM(A1)\t"x"' }] }],
    };
    const t = clipboardTable(evil, ['中文', '英文']);
    expect(t.html).to.contain('<td lang="zh-Hans">&lt;b&gt;甲&lt;/b&gt;</td>');
    expect(t.html).not.to.contain('<b>');
    // No inline style: copying it would be refused by the app's Content-Security-Policy.
    expect(t.html).not.to.match(/\sstyle=/);
    expect(t.text).to.equal('中文\t英文\r\n<b>甲</b>\t"\'=SUM(A1)\t""x"""\r\n');
    const raw = clipboardTable(evil, ['中文', '英文'], { formulaProtection: false });
    expect(raw.text).to.contain('\t"=SUM(A1)');
    const confirmed = clipboardTable(doc, ['a', 'b'], { confirmedOnly: true });
    expect(confirmed.text.split('\r\n').filter(Boolean)).to.have.length(2);
  });

  it('hands the UI a FormatError as code, params, file and line, never its English text', () => {
    const deep = new FormatError(
      'too-deep',
      { depth: 9 },
      'elements nested too deeply',
      'a.tmx',
      7,
    );
    expect(importFailure(deep, 'x')).to.deep.equal({
      file: 'a.tmx',
      line: 7,
      code: 'too-deep',
      params: { depth: 9 },
    });
    expect(importFailure(new FormatError('empty', {}, 'the file is empty'), 'b.csv')).to.deep.equal(
      { file: 'b.csv', line: undefined, code: 'empty', params: {} },
    );
    expect(importFailure(new Error('worker died'), 'c.tmx')).to.deep.equal({
      file: 'c.tmx',
      code: 'unknown',
      params: {},
    });
  });

  it('imports a TMX into rows with statuses, notes and codes, and exports the tags back', () => {
    const rows = importRows(importFile('t.tmx', enc(TMX)));
    expect(rows.map((r) => [r.status, r.note, r.paragraphStart])).to.deep.equal([
      ['reviewed', '术语待查', true],
      ['new', '', false],
    ]);
    expect(rows[0].source).to.equal(`点击${P(0)}保存。`);
    expect(rows[0].codes?.[0]).to.deep.include({ tag: 'ph', data: '<b/>' });
    expect(rows[1]).not.to.have.property('codes');
    const segments: Segment[] = rows.map((r, i) => ({
      ...r,
      id: `s${i}`,
      docId: 'd',
      order: String(i),
      updatedAt: 0,
      rev: 1,
    }));
    const back = bitextOf({ sourceLang: 'zh-Hans', targetLang: 'en' }, [{ name: 't', segments }]);
    const tmx = exportAs('tmx', back) as string;
    expect(tmx).to.contain('<seg>点击<ph x="1">&lt;b/&gt;</ph>保存。</seg>');
    expect(tmx).to.contain('<note>术语待查</note>');
    const xlf = exportAs('xliff12', back) as string;
    expect(xlf).to.match(/<source[^>]*>点击<ph id="[^"]+">&lt;b\/&gt;<\/ph>保存。<\/source>/);
  });

  it('joins the documents of a file, each starting a new paragraph', () => {
    const rows = importRows({
      documents: [
        {
          name: 'a',
          pairs: [
            { source: '一', target: 'one' },
            { source: '二', target: '' },
          ],
        },
        { name: 'b', pairs: [{ source: '三', target: 'three', status: 'approved' }] },
      ],
    });
    expect(rows.map((r) => [r.source, r.status, r.paragraphStart])).to.deep.equal([
      ['一', 'translated', true],
      ['二', 'new', false],
      ['三', 'approved', true],
    ]);
  });

  // file, content, expected `translated` of the import summary (issue #13 item 5)
  const SUMMARY: [string, string, number][] = [
    [
      'copies.xlf',
      '<xliff version="1.2"><file source-language="zh-CN" target-language="en"><body><trans-unit id="1"><source>你好</source><target state="translated">你好</target></trans-unit><trans-unit id="2"><source>谢谢</source><target>谢谢</target></trans-unit></body></file></xliff>',
      0,
    ],
    [
      'mixed.xlf',
      '<xliff version="1.2"><file source-language="zh-CN" target-language="en"><body><trans-unit id="1"><source>你好</source><target>Hello</target></trans-unit><trans-unit id="2"><source>谢谢</source><target state="needs-translation">Thanks</target></trans-unit><trans-unit id="3"><source>再见</source></trans-unit></body></file></xliff>',
      1,
    ],
    ['plain.tsv', '你好\tHello\n谢谢\t\n', 1],
  ];
  for (const [file, content, translated] of SUMMARY)
    it(`the import summary counts ${translated} translated in ${file}, as the grid will`, () => {
      expect(importSummary(importFile(file, enc(content))).translated).to.equal(translated);
    });
});
