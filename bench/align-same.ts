// Speed work must not change what `bitext align` prints. This runs the built CLI
// (build/cli/bitext.mjs, rebuilt first) on every shared gold set, both directions, and keeps or
// compares its output byte for byte:
//   npx tsx bench/align-same.ts --save DIR    record the outputs (e.g. before a change)
//   npx tsx bench/align-same.ts --check DIR   run again and compare with DIR
// Cases: each document --presegmented as json (beads, texts, confidences to 4 digits) both
// directions (BITEXT_ALIGN_SHARE=0; bible-001 also with =1, the passes shared with the features
// worker, which must give the same output); each document as paragraphs (one a line, segmented
// first) as beads; mac-dev's chapters through --batch as tsv. Exit code 1 when anything differs.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, SETS, loadSet } from './align-data.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(root, 'build', 'cli', 'bitext.mjs');

const [mode, dir] = process.argv.slice(2);
if ((mode !== '--save' && mode !== '--check') || !dir) {
  console.error('usage: npx tsx bench/align-same.ts --save DIR | --check DIR');
  process.exit(2);
}
if (!loadSet('mag', 'en', 'zh')) {
  console.log(`align-same: no gold data at ${DATA_DIR}; nothing to compare`);
  process.exit(0);
}
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
  encoding: 'utf8',
});
if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);

function cli(args: string[], share?: '0' | '1'): string {
  const r = spawnSync(process.execPath, [BIN, 'align', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    // The shared passes need the features worker, which two cores do without (worthParallel).
    env: { ...process.env, BITEXT_ALIGN_SHARE: share, BITEXT_ALIGN_WORKER: share },
  });
  if (r.status !== 0) throw new Error(`bitext align ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Name of a case → its output. */
const outputs = new Map<string, string>();
/** The long documents again with the passes shared with the worker (it must change nothing). */
const shared = new Map<string, string>();
let cpu = 0;
const t0 = performance.now();
for (const [set, sl0, tl0] of SETS) {
  for (const rev of [false, true]) {
    const [sl, tl] = rev ? [tl0, sl0] : [sl0, tl0];
    for (const d of loadSet(set, sl, tl)!.docs) {
      const files = [
        join(DATA_DIR, set, sl, `${d.id}.txt`),
        join(DATA_DIR, set, tl, `${d.id}.txt`),
      ];
      const langs = ['--source-lang', sl, '--target-lang', tl];
      const name = `${set}-${d.id}-${sl}-${tl}.presegmented.json`;
      const args = [...files, ...langs, '--presegmented', '--format', 'json'];
      outputs.set(name, cli(args, '0'));
      if (set === 'bible-001') shared.set(name, cli(args, '1'));
      if (!rev)
        outputs.set(`${set}-${d.id}-${sl}-${tl}.paragraphs.beads`, cli([...files, ...langs]));
    }
  }
}
{
  const set = loadSet('mac-dev', 'zh', 'en')!;
  const work = mkdtempSync(join(tmpdir(), 'align-same-'));
  const pairs = join(work, 'pairs.tsv');
  writeFileSync(
    pairs,
    set.docs
      .map(
        (d) =>
          `${join(DATA_DIR, 'mac-dev', 'zh', `${d.id}.txt`)}\t${join(DATA_DIR, 'mac-dev', 'en', `${d.id}.txt`)}`,
      )
      .join('\n') + '\n',
  );
  const out = join(work, 'out');
  cli([
    '--batch',
    pairs,
    '--out',
    out,
    '--source-lang',
    'zh',
    '--target-lang',
    'en',
    '--presegmented',
    '--format',
    'tsv',
  ]);
  for (const f of readdirSync(out).sort())
    outputs.set(`batch-mac-dev-${f}`, readFileSync(join(out, f), 'utf8'));
}
cpu = process.resourceUsage().userCPUTime;
console.log(
  `align-same: ${outputs.size} outputs in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
    `(children's CPU not counted here; ${(cpu / 1e6).toFixed(1)} s in this process)`,
);

let unlike = 0;
for (const [name, text] of shared) {
  if (text === outputs.get(name)) continue;
  console.log(`  ${name}: the passes shared with the worker give another output`);
  unlike++;
}
if (mode === '--save') {
  if (unlike) process.exitCode = 1;
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of outputs) writeFileSync(join(dir, name), text);
  console.log(`align-same: saved to ${dir}`);
} else {
  let differ = 0;
  for (const [name, text] of outputs) {
    const path = join(dir, name);
    if (!existsSync(path)) {
      console.log(`  ${name}: not in ${dir}`);
      differ++;
      continue;
    }
    const before = readFileSync(path, 'utf8');
    if (before === text) continue;
    differ++;
    const a = before.split('\n');
    const b = text.split('\n');
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    console.log(
      `  ${name}: differs from line ${k + 1}: ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`,
    );
  }
  const missing = readdirSync(dir).filter((f) => !outputs.has(f));
  for (const f of missing) console.log(`  ${f}: in ${dir}, not produced now`);
  differ += missing.length + unlike;
  console.log(
    differ
      ? `align-same: ${differ} of ${outputs.size} outputs differ`
      : `align-same: all ${outputs.size} outputs byte-identical`,
  );
  process.exitCode = differ ? 1 : 0;
}
