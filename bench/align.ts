// `npm run bench:align`: accuracy, time and peak memory of our aligner beside the length-only
// Gale-Church baseline, on mac-dev, mag and bible-001 (../shared/data/alignment). Each run is
// a child process, so peak memory is that run's own; our predictions are also scored by the
// official scorer's command line as a cross-check.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_PATH, loadLexiconFile } from '../src/cli/lexicon-file.js';
import { align, galeChurch } from '../src/core/align/index.js';
import { DATA_DIR, SETS, beadLines, loadScorer, loadSet, type Scores } from './align-data.js';

type Method = 'ours' | 'gale-church';

interface RunResult {
  scores: Scores;
  ms: number;
  /** CPU time of the alignment itself: on a shared machine wall time mostly measures the queue. */
  cpuMs: number;
  lexiconMs: number;
  peakMb: number;
}

async function runOne(set: string, method: Method, predDir: string): Promise<RunResult> {
  const [, sl, tl] = SETS.find(([n]) => n === set)!;
  const data = loadSet(set, sl, tl)!;
  const { parseBeads, scoreDocs } = await loadScorer();
  let t = performance.now();
  const lexicon = method === 'ours' ? loadLexiconFile() : undefined;
  const lexiconMs = performance.now() - t;
  t = performance.now();
  const cpu0 = process.cpuUsage();
  const preds = data.docs.map((d) =>
    method === 'ours'
      ? align(d.source, d.target, { sourceLang: sl, targetLang: tl, lexicon })
      : galeChurch(d.source, d.target),
  );
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  mkdirSync(predDir, { recursive: true });
  data.docs.forEach((d, i) => writeFileSync(join(predDir, `${d.id}.align`), beadLines(preds[i]!)));
  const scores = scoreDocs(
    data.docs.map((d) => parseBeads(d.gold)),
    preds.map((p) => p.map((b) => [b.src, b.tgt] as [number[], number[]])),
  );
  return { scores, ms, cpuMs, lexiconMs, peakMb: process.resourceUsage().maxRSS / 1024 };
}

const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const [set, method, predDir] = process.argv.slice(child + 1) as [string, Method, string];
    process.stdout.write(JSON.stringify(await runOne(set, method, predDir)));
    return;
  }
  if (!loadSet('mag', 'en', 'zh')) {
    console.log(`bench:align: no gold data at ${DATA_DIR}; nothing to measure`);
    return;
  }
  if (!loadLexiconFile()) console.log(`(no lexicon at ${LEXICON_PATH}: npm run build:lexicon)`);
  const out = mkdtempSync(join(tmpdir(), 'bench-align-'));
  const rows: string[] = [
    '| set | aligner | strict P / R / F1 | lax P / R / F1 | wall time | CPU time | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const checks: string[] = [];
  for (const [set] of SETS) {
    for (const method of ['ours', 'gale-church'] as Method[]) {
      const predDir = join(out, method, set);
      const r = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), '--child', set, method, predDir],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (r.status !== 0) throw new Error(`${set}/${method} failed: ${r.stderr.split('\n')[0]}`);
      const res = JSON.parse(r.stdout) as RunResult;
      const { strict: s, lax: l } = res.scores;
      const time =
        method === 'ours'
          ? `${(res.ms / 1000).toFixed(2)} s (+ ${(res.lexiconMs / 1000).toFixed(2)} s lexicon load)`
          : `${(res.ms / 1000).toFixed(2)} s`;
      rows.push(
        `| ${set} | ${method} | ${f3(s.p)} / ${f3(s.r)} / **${f3(s.f1)}** | ` +
          `${f3(l.p)} / ${f3(l.r)} / ${f3(l.f1)} | ${time} | ${(res.cpuMs / 1000).toFixed(2)} s | ${res.peakMb.toFixed(0)} MB |`,
      );
      if (method === 'ours') {
        const official = spawnSync(
          process.execPath,
          [join(DATA_DIR, 'score.mjs'), join(DATA_DIR, set, 'gold'), predDir],
          { encoding: 'utf8' },
        );
        checks.push(`${set}: ${official.stdout.trim()}`);
      }
    }
  }
  console.log(rows.join('\n'));
  console.log('\nofficial scorer (node score.mjs GOLD_DIR PRED_DIR) on our predictions:');
  console.log(checks.map((c) => '  ' + c).join('\n'));
}

await main();
