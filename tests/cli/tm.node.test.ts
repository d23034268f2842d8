// `bitext tm lookup` and `bitext analyze` through the real dispatcher with in-memory files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inMemory, runCli } from './helpers.js';

const bitext = (args: string[], files: Record<string, string>) => runCli(args, inMemory(files));

const TSV =
  '价格为10元。\tThe price is 10 yuan.\n' +
  '这家公司去年发布了年度财务报告。\tThe company published its annual report last year.\n' +
  '这家公司去年发布了年度财务报告。\tThe company published its annual report last year.\n' +
  '空的。\t\n';
const QUERIES = '价格为12元。\n这家公司今年发布了年度财务报告。\n完全无关\n\n';
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>The price is 10 yuan.</seg></tuv><tuv xml:lang="zh-CN"><seg>价格为<bpt i="1">&lt;b&gt;</bpt>10<ept i="1">&lt;/b&gt;</ept>元。</seg></tuv></tu>
</body></tmx>`;
const LOOKUP = ['tm', 'lookup', 'tm.tsv', 'q.txt', '--source-lang', 'zh', '--target-lang', 'en'];

describe('bitext tm lookup', () => {
  it('prints one JSON array per query line, best first, [] when nothing reaches --min', async () => {
    const r = await bitext([...LOOKUP, '--format', 'jsonl'], { 'tm.tsv': TSV, 'q.txt': QUERIES });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(
      r.out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
      [
        [{ score: 99, source: '价格为10元。', target: 'The price is 10 yuan.' }],
        [
          {
            score: 93,
            source: '这家公司去年发布了年度财务报告。',
            target: 'The company published its annual report last year.',
          },
        ],
        [],
        [],
      ],
    );
    assert.match(r.err, /1 unit\(s\) with an empty side skipped/);
    assert.match(r.err, /1 duplicate unit\(s\): the newest kept/);
  });

  it('honours --min and --max', async () => {
    const r = await bitext([...LOOKUP, '--min', '95', '--max', '1'], {
      'tm.tsv': TSV,
      'q.txt': '这家公司今年发布了年度财务报告。\n价格为12元。\n',
    });
    assert.equal(
      r.out,
      '[]\n[{"score":99,"source":"价格为10元。","target":"The price is 10 yuan."}]\n',
    );
  });

  it('reads a TMX of the reverse pair by swapping its sides, codes as their text', async () => {
    const r = await bitext(
      ['tm', 'lookup', 'tm.tmx', 'q.txt', '--source-lang', 'zh-CN', '--target-lang', 'en'],
      {
        'tm.tmx': TMX,
        'q.txt': '价格为10元。\n',
      },
    );
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), [
      { score: 98, source: '价格为<b>10</b>元。', target: 'The price is 10 yuan.' },
    ]);
    assert.match(r.err, /sides were swapped/);
  });

  // [name, args, files, exit code, stderr pattern]
  const errors: [string, string[], Record<string, string>, number, RegExp][] = [
    ['no subcommand', ['tm'], {}, 2, /expected "tm lookup"/],
    [
      'a missing language',
      ['tm', 'lookup', 'a.tsv', 'q.txt', '--source-lang', 'zh'],
      {},
      2,
      /--target-lang are required/,
    ],
    [
      'a language it does not know',
      [...LOOKUP.slice(0, 7), 'fr'],
      {},
      2,
      /--target-lang must be zh .* or en, not "fr"/,
    ],
    ['a bad --min', [...LOOKUP, '--min', 'lots'], {}, 2, /--min must be 0–101/],
    ['an unknown option', [...LOOKUP, '--fuzzy'], {}, 2, /unknown option --fuzzy/],
    ['a missing TM file', LOOKUP, { 'q.txt': 'x\n' }, 1, /tm\.tsv: no such file or directory/],
    [
      'a TM of another pair',
      ['tm', 'lookup', 'fr.tmx', 'q.txt', '--source-lang', 'zh', '--target-lang', 'en'],
      {
        'q.txt': 'x\n',
        'fr.tmx': TMX.replace('srclang="en"', 'srclang="fr-FR"').replace(
          /<tu>.*<\/tu>/,
          '<tu><tuv xml:lang="fr-FR"><seg>Bonjour.</seg></tuv><tuv xml:lang="de-DE"><seg>Hallo.</seg></tuv></tu>',
        ),
      },
      1,
      /fr\.tmx: the TM holds fr-FR → de-DE, not zh-Hans → en/,
    ],
    [
      'an unsupported TM type',
      ['tm', 'lookup', 'tm.docx', 'q.txt', '--source-lang', 'zh', '--target-lang', 'en'],
      { 'tm.docx': 'x', 'q.txt': 'x' },
      1,
      /unsupported TM file type/,
    ],
  ];
  for (const [name, args, files, code, pattern] of errors) {
    it(`refuses ${name}`, async () => {
      const r = await bitext(args, files);
      assert.equal(r.code, code, r.err);
      assert.match(r.err, pattern);
      assert.equal(r.out, '');
    });
  }
});

describe('bitext analyze', () => {
  const DOC = '价格为12元。这家公司去年发布了年度财务报告。\n价格为12元。无关的话。\n';
  it('prints the bands as CSV', async () => {
    const r = await bitext(['analyze', 'doc.txt', '--tm', 'tm.tsv'], {
      'doc.txt': DOC,
      'tm.tsv': TSV,
    });
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.out.split('\r\n'), [
      'Band,Segments,Chinese characters,Words',
      '101%,0,0,0',
      '100%,1,15,0',
      'Repetitions,1,4,1',
      '95–99%,1,4,1',
      '85–94%,0,0,0',
      '75–84%,0,0,0',
      '50–74%,0,0,0',
      'No match,1,4,0',
      'Total,4,27,2',
      '',
    ]);
  });

  it('prints JSON with --format json', async () => {
    const r = await bitext(['analyze', 'doc.txt', '--tm', 'tm.tsv', '--format', 'json'], {
      'doc.txt': DOC,
      'tm.tsv': TSV,
    });
    const a = JSON.parse(r.out) as {
      total: { segments: number };
      bands: { band: string; segments: number }[];
    };
    assert.equal(a.total.segments, 4);
    assert.deepEqual(
      a.bands.map((b) => b.band),
      ['context', 'exact', 'repetition', '95-99', '85-94', '75-84', '50-74', 'none'],
    );
  });

  it('needs --tm', async () => {
    const r = await bitext(['analyze', 'doc.txt'], { 'doc.txt': DOC });
    assert.equal(r.code, 2);
    assert.match(r.err, /--tm TM is required/);
  });
});
