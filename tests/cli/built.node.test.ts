// The shipped `bitext` bin is built JavaScript run by plain node (no tsx): every command
// registered in src/cli/bitext.ts is in it, and it aligns like the source does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../src/cli/bitext.js';

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
});
