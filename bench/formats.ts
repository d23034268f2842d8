// `npm run bench:formats`: export and import of 10,000 pairs per format. Prints figures only.
import { exportAs, importFile, type Bitext, type FormatId } from '../src/core/formats/index.js';
import type { Pair } from '../src/core/model.js';
import { STATUSES } from '../src/core/model.js';

const N = 10_000;
const ZH = [
  '太平寺始建于南北朝齐梁时期，',
  '是常州最古老的佛寺之一，',
  '今已不存。',
  '“夕照塔影”',
  '价格为10元。',
];
const EN = [
  'The temple was founded ',
  'in the Southern Dynasties, ',
  'one of the oldest in Changzhou; ',
  'it no longer exists.',
  ' Price: 10 yuan.',
];

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
