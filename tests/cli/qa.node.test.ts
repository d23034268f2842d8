// `bitext qa` through the real dispatcher with in-memory files, and once as a real process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inMemory, runCli } from './helpers.js';

async function bitext(args: string[], files: Record<string, string>) {
  const { code, out, err } = await runCli(['qa', ...args], inMemory(files));
  const findings = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { row: number; check: string; severity: string; message: string });
  return { code, out, err, findings };
}

const SRC = '收入1.2亿元。\n他去了北京。\n天气很好。\n';
const TGT = 'Revenue was 12 million yuan.\nHe went to 北京.\nThe weather is fine.\n';
const PAIR = ['src.txt', 'tgt.txt', '--source-lang', 'zh', '--target-lang', 'en', '--presegmented'];

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="zh-CN"><seg>收入1.2亿元。</seg></tuv><tuv xml:lang="en"><seg>Revenue was 12 million yuan.</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>你好<bpt i="1">&lt;b&gt;</bpt>世界<ept i="1">&lt;/b&gt;</ept>。</seg></tuv><tuv xml:lang="en"><seg>Hello world.</seg></tuv></tu>
</body></tmx>`;

const XLF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="zh-CN" datatype="plaintext" original="a"><body>
<trans-unit id="u1"><source>He has 3 children.</source><target>他有三个孩子。</target></trans-unit>
<trans-unit id="u2"><source>Hello, world.</source><target>你好,世界。</target></trans-unit>
</body></file></xliff>`;

const TSV = 'source\ttarget\n今天是2023年6月12日。\tToday is June 21, 2023.\n你好。\t\n';

describe('bitext qa', () => {
  it('checks SRC TGT line by line and prints one JSON finding per line', async () => {
    const r = await bitext([...PAIR, '--format', 'jsonl'], { 'src.txt': SRC, 'tgt.txt': TGT });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.findings.map((f) => [f.row, f.check, f.severity]),
      [
        [0, 'number', 'error'],
        [1, 'untranslated-text', 'error'],
      ],
    );
    assert.equal(
      r.findings[0]!.message,
      '1.2亿 in the source; the translation has 12 million, which is 0.12亿.',
    );
  });

  it('exits 0 with no output when nothing is found', async () => {
    const r = await bitext(PAIR, {
      'src.txt': '天气很好。\n',
      'tgt.txt': 'The weather is fine.\n',
    });
    assert.deepEqual([r.code, r.out, r.err], [0, '', '']);
  });

  it('reads a TMX, with its inline codes, and its language tags', async () => {
    const r = await bitext(['memory.tmx', '--format', 'jsonl'], { 'memory.tmx': TMX });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.findings.map((f) => [f.row, f.check]),
      [
        [0, 'number'],
        [1, 'tags'],
        [1, 'tags'],
      ],
    );
    // Named as the grid's chips are, so the command line and the app say the same.
    assert.deepEqual(
      r.findings.filter((f) => f.check === 'tags').map((f) => f.message),
      ['Tag ⟨1 of the source is missing.', 'Tag 1⟩ of the source is missing.'],
    );
  });

  it('reads an XLIFF in the en → zh direction', async () => {
    const r = await bitext(['job.xlf', '--format', 'jsonl'], { 'job.xlf': XLF });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.findings.map((f) => [f.row, f.check]),
      [[1, 'punctuation-width']],
    );
  });

  it('reads a TSV, given its languages', async () => {
    const r = await bitext(['pairs.tsv', '--source-lang', 'zh', '--target-lang', 'en'], {
      'pairs.tsv': TSV,
    });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.findings.map((f) => f.check),
      ['number', 'empty'],
    );
  });

  const refusals: [string, string[], Record<string, string>, number, RegExp][] = [
    ['files of different lengths', PAIR, { 'src.txt': 'a\nb\n', 'tgt.txt': 'a\n' }, 1, /2 lines/],
    ['a missing file', PAIR, { 'src.txt': SRC }, 1, /tgt\.txt/],
    [
      'two files without --presegmented',
      PAIR.slice(0, 6),
      { 'src.txt': SRC, 'tgt.txt': TGT },
      2,
      /presegmented/,
    ],
    ['no languages for two files', ['a', 'b', '--presegmented'], {}, 2, /--source-lang/],
    [
      'another format',
      [...PAIR, '--format', 'csv'],
      { 'src.txt': SRC, 'tgt.txt': TGT },
      2,
      /jsonl/,
    ],
    ['an unknown option', [...PAIR, '--fast'], { 'src.txt': SRC, 'tgt.txt': TGT }, 2, /--fast/],
  ];
  for (const [what, args, files, code, err] of refusals) {
    it(`cannot run with ${what}: exit ${code} and one line on stderr`, async () => {
      const r = await bitext(args, files);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, err);
    });
  }

  it('runs as a process through npm run bitext, exit 0 with findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-qa-'));
    writeFileSync(join(dir, 'src.txt'), SRC);
    writeFileSync(join(dir, 'tgt.txt'), TGT);
    const r = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'bitext',
        '--',
        'qa',
        join(dir, 'src.txt'),
        join(dir, 'tgt.txt'),
        ...PAIR.slice(2),
        '--format',
        'jsonl',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim().split('\n').length, 2);
  });
});
