// `npm run bench:segment`: boundary precision, recall and F1, time and peak memory of our
// segmenter beside Intl.Segmenter on every shared gold set, with F1 on each half of the set
// (segment-score.ts: rules are written on the tune half; the held-out half is never looked at).
// Figures only; nothing is asserted. Each (set, splitter) runs in a child process of its own, so
// its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  HALVES,
  halfOf,
  hasData,
  readSet,
  score,
  SEG_DATA,
  SEG_SETS,
  splitters,
  type SegSet,
} from './segment-score.js';

type Name = keyof typeof splitters;

interface Row {
  set: SegSet;
  splitter: Name;
  precision: number;
  recall: number;
  f1: number;
  /** F1 and paragraph and boundary counts on each half. */
  halves: Record<(typeof HALVES)[number], { f1: number; paragraphs: number; boundaries: number }>;
  msPerPass: number;
  charsPerMs: number;
  peakRssMb: number;
}

/** One measurement, run inside the child process. */
function measure(set: SegSet, name: Name): Row {
  const paragraphs = readSet(set);
  const split = splitters[name];
  const s = score(paragraphs, split);
  const halves = Object.fromEntries(
    HALVES.map((h) => {
      const part = paragraphs.filter((p) => halfOf(set, p) === h);
      const boundaries = part.reduce((n, p) => n + p.boundaries.length, 0);
      return [h, { f1: score(part, split).f1, paragraphs: part.length, boundaries }];
    }),
  ) as Row['halves'];
  const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
  // One warm-up pass (already done by score), then whole passes for at least half a second.
  let passes = 0;
  const t0 = performance.now();
  do {
    for (const p of paragraphs) split(p.text, p.lang);
    passes++;
  } while (performance.now() - t0 < 500 && passes < 50);
  const ms = (performance.now() - t0) / passes;
  return {
    set,
    splitter: name,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    halves,
    msPerPass: ms,
    charsPerMs: chars / ms,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const pct = (x: number): string => (100 * x).toFixed(2);

function table(rows: Row[]): string {
  const head = [
    'set',
    'splitter',
    'P',
    'R',
    'F1',
    'F1 tune',
    'F1 held-out',
    'ms/pass',
    'chars/ms',
    'peak RSS MB',
  ];
  const body = rows.map((r) => [
    r.set,
    r.splitter === 'ours' ? 'bitext' : 'Intl.Segmenter',
    pct(r.precision),
    pct(r.recall),
    pct(r.f1),
    pct(r.halves.tune.f1),
    pct(r.halves['held-out'].f1),
    r.msPerPass.toFixed(1),
    Math.round(r.charsPerMs).toString(),
    r.peakRssMb.toFixed(0),
  ]);
  const all = [head, ...body];
  const width = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]): string =>
    `| ${r.map((c, i) => (i < 2 ? c.padEnd(width[i]) : c.padStart(width[i]))).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (i < 2 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`;
  return [line(head), rule, ...body.map(line)].join('\n');
}

function main(): void {
  const [flag, set, name] = process.argv.slice(2);
  if (flag === '--child') {
    process.stdout.write(JSON.stringify(measure(set as SegSet, name as Name)));
    return;
  }
  if (!hasData()) {
    console.error(`bench:segment: gold data not found at ${SEG_DATA}`);
    process.exitCode = 1;
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = [];
  for (const s of SEG_SETS) {
    for (const n of Object.keys(splitters) as Name[]) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', s, n], {
        encoding: 'utf8',
      });
      rows.push(JSON.parse(out) as Row);
    }
  }
  console.log(table(rows));
  const sizes = rows
    .filter((r) => r.splitter === 'ours')
    .map((r) => {
      const h = (x: Row['halves']['tune']): string => `${x.paragraphs} par. / ${x.boundaries} b.`;
      return `${r.set}: tune ${h(r.halves.tune)}, held-out ${h(r.halves['held-out'])}`;
    });
  console.log(
    '\nBoundary F1 as ../shared/data/segmentation/score.mjs defines it; time per pass over the ' +
      'whole set after a warm-up; peak RSS of the process that ran it (Node and the data included).' +
      '\nHalves by a hash of the document id (bench/segment-score.ts), paragraphs / boundaries:\n' +
      sizes.join('\n'),
  );
}

main();
