import { expect } from '@open-wc/testing';
import { decodeText, importFile } from '../../../src/core/formats/index.js';
import { allPairs, fromHex } from './helpers.js';

// Byte sequences of known sentences (from the GBK and Big5 code tables).
const GBK = fromHex('ced2c3c7b5c4b9fabcd2cac7d2bbb8f6b4f3bcd2cda5a3acd5e2cac7ced2b5c4cae9a1a3'); // 我们的国家是一个大家庭，这是我的书。
const BIG5 = fromHex('a7daadccaabab0eaae61ac4fa440add3a46aae61ae78a141b36fac4fa7daaabaaed1a143'); // 我們的國家是一個大家庭，這是我的書。
const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};
const TEXT = 'Hello 你好 world, 中文 text.';
const ZH = '我们的国家是一个大家庭，这是我的书。“你好”——《红楼梦》第三回。';
const ZH_LINES = '第一章\r\n天下大势，分久必合，合久必分。\r\n周末七国分争，并入于秦。\r\n';

describe('formats: decodeText', () => {
  // bytes, expected text, encoding, confidence at least, overridable
  const CASES: [string, Uint8Array, string, string, number, boolean][] = [
    [
      'UTF-8 with BOM',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]),
      TEXT,
      'utf-8',
      1,
      false,
    ],
    ['UTF-8 without BOM', new TextEncoder().encode(TEXT), TEXT, 'utf-8', 0.9, true],
    ['UTF-16LE with BOM', utf16(TEXT, true, true), TEXT, 'utf-16le', 1, false],
    ['UTF-16BE with BOM', utf16(TEXT, false, true), TEXT, 'utf-16be', 1, false],
    ['UTF-16LE without BOM', utf16(TEXT, true, false), TEXT, 'utf-16le', 0.8, true],
    ['UTF-16BE without BOM', utf16(TEXT, false, false), TEXT, 'utf-16be', 0.8, true],
    // Chinese only: no ASCII, so no zero bytes to recognise UTF-16 by.
    ['UTF-16LE Chinese only, no BOM', utf16(ZH, true, false), ZH, 'utf-16le', 0.8, true],
    ['UTF-16BE Chinese only, no BOM', utf16(ZH, false, false), ZH, 'utf-16be', 0.8, true],
    [
      'UTF-16LE Chinese lines, no BOM',
      utf16(ZH_LINES, true, false),
      ZH_LINES,
      'utf-16le',
      0.8,
      true,
    ],
    [
      'UTF-16BE Chinese lines, no BOM',
      utf16(ZH_LINES, false, false),
      ZH_LINES,
      'utf-16be',
      0.8,
      true,
    ],
    ['GBK', GBK, '我们的国家是一个大家庭，这是我的书。', 'gb18030', 0.6, true],
    ['Big5', BIG5, '我們的國家是一個大家庭，這是我的書。', 'big5', 0.6, true],
  ];
  for (const [name, bytes, text, encoding, confidence, overridable] of CASES) {
    it(name, () => {
      const d = decodeText(bytes);
      expect(d.text).to.equal(text);
      expect(d.encoding.name).to.equal(encoding);
      expect(d.encoding.confidence).to.be.at.least(confidence);
      expect(d.encoding.overridable).to.equal(overridable);
    });
  }

  it('a forced encoding overrides the guess', () => {
    expect(decodeText(GBK, 'big5').text).to.not.equal(decodeText(GBK).text);
    expect(decodeText(GBK, 'gbk').text).to.equal('我们的国家是一个大家庭，这是我的书。');
  });

  it('honours an encoding= declaration in XML', () => {
    const head = new TextEncoder().encode(
      '<?xml version="1.0" encoding="GB2312"?><tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>',
    );
    const tail = new TextEncoder().encode(
      '</seg></tuv><tuv xml:lang="en"><seg>We</seg></tuv></tu></body></tmx>',
    );
    const bytes = new Uint8Array([...head, ...GBK, ...tail]);
    const r = importFile('gb.tmx', bytes);
    expect(allPairs(r)[0]?.source).to.equal('我们的国家是一个大家庭，这是我的书。');
    expect(r.encoding?.name).to.equal('gb2312');
  });

  it('an unknown encoding label is a clear error', () => {
    expect(() => decodeText(GBK, 'klingon', 'x.txt')).to.throw(/unknown text encoding "klingon"/);
  });
});
