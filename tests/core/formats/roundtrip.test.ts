import { expect } from '@open-wc/testing';
import {
  exportAs,
  importFile,
  type Bitext,
  type ExportOptions,
  type FormatId,
} from '../../../src/core/formats/index.js';
import { STATUSES, type Pair, type Status } from '../../../src/core/model.js';
import { essentials, sample } from './helpers.js';

const bytesOf = (x: Uint8Array | string) =>
  typeof x === 'string' ? new TextEncoder().encode(x) : x;

// format, file name, export options, which fields survive
const CASES: [FormatId, string, ExportOptions, (keyof Pair)[]][] = [
  ['tmx', 'out.tmx', {}, ['source', 'target', 'status', 'note']],
  ['xliff12', 'out.xlf', {}, ['source', 'target', 'status', 'note']],
  ['xliff2', 'out.xlf', {}, ['source', 'target', 'status', 'note']],
  ['tsv', 'out.tsv', {}, ['source', 'target', 'status', 'note']],
  ['csv', 'out.csv', { bom: true }, ['source', 'target', 'status', 'note']],
  ['html', 'out.html', {}, ['source', 'target', 'status', 'note']],
  ['docx', 'out.docx', { includeMeta: true }, ['source', 'target', 'status', 'note']],
];

describe('formats: round trip export → import', () => {
  for (const [format, file, opts, fields] of CASES) {
    it(`${format} keeps pairs, statuses, notes and documents`, () => {
      const back = importFile(file, bytesOf(exportAs(format, sample, opts)));
      expect(essentials(back, fields)).to.deep.equal(essentials(sample, fields));
      expect(back.sourceLang).to.equal('zh-Hans');
      expect(back.targetLang).to.equal('en');
    });
  }

  it('two-column DOCX keeps source and target', () => {
    const back = importFile('t.docx', bytesOf(exportAs('docx', sample)));
    expect(essentials(back, ['source', 'target'])).to.deep.equal(
      essentials(sample, ['source', 'target']),
    );
  });

  it('interleaved text keeps source and target (line breaks in a cell become spaces)', () => {
    const doc: Bitext = {
      ...sample,
      documents: [
        {
          name: 'a.txt',
          pairs: [
            { source: '你好。', target: 'Hello.' },
            { source: '再见。', target: 'Bye.' },
          ],
        },
      ],
    };
    const text = exportAs('text', doc) as string;
    expect(text).to.equal('你好。\nHello.\n\n再见。\nBye.\n\n');
    const back = importFile('a.txt', new TextEncoder().encode(text));
    expect(back.documents[0]?.pairs.map((p) => [p.source, p.target])).to.deep.equal([
      ['你好。', 'Hello.'],
      ['再见。', 'Bye.'],
    ]);
  });

  it('target-only text and DOCX hold the translation, paragraphs joined', () => {
    const doc: Bitext = {
      sourceLang: 'en',
      targetLang: 'zh-Hans',
      documents: [
        {
          name: 'd',
          pairs: [
            { source: 'A.', target: '甲。', paragraphStart: true },
            { source: 'B.', target: '乙。', paragraphStart: false },
            { source: 'C.', target: '丙。', paragraphStart: true },
          ],
        },
      ],
    };
    expect(exportAs('text-target', doc)).to.equal('甲。乙。\n丙。\n');
    const back = importFile('t.docx', exportAs('docx-target', doc) as Uint8Array);
    expect(back.documents[0]?.pairs.map((p) => p.source)).to.deep.equal(['甲。乙。', '丙。']);
  });

  it('confirmedOnly exports only translated, reviewed and approved rows', () => {
    const back = importFile('c.tmx', bytesOf(exportAs('tmx', sample, { confirmedOnly: true })));
    const statuses = back.documents.flatMap((d) => d.pairs.map((p) => p.status));
    expect(statuses).to.deep.equal(['translated', 'reviewed', 'approved', 'approved']);
  });
});

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}
const PIECES = [
  '中',
  '文',
  '。',
  '，',
  '𠀀',
  '𪚥',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  'a',
  'Z',
  ' ',
  '&',
  '<',
  '>',
  '"',
  "'",
  '=',
  '\t',
  '\n',
  '\u0001',
  '\u000B',
  '\uFFFE',
  'ß',
  '\u3000',
];
// eslint-disable-next-line no-control-regex -- these are the characters under test
const FORBIDDEN = /[\u0001\u000B\uFFFE]/g;

function randomText(r: () => number): string {
  let s = '';
  const n = 1 + Math.floor(r() * 12);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  // A text made only of spaces would be a different row in a table, not a property failure.
  return /\S/.test(s) ? s : s + '字';
}

describe('formats: property: random text survives every XML format', () => {
  for (const [format, file] of [
    ['tmx', 'p.tmx'],
    ['xliff12', 'p.xlf'],
    ['xliff2', 'p.xlf'],
    ['html', 'p.html'],
    ['docx', 'p.docx'],
    ['tsv', 'p.tsv'],
    ['csv', 'p.csv'],
  ] as [FormatId, string][]) {
    it(`${format}: 200 random pairs (CJK Ext B, emoji, combining marks, XML-forbidden chars)`, () => {
      const r = rng(format.length * 7919);
      const pairs: Pair[] = [];
      for (let i = 0; i < 200; i++) {
        const status = STATUSES[Math.floor(r() * STATUSES.length)] as Status;
        pairs.push({
          source: randomText(r),
          target: randomText(r),
          status,
          note: r() < 0.3 ? randomText(r) : '',
        });
      }
      const doc: Bitext = {
        sourceLang: 'zh-Hans',
        targetLang: 'en',
        documents: [{ name: 'p', pairs }],
      };
      const warnings: string[] = [];
      const out = exportAs(format, doc, { warnings, includeMeta: true });
      const back = importFile(file, bytesOf(out));
      const xml = !['tsv', 'csv'].includes(format);
      const expected = pairs.map((p) => {
        const clean = (s: string) => (xml ? s.replace(FORBIDDEN, '') : s);
        return {
          source: clean(p.source),
          target: clean(p.target),
          status: p.status,
          note: clean(p.note ?? ''),
        };
      });
      expect(
        back.documents[0]?.pairs.map((p) => ({
          source: p.source,
          target: p.target,
          status: p.status,
          note: p.note ?? '',
        })),
      ).to.deep.equal(expected);
      if (xml) {
        expect(warnings.length).to.be.greaterThan(0);
        expect(warnings[0]).to.match(/removed \d+ character/);
      }
    });
  }
});
