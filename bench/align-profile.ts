// Where `bitext align`'s time goes: runs the built CLI (rebuilt first) on bible-001 under
// `node --cpu-prof` and prints each stage's share of the main thread's samples, and of the
// features worker's. `npx tsx bench/align-profile.ts [--rev]` (--rev: zh→en). A dev tool for
// the speed work, not part of `npm run bench:align`. Profile samples are wall-clock ticks of
// the thread: on a loaded machine every stage stretches, so read the shares, not the sums.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, loadSet } from './align-data.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(root, 'build', 'cli', 'bitext.mjs');

/** Stages by a function on the sample's stack, checked in this order (the first found wins). */
const STAGES: [string, RegExp][] = [
  ['bead costs of the last rows (worker)', /^beadCosts$/],
  ['coarse pass over blocks', /^centreLine$/],
  ['posteriors and confidence', /^confidences$/],
  ['learned table', /^(learnPairs|withLearned)$/],
  ['pair matching', /^pairMatches(Indexed)?$/],
  ['calibration', /^calibrate$/],
  ['dynamic programme (bead costs)', /^bandedDp$/],
  ['sentence features', /^(prepareFeatures|featuresOf|unpackFeatures|packFeatures)$/],
  ['lexicon load', /^(loadLexiconFile|decodeLexicon|parseLexicon)$/],
  ['segmentation', /^segmentText$/],
  ['output', /^write(Beads|Json|Tsv|Tmx)$/],
  ['reading input', /^(readNamed|decodeText|splitLines)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['idle (waiting: worker, I/O)', /^\(idle\)$/],
];
const OTHER = 'start-up, module loading, other';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function stages(p: Profile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  p.samples.forEach((id, k) => {
    const names = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x))
      names.add(byId.get(x)!.callFrame.functionName);
    const stage = STAGES.find(([, re]) => [...names].some((n) => re.test(n)))?.[0] ?? OTHER;
    out.set(stage, (out.get(stage) ?? 0) + (p.timeDeltas[k] ?? 0) / 1000);
  });
  return out;
}

if (!loadSet('bible-001', 'en', 'zh')) {
  console.log(`align-profile: no gold data at ${DATA_DIR}; nothing to profile`);
  process.exit(0);
}
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')]);
if (build.status !== 0) throw new Error('build-cli failed');
const [sl, tl] = process.argv.includes('--rev') ? ['zh', 'en'] : ['en', 'zh'];
const dir = mkdtempSync(join(tmpdir(), 'align-profile-'));
const load0 = loadavg()[0]!;
const t0 = performance.now();
const r = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    '--cpu-prof-dir',
    dir,
    '--cpu-prof-interval',
    '250',
    BIN,
    'align',
    join(DATA_DIR, 'bible-001', sl, '001.txt'),
    join(DATA_DIR, 'bible-001', tl, '001.txt'),
    '--source-lang',
    sl,
    '--target-lang',
    tl,
    '--presegmented',
  ],
  { encoding: 'utf8', maxBuffer: 1 << 26 },
);
const wall = performance.now() - t0;
if (r.status !== 0) throw new Error(r.stderr);
// The main thread's profile is written last and is the largest; a worker's is the other.
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .sort((a, b) => readFileSync(b).length - readFileSync(a).length);
console.log(
  `bible-001 ${sl}→${tl}, built CLI under --cpu-prof: ${(wall / 1000).toFixed(2)} s wall ` +
    `(profiling adds to it), load average ${load0.toFixed(1)}`,
);
files.forEach((f, k) => {
  const s = stages(JSON.parse(readFileSync(f, 'utf8')) as Profile);
  const total = [...s.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${k === 0 ? 'main thread' : 'worker thread'}: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of [...s].sort((a, b) => b[1] - a[1]))
    console.log(
      `  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %`,
    );
});
