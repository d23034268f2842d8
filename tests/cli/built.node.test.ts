// The shipped `bitext` bin is built JavaScript run by plain node (no tsx): every command
// registered in src/cli/bitext.ts is in it, and it aligns like the source does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../src/cli/bitext.js';
import { PARALLEL_MIN } from '../../src/cli/commands/align-parallel.js';
import { alignTexts } from '../../src/cli/commands/align.js';
import { loadLexiconFile } from '../../src/cli/lexicon-file.js';
import { parallel } from '../core/align/synthetic.js';

const root = join(import.meta.dirname, '..', '..');
const bin = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.bitext as string;

describe('built bitext CLI', () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    encoding: 'utf8',
  });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, bin), ...args], { encoding: 'utf8' });

  it('builds', () => assert.equal(build.status, 0, build.stderr));

  for (const name of Object.keys(COMMANDS)) {
    it(`knows the registered command "${name}"`, () => {
      const r = run(name);
      assert.doesNotMatch(r.stderr, /unknown command|Cannot find|ERR_MODULE_NOT_FOUND/);
      assert.ok(r.stderr.startsWith(`bitext ${name}`) || r.status === 0, r.stderr);
    });
  }

  it('aligns two files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-built-'));
    writeFileSync(join(dir, 'zh.txt'), '1998年，他去了北京。\n那里很冷。\n');
    writeFileSync(join(dir, 'en.txt'), 'In 1998 he went to Beijing.\nIt was cold there.\n');
    const r = run(
      'align',
      join(dir, 'zh.txt'),
      join(dir, 'en.txt'),
      '--source-lang',
      'zh',
      '--target-lang',
      'en',
      '--presegmented',
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '[0]:[0]\n[1]:[1]\n');
  });

  it('aligns a long document on two threads (its features worker built beside it) as one thread does', () => {
    assert.ok(existsSync(join(root, 'build', 'cli', 'features-worker.mjs')));
    const doc = parallel(
      Array.from({ length: PARALLEL_MIN }, (_, k) => (k % 5 === 2 ? [1, 2] : [1, 1])),
      5,
    );
    const dir = mkdtempSync(join(tmpdir(), 'bitext-built-'));
    const zh = join(dir, 'zh.txt');
    const en = join(dir, 'en.txt');
    writeFileSync(zh, doc.zh.join('\n') + '\n');
    writeFileSync(en, doc.en.join('\n') + '\n');
    // Two threads from three cores (worthParallel); forced here.
    const r = spawnSync(
      process.execPath,
      [
        join(root, bin),
        'align',
        zh,
        en,
        '--source-lang',
        'zh',
        '--target-lang',
        'en',
        '--presegmented',
      ],
      { encoding: 'utf8', env: { ...process.env, BITEXT_ALIGN_WORKER: '1' } },
    );
    assert.equal(r.status, 0, r.stderr);
    const settings = {
      sourceLang: 'zh',
      targetLang: 'en',
      presegmented: true,
      format: 'beads',
    } as const;
    const single = alignTexts(
      readFileSync(zh, 'utf8'),
      readFileSync(en, 'utf8'),
      [zh, en],
      settings,
      loadLexiconFile(),
    );
    assert.equal(r.stdout, single);
  });
});
