// `bitext convert IN OUT` through the real dispatcher, on files in a temp folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { main, nodeIo, type Io } from '../../src/cli/bitext.js';
import { exportAs, importFile } from '../../src/core/formats/index.js';

function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readInput: nodeIo.readInput,
  };
  return io;
}

const TSV = 'en\tzh-Hans\nHi.\t你好。\nThanks.\t谢谢。\n=cmd\t-1\n';

describe('bitext convert', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-convert-'));
    writeFileSync(join(dir, 'in.tsv'), TSV);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // output name, extra arguments, what the output must contain
  const CASES: [string, string[], RegExp][] = [
    ['out.tmx', [], /<tuv xml:lang="zh-Hans"><seg>你好。<\/seg><\/tuv>/],
    ['out.xlf', [], /<xliff version="1\.2"/],
    [
      'out2.xliff',
      ['--xliff', '2'],
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.0"/,
    ],
    ['out.csv', [], /^source \(en\),target \(zh-Hans\)/],
    ['out.html', [], /<td class="target" lang="zh-Hans">你好。<\/td>/],
    ['out.txt', [], /^Hi\.\n你好。\n\n/],
    ['target.txt', ['--target-only'], /^你好。\n谢谢。\n/],
  ];
  for (const [out, extra, pattern] of CASES)
    it(`TSV → ${out} ${extra.join(' ')}`, async () => {
      const io = capture();
      const code = await main(['convert', join(dir, 'in.tsv'), join(dir, out), ...extra], io);
      assert.equal(code, 0, io.err);
      assert.match(readFileSync(join(dir, out), 'utf8'), pattern);
      assert.match(io.err, /3 pair\(s\)/);
    });

  it('TMX → DOCX → CSV keeps the pairs', async () => {
    for (const [a, b] of [
      ['in.tsv', 'chain.tmx'],
      ['chain.tmx', 'chain.docx'],
      ['chain.docx', 'chain.csv'],
    ])
      assert.equal(
        await main(['convert', join(dir, a as string), join(dir, b as string)], capture()),
        0,
      );
    const r = importFile('chain.csv', readFileSync(join(dir, 'chain.csv')));
    assert.deepEqual(
      r.documents[0]?.pairs.map((p) => [p.source, p.target]),
      [
        ['Hi.', '你好。'],
        ['Thanks.', '谢谢。'],
        ['=cmd', '-1'],
      ],
    );
  });

  it('reads TMX and XLIFF as a stream, with what reading them whole gives (documents, codes, notes)', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2"><file original="a.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>第<g id="1">一</g>句。</source><target state="translated">The <g id="1">first</g>.</target><note>check</note></trans-unit>
<trans-unit id="2"><source>第二句。</source><target/></trans-unit>
</body></file><file original="b.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
<trans-unit id="3"><source>第三句。</source><target>The third.</target></trans-unit>
</body></file></xliff>`;
    writeFileSync(join(dir, 'two.xlf'), xliff);
    for (const out of ['two.tsv', 'two.tmx']) {
      assert.equal(await main(['convert', join(dir, 'two.xlf'), join(dir, out)], capture()), 0);
      const whole = importFile('two.xlf', new TextEncoder().encode(xliff));
      const expected = exportAs(out.endsWith('.tsv') ? 'tsv' : 'tmx', whole, {
        formulaProtection: true,
        warnings: [],
      });
      const got = readFileSync(join(dir, out), 'utf8');
      // TMX carries its creation date: compare without it.
      const undated = (t: string) => t.replace(/creationdate="[^"]*"/g, '');
      assert.equal(undated(got), undated(expected as string));
      assert.match(
        got,
        out.endsWith('.tsv') ? /第三句。\tThe third\.\ttranslated\t\tb\.txt/ : /check/,
      );
    }
  });

  it('fails with one line, a non-zero code and no output file on bad input', async () => {
    writeFileSync(join(dir, 'bad.tmx'), '<?xml version="1.0"?>\n<tmx>\n<body>\n</tmx>');
    const io = capture();
    const code = await main(['convert', join(dir, 'bad.tmx'), join(dir, 'never.xlf')], io);
    assert.equal(code, 1);
    assert.match(io.err, /^bitext convert: bad\.tmx:4: not well-formed XML/);
    assert.equal(io.err.trim().split('\n').length, 1);
    assert.equal(existsSync(join(dir, 'never.xlf')), false);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('usage errors exit 2', async () => {
    const io = capture();
    assert.equal(await main(['convert', join(dir, 'in.tsv')], io), 2);
    assert.equal(await main(['convert', join(dir, 'in.tsv'), join(dir, 'x.pdf')], capture()), 2);
  });
});
