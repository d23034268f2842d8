import { expect } from '@open-wc/testing';
import { exportAs, importFile, placeholder } from '../../../src/core/formats/index.js';
import type { AuthoredPair } from '../../../src/core/formats/tmx.js';
import { allPairs, enc } from './helpers.js';

const tmx = (body: string, header = 'srclang="en"', version = '1.4') =>
  enc(
    `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="${version}"><header ${header} creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>${body}</body></tmx>`,
  );

describe('formats: TMX import', () => {
  // name, tu markup, expected [source, target] pairs, expected target language
  const CASES: [string, string, string, [string, string][], string][] = [
    [
      'xml:lang in any case',
      'srclang="EN-us"',
      '<tu><tuv xml:lang="en-US"><seg>Hi</seg></tuv><tuv xml:lang="ZH-cn"><seg>你好</seg></tuv></tu>',
      [['Hi', '你好']],
      'ZH-cn',
    ],
    [
      'TMX 1.1 lang attribute',
      'srclang="en"',
      '<tu><tuv lang="en"><seg>Hi</seg></tuv><tuv lang="zh-CN"><seg>你好</seg></tuv></tu>',
      [['Hi', '你好']],
      'zh-CN',
    ],
    [
      'target before source',
      'srclang="zh-CN"',
      '<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="zh-CN"><seg>你好</seg></tuv></tu>',
      [['你好', 'Hi']],
      'en',
    ],
    [
      'three languages: the most frequent other one is the target',
      'srclang="en"',
      '<tu><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="fr"><seg>Af</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu><tu><tuv xml:lang="en"><seg>B</seg></tuv><tuv xml:lang="zh"><seg>乙</seg></tuv></tu>',
      [
        ['A', '甲'],
        ['B', '乙'],
      ],
      'zh',
    ],
    [
      'missing target side',
      'srclang="en"',
      '<tu><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu><tu><tuv xml:lang="en"><seg>B</seg></tuv></tu>',
      [
        ['A', '甲'],
        ['B', ''],
      ],
      'zh',
    ],
    [
      'missing source side is skipped',
      'srclang="en"',
      '<tu><tuv xml:lang="zh"><seg>甲</seg></tuv></tu><tu><tuv xml:lang="en"><seg>B</seg></tuv><tuv xml:lang="zh"><seg>乙</seg></tuv></tu>',
      [['B', '乙']],
      'zh',
    ],
    [
      'srclang *all* takes the first tuv',
      'srclang="*all*"',
      '<tu><tuv xml:lang="zh"><seg>甲</seg></tuv><tuv xml:lang="en"><seg>A</seg></tuv></tu>',
      [['甲', 'A']],
      'en',
    ],
    [
      'whitespace and U+3000 kept',
      'srclang="en"',
      '<tu><tuv xml:lang="en"><seg> a&#x09;b  </seg></tuv><tuv xml:lang="zh"><seg>&#x3000;甲</seg></tuv></tu>',
      [[' a\tb  ', '\u3000甲']],
      'zh',
    ],
  ];
  for (const [name, header, body, pairs, target] of CASES) {
    it(name, () => {
      const r = importFile('t.tmx', tmx(body, header));
      expect(allPairs(r).map((p) => [p.source, p.target])).to.deep.equal(pairs);
      expect(r.targetLang).to.equal(target);
    });
  }

  it('warns about a skipped unit without source', () => {
    const r = importFile('t.tmx', tmx('<tu><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>'));
    expect(r.warnings.join()).to.match(/no en variant: skipped/);
  });

  it('reads notes, tuid and dates', () => {
    const r = importFile(
      't.tmx',
      tmx(
        '<tu tuid="7" creationdate="20240102T030405Z" changedate="20240103T000000Z"><note>n1</note><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>',
      ),
    );
    expect(allPairs(r)[0]).to.include({
      id: '7',
      note: 'n1',
      createdAt: Date.UTC(2024, 0, 2, 3, 4, 5),
      updatedAt: Date.UTC(2024, 0, 3),
    });
  });

  // [tu attributes, the dates and authors the pair gets (none: left to whoever stores it)]
  const META: [string, Record<string, unknown>][] = [
    ['', {}],
    [
      ' creationid="alice" changeid="bob"',
      { createdBy: 'alice', changedBy: 'bob', createdAt: undefined },
    ],
    [' creationid=" alice " changeid=""', { createdBy: 'alice', changedBy: undefined }],
    [
      ' creationdate="20240102T030405Z" changeid="bob"',
      { createdAt: Date.UTC(2024, 0, 2, 3, 4, 5), updatedAt: undefined, changedBy: 'bob' },
    ],
  ];
  for (const [attrs, meta] of META)
    it(`reads the unit's dates and authors from <tu${attrs}>`, () => {
      const r = importFile(
        't.tmx',
        tmx(
          `<tu${attrs}><tuv xml:lang="en"><seg>A</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>`,
        ),
      );
      const p: AuthoredPair = allPairs(r)[0]!;
      const { createdAt, updatedAt, createdBy, changedBy } = p;
      const got = { createdAt, updatedAt, createdBy, changedBy };
      expect(got).to.deep.equal({
        createdAt: undefined,
        updatedAt: undefined,
        createdBy: undefined,
        changedBy: undefined,
        ...meta,
      });
    });

  it('keeps inline codes as placeholders and writes them back unchanged', () => {
    const body =
      '<tu><tuv xml:lang="en"><seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph> <hi type="x">now</hi></seg></tuv><tuv xml:lang="zh"><seg><ph x="2">&lt;br/&gt;</ph>按<bpt i="1" type="bold">&lt;b&gt;</bpt>确定<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>';
    const r = importFile('t.tmx', tmx(body));
    const p = allPairs(r)[0];
    if (!p) throw new Error('no pair');
    expect(p.source).to.equal(
      `Press ${placeholder(0)}OK${placeholder(1)}${placeholder(2)} ${placeholder(3)}now${placeholder(4)}`,
    );
    // The target reuses the source's codes, so both sides show the same chips.
    expect(p.target).to.equal(`${placeholder(2)}按${placeholder(0)}确定${placeholder(1)}`);
    expect(p.codes?.map((c) => [c.kind, c.tag, c.data])).to.deep.equal([
      ['open', 'bpt', '<b>'],
      ['close', 'ept', '</b>'],
      ['standalone', 'ph', '<br/>'],
      ['open', 'hi', ''],
      ['close', 'hi', ''],
    ]);
    const out = exportAs('tmx', r) as string;
    expect(out).to.contain(
      '<seg>Press <bpt i="1" type="bold">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph> <hi type="x">now</hi></seg>',
    );
    // In XLIFF they become the equivalent elements, and plain formats show the native code.
    expect(exportAs('xliff12', r)).to.contain('<bpt id="1">&lt;b&gt;</bpt>');
    expect(exportAs('tsv', r)).to.contain('Press <b>OK</b><br/> {hi}now{hi}');
  });

  it('a literal private-use character is never taken for a placeholder', () => {
    const r = importFile(
      't.tmx',
      tmx(
        '<tu><tuv xml:lang="en"><seg>x\uE000y</seg></tuv><tuv xml:lang="zh"><seg>甲</seg></tuv></tu>',
      ),
    );
    const p = allPairs(r)[0];
    expect(p?.codes?.[0]).to.include({ tag: '#char', data: '\uE000' });
    expect(exportAs('tmx', r)).to.contain('<seg>x\uE000y</seg>');
  });

  it('writes a TMX 1.4b header with every required attribute', () => {
    const out = exportAs(
      'tmx',
      {
        sourceLang: 'zh-Hans',
        targetLang: 'en',
        documents: [{ name: 'd', pairs: [{ source: '甲', target: 'A', note: 'n' }] }],
      },
      { now: Date.UTC(2025, 0, 1) },
    ) as string;
    for (const a of [
      'creationtool="',
      'creationtoolversion="',
      'segtype="sentence"',
      'o-tmf="',
      'adminlang="',
      'srclang="zh-Hans"',
      'datatype="',
      'creationdate="20250101T000000Z"',
    ])
      expect(out).to.contain(a);
    expect(out).to.contain('<tuv xml:lang="en"><seg>A</seg></tuv>');
    expect(out).to.contain('<note>n</note>');
  });

  it('leaves out a row without source text, and says so; a row without translation stays', () => {
    const warnings: string[] = [];
    const out = exportAs(
      'tmx',
      {
        sourceLang: 'zh-Hans',
        targetLang: 'en',
        documents: [
          {
            name: 'd',
            pairs: [
              { source: '甲。', target: 'A.' },
              { source: '', target: 'An added sentence.' },
              { source: ' ', target: 'Another.' },
              { source: '乙。', target: '' },
            ],
          },
        ],
      },
      { warnings },
    ) as string;
    expect(out.match(/<tu[ >]/g)).to.have.length(2);
    expect(out).to.not.contain('<seg></seg>');
    expect(out).to.not.contain('An added sentence.');
    expect(out).to.contain('<seg>乙。</seg>');
    expect(warnings).to.deep.equal(['2 row(s) have no source text: left out of the TMX']);
    // Read back: the same two units.
    expect(allPairs(importFile('x.tmx', enc(out))).map((p) => p.source)).to.deep.equal([
      '甲。',
      '乙。',
    ]);
  });
});
