import { expect } from '@open-wc/testing';
import { zipSync } from 'fflate';
import {
  bitextStream,
  EXTENSIONS,
  FormatError,
  importFile,
  MAX_XML_DEPTH,
  type FormatErrorCode,
  type ImportOptions,
} from '../../../src/core/formats/index.js';
import { enc } from './helpers.js';

const TMX_HEAD = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/>';
const XLIFF12 = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">';
const XLIFF2 =
  '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="zh">';
const docx = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, enc(v)])));

function refusal(run: () => unknown): FormatError {
  try {
    run();
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('read without error');
}

/** What the UI gets: code, params and line, never the English message. */
const kind = (e: FormatError) => ({ code: e.code, params: e.params, line: e.line });

describe('formats: each kind of bad input has its own error code', () => {
  // what, file name, content, options, code, params, line
  const CASES: [
    string,
    string,
    string | Uint8Array,
    ImportOptions,
    FormatErrorCode,
    Record<string, string | number>,
    number?,
  ][] = [
    ['empty file', 'e.csv', '', {}, 'empty', {}],
    [
      'over the size limit',
      'big.tsv',
      'a\tb\n',
      { maxBytes: 2 },
      'too-large',
      { size: 4, limit: 2 },
    ],
    [
      'unknown extension',
      'notes.pdf',
      '%PDF-1.4',
      {},
      'unsupported-type',
      { ext: 'pdf', supported: Object.keys(EXTENSIONS).join(', ') },
    ],
    [
      'zip named .tmx',
      'x.tmx',
      docx({ 'a.txt': 'x' }),
      {},
      'content-mismatch',
      { ext: 'tmx', found: 'ZIP' },
    ],
    [
      'other XML named .tmx',
      'x.tmx',
      '<?xml version="1.0"?><root/>',
      {},
      'content-mismatch',
      { ext: 'tmx', found: 'XML' },
    ],
    [
      'TMX named .csv',
      'x.csv',
      `${TMX_HEAD}<body/></tmx>`,
      {},
      'content-mismatch',
      { ext: 'csv', found: 'TMX' },
    ],
    ['plain text named .tmx', 'x.tmx', 'just words', {}, 'not-xml', { ext: 'tmx' }],
    ['XML neither TMX nor XLIFF', 'x.xml', '<?xml version="1.0"?><root/>', {}, 'unknown-xml', {}],
    [
      '<tuv> without <seg>',
      't.tmx',
      `${TMX_HEAD}\n<body>\n<tu><tuv xml:lang="en"></tuv></tu></body></tmx>`,
      {},
      'missing-element',
      { element: 'seg', parent: 'tuv' },
      4,
    ],
    [
      'TMX without <body>',
      't.tmx',
      `${TMX_HEAD}</tmx>`,
      {},
      'missing-element',
      { element: 'body', parent: 'tmx' },
      2,
    ],
    [
      'XLIFF without <file>',
      'x.xlf',
      `${XLIFF12}</xliff>`,
      {},
      'missing-element',
      { element: 'file', parent: 'xliff' },
      1,
    ],
    [
      '<trans-unit> without <source>',
      'x.xlf',
      `${XLIFF12}<file source-language="en"><body>\n<trans-unit id="1"/></body></file></xliff>`,
      {},
      'missing-element',
      { element: 'source', parent: 'trans-unit' },
      2,
    ],
    [
      '<segment> without <source>',
      'x.xlf',
      `${XLIFF2}<file id="f"><unit id="u">\n<segment/></unit></file></xliff>`,
      {},
      'missing-element',
      { element: 'source', parent: 'segment' },
      2,
    ],
    [
      'not well-formed XML',
      'bad.tmx',
      `${TMX_HEAD}\n<body><tu></body>\n</tmx>`,
      {},
      'malformed-xml',
      {},
      3,
    ],
    [
      'a control character XML does not allow',
      'c.xlf',
      '<xliff version="1.2"><file><body>&#x3;</body></file></xliff>',
      {},
      'xml-control-char',
      {},
      1,
    ],
    [
      'entity declarations (billion laughs)',
      'bomb.tmx',
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n]>\n<tmx version="1.4"><body>&lol;</body></tmx>',
      {},
      'entity',
      {},
      3,
    ],
    [
      'a DOCTYPE with an internal subset',
      'sub.tmx',
      '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ATTLIST tmx x CDATA "y">]>\n<tmx version="1.4"><body/></tmx>',
      {},
      'doctype',
      {},
      2,
    ],
    [
      'elements nested too deeply',
      'deep.tmx',
      `${TMX_HEAD}<body><tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(MAX_XML_DEPTH)}</seg></tuv></tu></body></tmx>`,
      {},
      'too-deep',
      { depth: MAX_XML_DEPTH },
      2,
    ],
    [
      'HTML that is not well-formed XHTML',
      't.html',
      '<html><body><p>open</body></html>',
      {},
      'not-xhtml',
      {},
      1,
    ],
    [
      'HTML without a bilingual table',
      't.html',
      '<html><body><p>x</p></body></html>',
      {},
      'no-table',
      {},
    ],
    ['.docx that is not a zip', 'a.docx', 'hello', {}, 'not-docx', {}],
    ['zip without word/document.xml', 'a.docx', docx({ 'a.txt': 'x' }), {}, 'not-docx', {}],
    [
      'a document that unpacks past the limit',
      'bomb.docx',
      docx({ 'word/document.xml': `<w:document>${' '.repeat(100_000)}</w:document>` }),
      { maxBytes: 1000 },
      'zip-bomb',
      { limit: 1000 },
    ],
    [
      'an encoding nobody knows',
      'a.tsv',
      'a\tb\n',
      { encoding: 'klingon' },
      'unknown-encoding',
      { encoding: 'klingon' },
    ],
    [
      'UTF-16 declared, no byte-order mark',
      'u.tmx',
      '<?xml version="1.0" encoding="UTF-16"?><tmx/>',
      {},
      'no-bom',
      { encoding: 'utf-16' },
    ],
    [
      'bytes no supported encoding reads',
      'b.csv',
      new Uint8Array([0x80, 0x80, 0xff, 0xfe, 0xa0]),
      {},
      'not-text',
      {},
    ],
    ['a NUL character', 'n.tsv', 'a\tb\nc\u0000\td\n', {}, 'binary-nul', {}, 2],
    ['many control characters', 'c.tsv', 'a\tb\u0001\u0002\u0003\n', {}, 'binary-control', {}],
    ['a quoted cell never closed', 'q.csv', 'a,b\nc,"d\n', {}, 'unclosed-quote', {}, 2],
    [
      'a CSV header without a target column',
      'q.csv',
      'source,note\nx\n',
      {},
      'no-target-column',
      { format: 'CSV' },
    ],
    [
      'a TSV header without a target column',
      'q.tsv',
      'source\tnote\nx\n',
      {},
      'no-target-column',
      { format: 'TSV' },
    ],
  ];
  for (const [what, file, content, opts, code, params, line] of CASES)
    it(`${what}: ${code}`, () => {
      const bytes = typeof content === 'string' ? enc(content) : content;
      expect(kind(refusal(() => importFile(file, bytes, opts)))).to.deep.equal({
        code,
        params,
        line,
      });
    });

  // Streamed TMX/XLIFF (the import Worker's way): the root decides, or the expected format.
  const STREAMED: [string, string, 'tmx' | 'xliff12' | undefined, FormatErrorCode, object][] = [
    ['XLIFF read as TMX', '<xliff version="1.2"/>', 'tmx', 'not-tmx', { element: 'xliff' }],
    ['TMX read as XLIFF', '<tmx version="1.4"/>', 'xliff12', 'not-xliff', { element: 'tmx' }],
    ['a root that is neither', '<root/>', undefined, 'unknown-xml', {}],
  ];
  for (const [what, text, format, code, params] of STREAMED)
    it(`streamed, ${what}: ${code}`, () => {
      const e = refusal(() => {
        const s = bitextStream('s.xml', { batchSize: 10, format, onBatch: () => {} });
        s.write(text);
        s.end();
      });
      expect(kind(e)).to.deep.equal({ code, params, line: 1 });
    });

  it('keeps the English message, with file and line, for the CLI and logs', () => {
    const e = refusal(() => importFile('n.tsv', enc('a\tb\nc\u0000\td\n')));
    expect(e.message).to.equal('n.tsv:2: binary data (a NUL character), not a text file');
  });
});
