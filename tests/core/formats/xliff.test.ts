import { expect } from '@open-wc/testing';
import {
  exportAs,
  importFile,
  STATE_OUT_12,
  STATE_OUT_2,
} from '../../../src/core/formats/index.js';
import { STATUSES, type Status } from '../../../src/core/model.js';
import { allPairs, enc } from './helpers.js';

const x12 = (body: string, langs = 'source-language="en" target-language="zh-CN"') =>
  enc(
    `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" ${langs} datatype="plaintext"><body>${body}</body></file></xliff>`,
  );
const x2 = (body: string) =>
  enc(
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh-Hans"><file id="f1">${body}</file></xliff>`,
  );

describe('formats: XLIFF 1.2 import', () => {
  // state attribute, target text, expected status
  const STATES: [string, string, Status][] = [
    ['new', '', 'new'],
    ['needs-translation', '', 'new'],
    ['needs-translation', '草稿', 'draft'],
    ['translated', '译文', 'translated'],
    ['signed-off', '译文', 'reviewed'],
    ['final', '译文', 'approved'],
    ['needs-review-translation', '译文', 'rejected'],
  ];
  for (const [state, target, status] of STATES)
    it(`state="${state}" → ${status}`, () => {
      const r = importFile(
        'a.xlf',
        x12(
          `<trans-unit id="1"><source>Hello</source><target state="${state}">${target}</target></trans-unit>`,
        ),
      );
      expect(allPairs(r)[0]?.status).to.equal(status);
    });

  it('reads nested groups, notes, missing targets and several files', () => {
    const body =
      '<group id="g"><group id="h"><trans-unit id="1"><source>A</source><target>甲</target><note>n1</note><note>n2</note></trans-unit></group></group><trans-unit id="2"><source>B</source></trans-unit>';
    const doc = `<xliff version="1.2"><file original="one" source-language="en" target-language="zh"><body>${body}</body></file><file original="two" source-language="en" target-language="zh"><body><trans-unit id="3"><source>C</source><target>丙</target></trans-unit></body></file></xliff>`;
    const r = importFile('a.xliff', enc(doc));
    expect(r.documents.map((d) => d.name)).to.deep.equal(['one', 'two']);
    expect(r.documents[0]?.pairs.map((p) => [p.source, p.target, p.status, p.note])).to.deep.equal([
      ['A', '甲', 'translated', 'n1\nn2'],
      ['B', '', 'new', undefined],
    ]);
  });

  it('splits seg-source/mrk segments into pairs matched by mid', () => {
    const unit =
      '<trans-unit id="u"><source>One. Two.</source><seg-source><mrk mtype="seg" mid="1">One.</mrk> <mrk mtype="seg" mid="2">Two.</mrk></seg-source><target><mrk mtype="seg" mid="2">二。</mrk><mrk mtype="seg" mid="1">一。</mrk></target></trans-unit>';
    expect(
      allPairs(importFile('a.xlf', x12(unit))).map((p) => [p.id, p.source, p.target]),
    ).to.deep.equal([
      ['u#1', 'One.', '一。'],
      ['u#2', 'Two.', '二。'],
    ]);
  });

  it('a target that copies its source is not counted as translated', () => {
    const r = importFile(
      'a.xlf',
      x12(
        '<trans-unit id="1"><source>Hello</source><target state="translated">Hello</target></trans-unit>',
      ),
    );
    expect(allPairs(r)[0]?.status).to.equal('new');
    expect(r.warnings.join()).to.match(/copies of their source/);
  });

  it('corrects a language label the text contradicts', () => {
    const r = importFile(
      'a.xlf',
      x12(
        '<trans-unit id="1"><source>你确定要删除吗？</source><target>Are you sure?</target></trans-unit>',
        'source-language="en" target-language="fr"',
      ),
    );
    expect(r.sourceLang).to.equal('zh-Hans');
    expect(r.targetLang).to.equal('fr');
    expect(r.warnings.join()).to.match(/labelled "en" but its text is Chinese/);
  });

  // target-language attribute, target text → whether the file is asked about
  const UNSTATED: [string, string, string, boolean][] = [
    ['no target language, French targets', '', 'Êtes-vous sûr ?', true],
    ['no target language, Chinese targets', '', '你确定吗？', false],
    ['no target language, no targets', '', '', false],
    ['a target language named', ' target-language="fr"', 'Êtes-vous sûr ?', false],
  ];
  for (const [what, attr, target, asked] of UNSTATED)
    it(`asks whether it is a Chinese–English file: ${what}`, () => {
      const r = importFile(
        'a.xlf',
        x12(
          `<trans-unit id="1"><source>Are you sure?</source><target>${target}</target></trans-unit>`,
          `source-language="en"${attr}`,
        ),
      );
      expect(/names no target language/.test(r.warnings.join()), what).to.equal(asked);
    });

  it('reads Trados and memoQ statuses', () => {
    const sdl =
      '<trans-unit id="1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk><mrk mtype="seg" mid="2">B.</mrk></seg-source><target><mrk mtype="seg" mid="1">甲。</mrk><mrk mtype="seg" mid="2">乙。</mrk></target><sdl:seg-defs xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><sdl:seg id="1" conf="Draft"/><sdl:seg id="2" conf="ApprovedSignOff"/></sdl:seg-defs></trans-unit>';
    const mq =
      '<trans-unit id="3" xmlns:mq="MQXliff" mq:status="Reviewer1Confirmed"><source>C</source><target>丙</target></trans-unit>';
    expect(allPairs(importFile('a.sdlxliff', x12(sdl + mq))).map((p) => p.status)).to.deep.equal([
      'draft',
      'approved',
      'reviewed',
    ]);
  });

  it('reports an invalid state value and still imports', () => {
    const r = importFile(
      'a.xlf',
      x12(
        '<trans-unit id="1" approved="yes"><source>A</source><target state="fake">甲</target></trans-unit>',
      ),
    );
    expect(allPairs(r)[0]?.status).to.equal('approved');
    expect(r.warnings.join()).to.match(/state="fake"/);
  });
});

describe('formats: XLIFF 2 import', () => {
  it('maps states and keeps bitext subStates', () => {
    const seg = (a: string) =>
      `<unit id="u${a.length}"><segment ${a}><source>A</source><target>甲</target></segment></unit>`;
    const r = importFile(
      'a.xlf',
      x2(
        [
          'state="initial"',
          'state="translated"',
          'state="reviewed"',
          'state="final"',
          'state="translated" subState="bitext:rejected"',
        ]
          .map(seg)
          .join(''),
      ),
    );
    expect(allPairs(r).map((p) => p.status)).to.deep.equal([
      'draft',
      'translated',
      'reviewed',
      'approved',
      'rejected',
    ]);
  });

  it('reads originalData codes, notes and several segments', () => {
    const unit =
      '<unit id="1"><notes><note category="key">k</note></notes><originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData><segment id="s1"><source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Bold</pc> text.</source><target><pc id="1" dataRefStart="d1" dataRefEnd="d2">粗体</pc>文字。</target></segment><segment id="s2"><source>Two.</source></segment></unit>';
    const r = importFile('a.xlf', x2(unit));
    const [a, b] = allPairs(r);
    expect(a?.note).to.equal('k');
    expect(a?.codes?.map((c) => c.data)).to.deep.equal(['<b>', '</b>']);
    expect(b?.source).to.equal('Two.');
    // Exported again, the codes carry their native data in originalData.
    const out = exportAs('xliff2', r) as string;
    expect(out).to.contain('<data id="d1">&lt;b&gt;</data>');
    expect(out).to.match(/<sc id="1" dataRef="d1"\/>Bold<ec startRef="1" dataRef="d2"\/> text\./);
  });

  it('skips a unit without segment with a warning', () => {
    const r = importFile(
      'a.xlf',
      x2('<unit id="1"></unit><unit id="2"><segment><source>A</source></segment></unit>'),
    );
    expect(allPairs(r).map((p) => p.source)).to.deep.equal(['A']);
    expect(r.warnings.join()).to.match(/no <segment>/);
  });
});

describe('formats: XLIFF export', () => {
  for (const status of STATUSES) {
    const doc = {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      documents: [{ name: 'd', pairs: [{ source: '甲', target: 'A', status }] }],
    };
    it(`1.2 writes ${status} as state="${STATE_OUT_12[status]}" and reads it back`, () => {
      const out = exportAs('xliff12', doc) as string;
      expect(out).to.contain(`state="${STATE_OUT_12[status]}"`);
      expect(allPairs(importFile('a.xlf', enc(out)))[0]?.status).to.equal(status);
    });
    it(`2.0 writes ${status} as state="${STATE_OUT_2[status]}" and reads it back`, () => {
      const out = exportAs('xliff2', doc) as string;
      expect(out).to.contain(`state="${STATE_OUT_2[status]}"`);
      expect(allPairs(importFile('a.xlf', enc(out)))[0]?.status).to.equal(status);
    });
  }

  it('writes one <file> per document', () => {
    const doc = {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      documents: [
        { name: 'a', pairs: [{ source: '甲', target: 'A' }] },
        { name: 'b', pairs: [{ source: '乙', target: 'B' }] },
      ],
    };
    expect((exportAs('xliff12', doc) as string).match(/<file /g)).to.have.length(2);
    expect((exportAs('xliff2', doc) as string).match(/<file /g)).to.have.length(2);
  });
});
