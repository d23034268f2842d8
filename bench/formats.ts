// `npm run bench:formats`: export and import of 10,000 pairs per format, then a 49 MiB TMX of
// 261,941 pairs (issue #12) parsed whole and as a stream, each in a fresh process for its peak
// memory. Prints figures only. BENCH_OLD_FORMATS=/path/to/an/older/src/core/formats/index.ts
// measures that checkout's whole-file parse beside ours.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportAs, importFile, type Bitext, type FormatId } from '../src/core/formats/index.js';
import type { Pair } from '../src/core/model.js';
import { STATUSES } from '../src/core/model.js';
import { BIG, EN, ZH, writeBigTmx } from './big-tmx.js';

if (process.argv[2] === '--measure') {
  await measure(process.argv[3] ?? '', process.argv[4] ?? 'whole', process.argv[5]);
  process.exit(0);
}

const N = 10_000;

const pairs: Pair[] = Array.from({ length: N }, (_, i) => ({
  source: ZH.slice(0, 1 + (i % 5)).join(''),
  target: EN.slice(0, 1 + ((i * 7) % 5)).join(''),
  status: STATUSES[i % STATUSES.length],
  note: i % 10 === 0 ? `note ${i} & <check>` : '',
}));
const doc: Bitext = {
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [{ name: 'bench', pairs }],
};

const FORMATS: [FormatId, string][] = [
  ['tmx', 'b.tmx'],
  ['xliff12', 'b.xlf'],
  ['xliff2', 'b.xlf'],
  ['tsv', 'b.tsv'],
  ['csv', 'b.csv'],
  ['html', 'b.html'],
  ['docx', 'b.docx'],
  ['text', 'b.txt'],
];

/** Median of a few runs, after one warm-up, in milliseconds. */
function time(fn: () => void, runs = 5): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

console.log(`${N.toLocaleString('en')} pairs, median of 5 runs (Node ${process.version})\n`);
console.log('| format | export ms | import ms | size KB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [format, file] of FORMATS) {
  let out: Uint8Array | string = '';
  const exportMs = time(() => {
    out = exportAs(format, doc);
  });
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  let imported = 0;
  const importMs = time(() => {
    imported = importFile(file, bytes).documents.reduce((n, d) => n + d.pairs.length, 0);
  });
  if (imported !== N) throw new Error(`${format}: imported ${imported} pairs, expected ${N}`);
  console.log(
    `| ${format} | ${exportMs.toFixed(0)} | ${importMs.toFixed(0)} | ${(bytes.length / 1024).toFixed(0)} |`,
  );
}

// --- A 49 MiB TMX -------------------------------------------------------------------------

interface Figures {
  pairs: number;
  ms: number;
  rssMB: number;
  heapMB: number;
}

/** Child process: parse once, print the figures as JSON. */
async function measure(file: string, mode: string, impl?: string): Promise<void> {
  const formats = (
    impl ? await import(pathToFileURL(impl).href) : await import('../src/core/formats/index.js')
  ) as typeof import('../src/core/formats/index.js');
  const bytes = readFileSync(file);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  let heapPeak = 0;
  let pairs = 0;
  const t0 = performance.now();
  if (mode === 'whole') {
    const r = formats.importFile(basename(file), bytes);
    pairs = r.documents.reduce((n, d) => n + d.pairs.length, 0);
    heapPeak = process.memoryUsage().heapUsed;
  } else {
    // Bytes decoded and parsed 1 MiB at a time; every batch is dropped, as a store would.
    const decoder = new TextDecoder();
    const stream = formats.bitextStream(basename(file), {
      onBatch(batch) {
        pairs += batch.reduce((n, run) => n + run.pairs.length, 0);
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
      },
    });
    for (let i = 0; i < bytes.length; i += 1 << 20)
      stream.write(decoder.decode(bytes.subarray(i, i + (1 << 20)), { stream: true }));
    stream.write(decoder.decode());
    stream.end();
  }
  const ms = performance.now() - t0;
  const figures: Figures = {
    pairs,
    ms,
    rssMB: (process.resourceUsage().maxRSS * 1024 - base.rss) / 2 ** 20,
    heapMB: (heapPeak - base.heapUsed) / 2 ** 20,
  };
  console.log(JSON.stringify(figures));
}

const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  const file = join(dir, 'big.tmx');
  writeBigTmx(file);
  const size = readFileSync(file).length;
  console.log(
    `\n${BIG.toLocaleString('en')}-pair TMX, ${(size / 2 ** 20).toFixed(1)} MiB, one fresh process` +
      ' per row. Extra = above the process before parsing: peak RSS; heap after the parse with the\n' +
      'result held (whole) or the peak at a batch (stream)\n',
  );
  console.log('| parser | pairs | parse s | extra RSS MB | extra heap MB |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const rows: [string, string, string?][] = [
    ['saxes, whole file (importFile)', 'whole'],
    ['saxes, stream of 1 MiB chunks, batches dropped', 'stream'],
  ];
  const old = process.env.BENCH_OLD_FORMATS;
  if (old) rows.unshift(['older checkout, whole file (importFile)', 'whole', old]);
  for (const [label, mode, impl] of rows) {
    const args = ['--expose-gc', '--import', 'tsx', 'bench/formats.ts', '--measure', file, mode];
    const run = spawnSync(process.execPath, impl ? [...args, impl] : args, {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      console.log(
        `| ${label} | failed: ${(run.stderr.trim().split('\n')[0] ?? '').slice(0, 80)} | | | |`,
      );
      continue;
    }
    const f = JSON.parse(line) as Figures;
    console.log(
      `| ${label} | ${f.pairs.toLocaleString('en')} | ${(f.ms / 1000).toFixed(1)} | ${f.rssMB.toFixed(0)} | ${f.heapMB.toFixed(0)} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
