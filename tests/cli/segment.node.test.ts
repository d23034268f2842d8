// `bitext segment` through the real dispatcher, with an in-memory Io (no child processes).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { main, type Io } from '../../src/cli/bitext.js';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function bitext(args: string[], input: string | Uint8Array = ''): Promise<Run> {
  let out = '';
  let err = '';
  const files: Record<string, Uint8Array> = {};
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const io: Io = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readInput: async (path) => {
      if (path === undefined || path === '-') return bytes;
      if (path === 'in.txt') return files[path] ?? bytes;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT',
      });
    },
  };
  const code = await main(['segment', ...args], io);
  return { code, out, err };
}

describe('bitext segment', () => {
  it('prints sentences one per line with an empty line after each paragraph', async () => {
    const r = await bitext(['--lang', 'en'], 'Dr. Who left. He was here.\nSecond paragraph.\n');
    assert.equal(r.code, 0);
    assert.equal(r.out, 'Dr. Who left.\nHe was here.\n\nSecond paragraph.\n\n');
    assert.equal(r.err, '');
  });

  it('prints one JSON array per input line with --format jsonl, [] for an empty line', async () => {
    const r = await bitext(
      ['--lang', 'zh', '--format', 'jsonl'],
      '你好。再见！\r\n\r\n他说：“好。”然后走了。',
    );
    assert.equal(r.code, 0);
    assert.deepEqual(
      r.out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as string[]),
      [['你好。', '再见！'], [], ['他说：“好。”然后走了。']],
    );
  });

  it('reads a file when one is named', async () => {
    const r = await bitext(['--lang', 'en', 'in.txt', '--format', 'jsonl'], 'One. Two.');
    assert.equal(r.out, '["One.","Two."]\n');
  });

  it('treats lone CR as a line end and drops NUL characters', async () => {
    const r = await bitext(['--lang', 'en', '--format', 'jsonl'], 'One.\0 Two.\rThree.');
    assert.equal(r.out, '["One.","Two."]\n["Three."]\n');
  });

  it('reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('你好。再见。')]);
    assert.equal((await bitext(['--lang', 'zh'], utf8)).out, '你好。\n再见。\n\n');
    const units = [0xfeff, ...'Hi. Bye.'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)));
    const utf16 = new Uint8Array(new Uint16Array(units).buffer);
    assert.equal((await bitext(['--lang', 'en'], utf16)).out, 'Hi.\nBye.\n\n');
  });

  it('prints nothing for empty input', async () => {
    const r = await bitext(['--lang', 'en'], '');
    assert.deepEqual(r, { code: 0, out: '', err: '' });
  });

  it('handles a 100,000-line input', async () => {
    const input = Array.from({ length: 100_000 }, (_, i) => `Line ${i}. Next!`).join('\n');
    const r = await bitext(['--lang', 'en', '--format', 'jsonl'], input);
    const lines = r.out.split('\n').filter(Boolean);
    assert.equal(lines.length, 100_000);
    assert.deepEqual(JSON.parse(lines[99_999]), ['Line 99999.', 'Next!']);
  });

  // One case per line: arguments, input, expected exit code, expected stderr.
  const failures: [string[], string | Uint8Array, number, RegExp][] = [
    [[], 'x', 2, /--lang zh\|en is required/],
    [['--lang', 'fr'], 'x', 2, /--lang must be zh or en/],
    [['--lang'], 'x', 2, /--lang needs a value/],
    [['--lang', 'en', '--format', 'xml'], 'x', 2, /--format must be lines or jsonl/],
    [['--lang', 'en', '--bogus'], 'x', 2, /unknown option --bogus/],
    [['--lang', 'en', 'a.txt', 'b.txt'], 'x', 2, /one input file at most/],
    [['--lang', 'en', 'missing.txt'], 'x', 1, /missing\.txt: no such file or directory/],
    [['--lang', 'en'], new Uint8Array([0xff, 0x00, 0xc3, 0x28, 0x80]), 1, /not UTF-8 text/],
  ];
  for (const [args, input, code, message] of failures) {
    it(`fails with one line for ${JSON.stringify(args)}`, async () => {
      const r = await bitext(args, input);
      assert.equal(r.code, code);
      assert.equal(r.out, '');
      assert.match(r.err, message);
      assert.equal(r.err.trimEnd().split('\n').length, 1, r.err);
      assert.match(r.err, /^bitext segment: /);
    });
  }
});
