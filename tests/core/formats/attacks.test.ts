import { expect } from '@open-wc/testing';
import { FormatError, importFile } from '../../../src/core/formats/index.js';
import { enc } from './helpers.js';

const BOMB =
  '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<tmx version="1.4"><body>&lol2;</body></tmx>';
const EXTERNAL =
  '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY ee SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><body>&ee;</body></tmx>';
const SUBSET =
  '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ATTLIST tmx x CDATA "y">]>\n<tmx version="1.4"><header srclang="en"/><body/></tmx>';
const MALFORMED =
  '<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body><tu></body>\n</tmx>';

function failure(name: string, bytes: Uint8Array, opts = {}): FormatError {
  try {
    importFile(name, bytes, opts);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('imported without error');
}

describe('formats: bad input is refused with a clear reason', () => {
  // name, file, bytes, message pattern, line
  const CASES: [string, string, Uint8Array, RegExp, number | undefined][] = [
    ['billion laughs', 'bomb.tmx', enc(BOMB), /bomb\.tmx:3: entity declarations/, 3],
    ['external entity', 'ext.tmx', enc(EXTERNAL), /ext\.tmx:2: entity declarations/, 2],
    ['internal DTD subset', 'sub.tmx', enc(SUBSET), /internal subset is refused/, 2],
    ['malformed XML', 'bad.tmx', enc(MALFORMED), /bad\.tmx:4: not well-formed XML/, 4],
    [
      'control character',
      'c.xlf',
      enc('<xliff version="1.2"><file><body>&#x3;</body></file></xliff>'),
      /not well-formed XML/,
      1,
    ],
    [
      'wrong extension for the content',
      'x.tmx',
      enc('<xliff version="1.2"/>'),
      /extension says \.tmx but the content is XLIFF/,
      undefined,
    ],
    ['unsupported extension', 'x.pdf', enc('%PDF-1.4'), /unsupported file type "\.pdf"/, undefined],
    [
      'binary data',
      'x.txt',
      new Uint8Array([1, 2, 0, 3, 4, 0, 255, 0, 7, 8]),
      /binary data/,
      undefined,
    ],
    [
      'a zip that is not a DOCX',
      'x.docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      /not a DOCX file/,
      undefined,
    ],
    ['a .docx that is not a zip', 'x.docx', enc('hello'), /not a DOCX file/, undefined],
    ['empty file', 'x.tmx', new Uint8Array(0), /empty/, undefined],
  ];
  for (const [name, file, bytes, pattern, line] of CASES)
    it(name, () => {
      const e = failure(file, bytes);
      expect(e.message).to.match(pattern);
      expect(e.line).to.equal(line);
    });

  it('a file over the size limit', () => {
    const e = failure('big.tsv', enc('a\tb\n'.repeat(100)), { maxBytes: 100 });
    expect(e.message).to.match(/big\.tsv: the file is 400 bytes, over the limit of 100/);
  });

  it('a plain external DOCTYPE is fine and never fetched', () => {
    const ok =
      '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://127.0.0.1:9/tmx14.dtd"><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>A</seg></tuv></tu></body></tmx>';
    expect(importFile('ok.tmx', enc(ok)).documents[0]?.pairs[0]?.source).to.equal('A');
  });
});
