// How every command fails (node:test): one line on stderr naming the file, a non-zero exit code,
// no output file left behind and the input never overwritten.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main, nodeIo, type Io } from '../../src/cli/bitext.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-errors-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const TSV = 'en\tzh-Hans\nHi.\t你好。\nThanks.\t谢谢。\n';
const input = file('in.tsv', TSV);

async function bitext(args: string[], read = nodeIo.readInput) {
  const r = { code: 0, out: '', err: '', reads: 0 };
  const io: Io = {
    stdout: (s) => void (r.out += s),
    stderr: (s) => void (r.err += s),
    readInput: (p) => {
      r.reads++;
      return read(p);
    },
  };
  r.code = await main(args, io);
  return r;
}

/** One line on stderr, matching `pattern`. */
function oneLine(err: string, pattern: RegExp): void {
  assert.equal(err.trimEnd().split('\n').length, 1, err);
  assert.match(err.trimEnd(), pattern);
}

const noTempFiles = () =>
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );

describe('bitext: errors', () => {
  it('a full disk on standard output is one line naming it, exit 1', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/bitext.ts', 'segment', '--lang', 'en', input],
        { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' },
      );
      assert.equal(r.status, 1);
      oneLine(r.stderr, /^bitext segment: \/dev\/full: no space left on device$/);
    } finally {
      closeSync(full);
    }
  });

  it('a full disk under convert names the output, exit 1', async () => {
    const out = join(dir, 'full.tsv');
    symlinkSync('/dev/full', out);
    const r = await bitext(['convert', input, out]);
    assert.equal(r.code, 1);
    oneLine(r.err, /^bitext convert: .*full\.tsv: no space left on device$/);
    assert.equal(readFileSync(input, 'utf8'), TSV);
    noTempFiles();
  });

  it('an output that cannot be written is refused before the input is read, naming it', async () => {
    const out = join(dir, 'no-such-folder', 'out.tmx');
    const r = await bitext(['convert', input, out]);
    assert.equal(r.code, 1);
    oneLine(r.err, /^bitext convert: .*no-such-folder\/out\.tmx: no such file or directory$/);
    assert.doesNotMatch(r.err, /\.tmp/);
    assert.equal(r.reads, 0);
  });

  it('an output that is a directory is refused, naming it', async () => {
    const out = join(dir, 'folder.tmx');
    mkdirSync(out);
    const r = await bitext(['convert', input, out]);
    assert.equal(r.code, 1);
    oneLine(r.err, /folder\.tmx: is a directory/);
    assert.equal(r.reads, 0);
  });

  // command line, where the directory goes
  const DIRECTORY_INPUTS: [string, (d: string) => string[]][] = [
    ['convert', (d) => ['convert', d, join(dir, 'from-dir.tmx')]],
    ['align', (d) => ['align', d, input, '--source-lang', 'zh', '--target-lang', 'en']],
    ['segment', (d) => ['segment', '--lang', 'zh', d]],
  ];
  for (const [cmd, args] of DIRECTORY_INPUTS)
    it(`${cmd}: a directory as input is named, exit 1`, async () => {
      const d = join(dir, `input-dir-${cmd}`);
      mkdirSync(d);
      const r = await bitext(args(d));
      assert.equal(r.code, 1);
      oneLine(r.err, new RegExp(`^bitext ${cmd}: .*input-dir-${cmd}: is a directory`));
      assert.equal(existsSync(join(dir, 'from-dir.tmx')), false);
    });

  // how OUT names the input file
  const SAME_FILE: [string, (inp: string) => string][] = [
    ['the same path', (inp) => inp],
    ['a path through ./ and ../', () => `${dir}/./../${dir.split('/').pop()}/same.csv`],
    [
      'a symlink',
      (inp) => {
        const l = join(dir, 'link.csv');
        symlinkSync(inp, l);
        return l;
      },
    ],
    [
      'a hard link',
      (inp) => {
        const l = join(dir, 'hard.csv');
        linkSync(inp, l);
        return l;
      },
    ],
  ];
  for (const [how, out] of SAME_FILE)
    it(`convert refuses to write over its input given as ${how}, exit 2`, async () => {
      const csv = 'source (en),target (zh-Hans)\nHi.,你好。\n';
      const inp = file('same.csv', csv);
      const before = statSync(inp).mtimeMs;
      const r = await bitext(['convert', inp, out(inp)]);
      assert.equal(r.code, 2);
      oneLine(r.err, /^bitext convert: .*\.csv is the input file/);
      assert.equal(readFileSync(inp, 'utf8'), csv);
      assert.equal(statSync(inp).mtimeMs, before);
      assert.equal(r.reads, 0);
    });

  it('align refuses two empty files, naming both, exit 1, nothing on stdout', async () => {
    const r = await bitext([
      'align',
      file('empty-zh.txt', ''),
      file('empty-en.txt', '\n\n'),
      '--source-lang',
      'zh',
      '--target-lang',
      'en',
    ]);
    assert.equal(r.code, 1);
    oneLine(r.err, /empty-zh\.txt and .*empty-en\.txt: no text to align/);
    assert.equal(r.out, '');
  });

  it('convert refuses a NUL byte past the first 8 KB, naming file and line, no output', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `Line ${i}.\t第${i}行。\n`).join('');
    const inp = file('late-nul.tsv', `en\tzh-Hans\n${rows}bad\0row\t坏\n`);
    assert.ok(readFileSync(inp).indexOf(0) > 8192);
    const out = join(dir, 'late-nul-out.tsv');
    const r = await bitext(['convert', inp, out]);
    assert.equal(r.code, 1);
    oneLine(r.err, /^bitext convert: late-nul\.tsv:602: binary data \(a NUL character\)/);
    assert.equal(existsSync(out), false);
    noTempFiles();
  });
});
