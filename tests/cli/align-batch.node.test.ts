// `bitext align --batch PAIRS.tsv --out DIR` through the dispatcher (node:test): many pairs in
// one process on worker threads, the same beads as one call per pair, and one-line errors.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromDisk, runCli } from './helpers.js';
import { parsePairs } from '../../src/cli/commands/align-batch.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-batch-'));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const bitext = (...args: string[]) => runCli(['align', ...args], fromDisk);

const langs = ['--source-lang', 'zh', '--target-lang', 'en', '--presegmented'];
const docs: [string, string][] = [
  [
    '1998年，他去了北京。\n那里很冷。\n他在那里住了三年。\n',
    'In 1998 he went to Beijing.\nIt was cold there.\nHe lived there for three years.\n',
  ],
  [
    '她有两个孩子。\n2005年她搬到上海。\n',
    'She has two children.\nIn 2005 she moved to Shanghai.\n',
  ],
  ['第一章。\n他走了。\n我们等了十年。\n', 'Chapter one.\nHe left.\nWe waited ten years.\n'],
];
const pairs = docs.map(([z, e], k) => [file(`d${k}.zh.txt`, z), file(`d${k}.en.txt`, e)] as const);

describe('bitext align --batch', () => {
  it('writes DIR/NAME.align for every pair, the same as one call per pair', async () => {
    const list = file(
      'pairs.tsv',
      '# source\ttarget\tname\n' +
        pairs.map(([z, e], k) => `${z}\t${e}${k === 2 ? '\tthird' : ''}\n`).join(''),
    );
    const out = join(dir, 'out');
    const r = await bitext('--batch', list, '--out', out, ...langs);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '', 'nothing on stdout');
    assert.deepEqual(readdirSync(out).sort(), ['d0.zh.align', 'd1.zh.align', 'third.align']);
    for (const [k, name] of ['d0.zh', 'd1.zh', 'third'].entries()) {
      const single = await bitext(pairs[k]![0], pairs[k]![1], ...langs);
      assert.equal(readFileSync(join(out, `${name}.align`), 'utf8'), single.out);
    }
  });

  it('reports a missing file on its own line, writes the others, exits 1', async () => {
    const list = file(
      'bad.tsv',
      `${pairs[0]![0]}\t${join(dir, 'nope.txt')}\tgone\n${pairs[1]![0]}\t${pairs[1]![1]}\tkept\n`,
    );
    const out = join(dir, 'out2');
    const r = await bitext('--batch', list, '--out', out, ...langs, '--format', 'tsv');
    assert.equal(r.code, 1);
    assert.match(r.err, /gone: .*nope\.txt: no such file or directory/);
    assert.ok(existsSync(join(out, 'kept.tsv')));
    assert.ok(!existsSync(join(out, 'gone.tsv')));
  });

  const bad: [string, string, RegExp][] = [
    ['one column', 'a.txt\n', /pairs\.tsv:1: expected source<TAB>target/],
    ['a path as name', 'a.txt\tb.txt\tx/y\n', /must not be a path/],
    [
      'a name twice',
      'a.txt\tb.txt\tn\nc.txt\td.txt\tn\n',
      /pairs\.tsv:2: .*already used on line 1/,
    ],
  ];
  for (const [what, text, err] of bad) {
    it(`refuses a PAIRS file with ${what}`, () => {
      assert.throws(() => parsePairs(text, 'pairs.tsv'), err);
    });
  }

  it('needs --out with --batch, and no file arguments beside it', async () => {
    assert.equal((await bitext('--batch', 'x.tsv', ...langs)).code, 2);
    assert.equal((await bitext('--batch', 'x.tsv', '--out', dir, 'a.txt', ...langs)).code, 2);
  });
});
