// `bitext terms` through the real dispatcher, with in-memory files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { inMemory, runCli } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);
const REAL = '../shared/data/formats/tbx/okapi_test01_bom_doctype.tbx';

const TBX = `<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>开源</term></tig></langSet>
<langSet xml:lang="en"><tig><term>open source</term></tig><tig><term>free software</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>开源峰会</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Open Source Summit</term></tig></langSet></termEntry>
<termEntry id="c"><langSet xml:lang="zh-CN"><tig><term>峰会</term></tig></langSet><langSet xml:lang="en"><tig><term>summit</term></tig></langSet></termEntry>
</body></text></martif>`;

async function bitext(args: string[], files: Record<string, Uint8Array>) {
  const { code, out, err } = await runCli(['terms', ...args], inMemory(files));
  return {
    code,
    out,
    err,
    lines: out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown),
  };
}

const ARGS = [
  'rows.txt',
  '--termbase',
  'tb.tbx',
  '--source-lang',
  'zh',
  '--target-lang',
  'en',
  '--format',
  'jsonl',
];

describe('bitext terms', () => {
  it('prints one JSON object per term in row order, with UTF-16 offsets and target terms', async () => {
    const r = await bitext(ARGS, {
      'rows.txt': enc('𠀀开源峰会在北京举行。\r\n\n开源与峰会\n'),
      'tb.tbx': enc(TBX),
    });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.lines, [
      {
        row: 0,
        start: 2,
        end: 6,
        source: '开源峰会',
        targets: [{ term: 'Open Source Summit', status: 'preferred' }],
      },
      {
        row: 2,
        start: 0,
        end: 2,
        source: '开源',
        targets: [
          { term: 'open source', status: 'preferred' },
          { term: 'free software', status: 'forbidden' },
        ],
      },
      {
        row: 2,
        start: 3,
        end: 5,
        source: '峰会',
        targets: [{ term: 'summit', status: 'preferred' }],
      },
    ]);
  });

  it('reads a TSV glossary and the sources of a bilingual TSV, English case- and plural-insensitive', async () => {
    const r = await bitext(
      ['doc.tsv', '--termbase', 'g.tsv', '--source-lang', 'en', '--target-lang', 'zh-CN'],
      {
        'doc.tsv': enc('source (en)\ttarget (zh-CN)\nTwo open-source Summits\t\nnone\t无\n'),
        'g.tsv': enc('en\tzh-CN\nsummit\t峰会\nopen source\t开源\n'),
      },
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.lines.map((l) => {
        const { row, source } = l as { row: number; source: string };
        return [row, source];
      }),
      [
        [0, 'open-source'],
        [0, 'Summits'],
      ],
    );
  });

  it(
    'names the languages a termbase has when it lacks one asked for',
    { skip: !existsSync(REAL) && `${REAL} absent` },
    async () => {
      const r = await bitext(ARGS, { 'rows.txt': enc('开源\n'), 'tb.tbx': readFileSync(REAL) });
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.match(
        r.err,
        /^bitext terms: tb\.tbx: the termbase has no terms in zh-Hans \(languages present: en, hu\)\n$/,
      );
    },
  );

  // args, files, exit code, stderr pattern
  const BAD: [string, string[], Record<string, Uint8Array>, number, RegExp][] = [
    [
      'no termbase option',
      ['rows.txt', '--source-lang', 'zh', '--target-lang', 'en'],
      {},
      2,
      /--termbase TB is required/,
    ],
    [
      'no languages',
      ['rows.txt', '--termbase', 'tb.tbx'],
      {},
      2,
      /--source-lang and --target-lang are required/,
    ],
    ['another format', [...ARGS.slice(0, -1), 'csv'], {}, 2, /--format must be jsonl/],
    ['a missing termbase', ARGS, { 'rows.txt': enc('x') }, 1, /tb\.tbx: no such file or directory/],
    [
      'a TBX with entities',
      ARGS,
      { 'rows.txt': enc('x'), 'tb.tbx': enc('<!DOCTYPE martif [<!ENTITY a "b">]><martif/>') },
      1,
      /entity declarations/,
    ],
  ];
  for (const [name, args, files, code, err] of BAD)
    it(`fails with one line for ${name}`, async () => {
      const r = await bitext(args, files);
      assert.equal(r.code, code);
      assert.match(r.err, err);
      assert.equal(r.out, '');
    });
});

describe('bitext qa --termbase', () => {
  it('adds the term check: a forbidden term is an error, a missing term a warning', async () => {
    const files: Record<string, Uint8Array> = {
      'src.txt': enc('开源峰会开幕\n开源很重要\n'),
      'tgt.txt': enc('The free software summit opened\nOpen source matters\n'),
      'tb.tsv': enc(
        'zh\ten\tforbidden\n开源\topen source\t\n开源\tfree software\tyes\n开源峰会\topen-source summit\t\n',
      ),
    };
    const args = ['qa', 'src.txt', 'tgt.txt', '--source-lang', 'zh', '--target-lang', 'en'];
    const { code, out } = await runCli(
      [...args, '--presegmented', '--termbase', 'tb.tsv'],
      inMemory(files),
    );
    assert.equal(code, 0);
    const terms = out
      .split('\n')
      .filter(Boolean)
      .map(
        (l) => JSON.parse(l) as { row: number; check: string; severity: string; message: string },
      )
      .filter((f) => f.check === 'term');
    assert.deepEqual(
      terms.map((f) => [f.row, f.severity, f.message]),
      [
        [0, 'error', '“free software” is a forbidden term: do not use it.'],
        [0, 'warning', '“开源峰会” should be translated as “open-source summit”.'],
      ],
    );
  });
});
