// Side-by-side timing of two builds of the CLI on bible-001 (a dev tool for the speed work):
//   node bench/align-ab.mjs OTHER_ROOT [runs] [--rev]
// OTHER_ROOT holds another build (OTHER_ROOT/build/cli/bitext.mjs, e.g. main's, with a
// `generated` beside it). Runs alternate between it and this checkout's build, so both see the
// same load. Prints per run: wall, the process's CPU (user + system, all threads) and the main
// thread's CPU (read from /proc/self/task/PID/stat at exit by a preloaded module), then medians.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const rev = args.includes('--rev');
const [other, runsArg] = args.filter((a) => a !== '--rev');
if (!other) {
  console.error('usage: node bench/align-ab.mjs OTHER_ROOT [runs] [--rev]');
  process.exit(2);
}
const runs = Number(runsArg ?? 4);
const data = join(root, '..', 'shared', 'data', 'alignment', 'bible-001');
const [sl, tl] = rev ? ['zh', 'en'] : ['en', 'zh'];
const pre = join(mkdtempSync(join(tmpdir(), 'align-ab-')), 'main-cpu.mjs');
writeFileSync(
  pre,
  `import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => {
  const s = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  process.stderr.write('MAINCPU ' + (Number(f[11]) + Number(f[12])) / 100 + '\\n');
});\n`,
);

function childCpu() {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) / 100;
}

function run(base) {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      pre,
      join(base, 'build', 'cli', 'bitext.mjs'),
      'align',
      join(data, sl, '001.txt'),
      join(data, tl, '001.txt'),
      '--source-lang',
      sl,
      '--target-lang',
      tl,
      '--presegmented',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, BITEXT_ALIGN_SHARE: '0' } },
  );
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(r.stderr);
  const main = Number(/MAINCPU (\S+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wall, cpu: childCpu() - c0, main };
}

const res = { old: [], new: [] };
console.log(
  `bible-001 ${sl}→${tl}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < runs; i++) {
  for (const [k, base] of [
    ['old', other],
    ['new', root],
  ]) {
    const t = run(base);
    res[k].push(t);
    console.log(
      `${k}: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, main ${t.main.toFixed(2)} s`,
    );
  }
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
for (const k of ['old', 'new'])
  console.log(
    `${k} median: ${med(res[k].map((t) => t.wall)).toFixed(2)} s wall, ` +
      `${med(res[k].map((t) => t.cpu)).toFixed(2)} s CPU, main ${med(res[k].map((t) => t.main)).toFixed(2)} s`,
  );
console.log(
  `load after ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
