// `bitext align` end to end through the dispatcher, with files on disk (node:test).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromDisk, runCli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const bitext = (...args: string[]) => runCli(['align', ...args], fromDisk);

const zh = file('zh.txt', '1998年，他去了北京。\n那里很冷。\n他在那里住了三年。\n');
const en = file(
  'en.txt',
  'In 1998 he went to Beijing.\nIt was cold there.\nHe lived there for three years.\n',
);
const langs = ['--source-lang', 'zh', '--target-lang', 'en'];

/** Parsed beads output; checks the DESIGN.md line format as it goes. */
function beads(out: string): [number[], number[]][] {
  return out
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(line);
      assert.ok(m, `bead line ${JSON.stringify(line)}`);
      const ids = (s: string): number[] => (s ? s.split(',').map(Number) : []);
      return [ids(m[1]!), ids(m[2]!)];
    });
}

/** Every sentence exactly once, in order. */
function assertCovers(b: [number[], number[]][], n: number, m: number): void {
  assert.deepEqual(
    b.flatMap(([s]) => s),
    [...Array(n).keys()],
  );
  assert.deepEqual(
    b.flatMap(([, t]) => t),
    [...Array(m).keys()],
  );
}

describe('bitext align', () => {
  it('prints one bead per line, 0-based, presegmented', async () => {
    const r = await bitext(zh, en, ...langs, '--presegmented');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('accepts zh-Hans and zh-CN, and --flag=value', async () => {
    for (const l of ['zh-Hans', 'zh-CN']) {
      const r = await bitext(zh, en, `--source-lang=${l}`, '--target-lang', 'en', '--presegmented');
      assert.equal(r.code, 0, r.err);
      assert.equal(beads(r.out).length, 3);
    }
  });

  it('segments paragraphs first without --presegmented (ids are sentence numbers)', async () => {
    const zp = file('zp.txt', '1998年，他去了北京。那里很冷。\n他在那里住了三年。\n');
    const ep = file(
      'ep.txt',
      'In 1998 he went to Beijing. It was cold there.\nHe lived there for three years.\n',
    );
    const r = await bitext(zp, ep, ...langs);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(beads(r.out), [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('runs en→zh as well', async () => {
    const r = await bitext(en, zh, '--source-lang', 'en', '--target-lang', 'zh', '--presegmented');
    assert.equal(r.out, '[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('writes tsv, json and tmx', async () => {
    const tsv = await bitext(zh, en, ...langs, '--presegmented', '--format', 'tsv');
    assert.equal(
      tsv.out.split('\n')[0]!.split('\t').slice(0, 2).join('|'),
      '1998年，他去了北京。|In 1998 he went to Beijing.',
    );
    const json = JSON.parse(
      (await bitext(zh, en, ...langs, '--presegmented', '--format', 'json')).out,
    );
    assert.deepEqual(json.beads[1].src, [1]);
    assert.equal(json.beads[1].target, 'It was cold there.');
    const amp = file('amp.txt', 'Tom & <Jerry> said "hi".\n');
    const ampZh = file('ampzh.txt', '汤姆和杰瑞说“你好”。\n');
    const tmx = (
      await bitext(
        amp,
        ampZh,
        '--source-lang',
        'en',
        '--target-lang',
        'zh',
        '--presegmented',
        '--format',
        'tmx',
      )
    ).out;
    assert.match(tmx, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<tmx version="1.4">/);
    assert.match(tmx, /srclang="en"/);
    assert.match(tmx, /<seg>Tom &amp; &lt;Jerry&gt; said &quot;hi&quot;.<\/seg>/);
    assert.match(tmx, /<tuv xml:lang="zh-Hans"><seg>汤姆和杰瑞说“你好”。<\/seg><\/tuv>/);
  });

  const usage: [string, string[], RegExp][] = [
    ['no files', [...langs], /expected two files/],
    ['missing --source-lang', [zh, en, '--target-lang', 'en'], /--source-lang is required/],
    [
      'unknown language',
      [zh, en, '--source-lang', 'fr', '--target-lang', 'en'],
      /must be zh, zh-Hans, zh-CN or en/,
    ],
    ['unknown format', [zh, en, ...langs, '--format', 'xml'], /--format must be one of/],
    ['unknown option', [zh, en, ...langs, '--fast'], /unknown option --fast/],
  ];
  for (const [name, args, message] of usage) {
    it(`usage error: ${name} → exit 2, one line`, async () => {
      const r = await bitext(...args);
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trimEnd().split('\n').length, 1);
    });
  }

  it('a missing file → exit 1, one line naming it', async () => {
    const r = await bitext(join(dir, 'nope.txt'), en, ...langs);
    assert.equal(r.code, 1);
    assert.match(r.err, /nope\.txt: no such file/);
  });

  it('binary garbage → exit 1, one line, nothing on stdout', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 2654435761) >>> 24);
    const r = await bitext(file('garbage.bin', bytes), en, ...langs);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /garbage\.bin: (not UTF-8 text|binary data)/);
    const nuls = await bitext(file('nuls.txt', 'a\u0000b\u0000c\u0000\n'), en, ...langs);
    assert.match(nuls.err, /nuls\.txt: binary data, not text/);
  });

  it('one side empty: every sentence unmatched (both empty: refused, see errors.node.test.ts)', async () => {
    const empty = file('empty.txt', '');
    const r = await bitext(zh, empty, ...langs, '--presegmented');
    assert.equal(r.out, '[0]:[]\n[1]:[]\n[2]:[]\n');
  });

  it('CRLF, lone CR and a stray NUL read as plain lines', async () => {
    const crlf = file('crlf.txt', '1998年，他去了北京。\r\n那里很冷。\r他在那里住了三\u0000年。');
    const r = await bitext(crlf, en, ...langs, '--presegmented');
    assert.equal(r.out, '[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('only punctuation and the same language on both sides give a covering result', async () => {
    const punct = file('punct.txt', '。。。\n！？\n');
    const r = await bitext(punct, en, ...langs, '--presegmented');
    assert.equal(r.code, 0);
    assertCovers(beads(r.out), 2, 3);
    const same = await bitext(
      en,
      en,
      '--source-lang',
      'en',
      '--target-lang',
      'en',
      '--presegmented',
    );
    assert.equal(same.out, '[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  // What it checks is coverage and a memory ceiling on a very lopsided pair; it measures no time,
  // and a 3-line target says nothing about how the work grows with the input.
  it('a 100,000-line file against 3 lines: every sentence once, RSS grows under 1 GB', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `第${i}行。`).join('\n');
    const big = file('big.txt', lines);
    const before = process.memoryUsage().rss;
    const r = await bitext(big, en, ...langs, '--presegmented');
    assert.equal(r.code, 0, r.err);
    assertCovers(beads(r.out), 100_000, 3);
    assert.ok(process.memoryUsage().rss - before < 1_000_000_000, 'memory grew by over 1 GB');
  });
});
