// `npm run bench:align`: in one run, on mac-dev, mag and bible-001 (../shared/data/alignment):
// accuracy of our aligner (both directions) beside the length-only Gale-Church baseline and
// hunalign (a binary on the PATH, else its WebAssembly build from the dev dependencies); how
// well confidence predicts errors (ROC AUC, wrong beads among the 5 % lowest); and times:
// in-process per set, the built CLI on bible-001 with process start beside hunalign, the
// 24-chapter batch. Each in-process run is a child process, so its
// peak memory is its own; our predictions are also scored by the official scorer's command line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEXICON_PATH, loadLexiconFile } from '../src/cli/lexicon-file.js';
import { LOW_CONFIDENCE, align, galeChurch } from '../src/core/align/index.js';
import {
  hunalignCommand,
  hunalignMissing,
  hunalignRow,
  timeBatch,
  timeBuiltCli,
} from './align-runs.js';
import {
  DATA_DIR,
  SETS,
  beadLines,
  loadScorer,
  loadSet,
  rocAuc,
  wrongShareOfLowest,
  type Scores,
  scorePredictions,
} from './align-data.js';

type Method = 'ours' | 'gale-church';

interface RunResult {
  scores: Scores;
  ms: number;
  /** CPU time of the alignment itself: on a shared machine wall time mostly measures the queue. */
  cpuMs: number;
  lexiconMs: number;
  peakMb: number;
  right: number[];
  wrong: number[];
  /** The same, a bead finer than the gold's counted right (confidenceSplitFiner). */
  fineRight: number[];
  fineWrong: number[];
  /** Strict F1 with beads inside one gold bead merged first (aligner-eval's Bible scoring). */
  mergedF1: number;
  /** Confidences of the merged beads (as confidenceSplitMerged), right and wrong. */
  mergedRight: number[];
  mergedWrong: number[];
}

async function runOne(
  set: string,
  method: Method,
  reversed: boolean,
  predDir: string,
): Promise<RunResult> {
  const [, sl0, tl0] = SETS.find(([n]) => n === set)!;
  const [sl, tl] = reversed ? [tl0, sl0] : [sl0, tl0];
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
  mkdirSync(predDir, { recursive: true });
  data.docs.forEach((d, i) => writeFileSync(join(predDir, `${d.id}.align`), beadLines(preds[i]!)));
  // The gold lists the set's own source first; a reversed run swaps each gold bead.
  const golds = data.docs.map((d) =>
    parseBeads(d.gold).map(([a, b]) => (reversed ? [b, a] : [a, b]) as [number[], number[]]),
  );
  const { scores, merged, ...split } = scorePredictions(scoreDocs, golds, preds);
  return {
    scores,
    mergedF1: merged.strict.f1,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    lexiconMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    ...split,
  };
}

const f3 = (x: number): string => x.toFixed(3);
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const child = process.argv.indexOf('--child');
  if (child >= 0) {
    const [set, method, rev, predDir] = process.argv.slice(child + 1) as [
      string,
      Method,
      string,
      string,
    ];
    process.stdout.write(JSON.stringify(await runOne(set, method, rev === 'rev', predDir)));
    return;
  }
  if (!loadSet('mag', 'en', 'zh')) {
    console.log(`bench:align: no gold data at ${DATA_DIR}; nothing to measure`);
    return;
  }
  if (!loadLexiconFile()) console.log(`(no lexicon at ${LEXICON_PATH}: npm run build:lexicon)`);
  const before = loadavg()[0]!;
  const out = mkdtempSync(join(tmpdir(), 'bench-align-'));
  const rows: string[] = [
    '| set | direction | aligner | strict P / R / F1 | lax P / R / F1 | confidence AUC | wrong in lowest 5 % | wall time | CPU time | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const checks: string[] = [];
  const all = { right: [] as number[], wrong: [] as number[] };
  const fine = { right: [] as number[], wrong: [] as number[] };
  // Sets whose gold pairs sentences (bible-001's is derived from verses: see the README).
  const sentenceGold = { right: [] as number[], wrong: [] as number[] };
  // Every set, bible-001's beads merged within verses as its scorer in aligner-eval does.
  const versed = { right: [] as number[], wrong: [] as number[] };
  const hun: string[] = [];
  const mergedRows: string[] = [];
  for (const [set, sl, tl] of SETS) {
    const runs: [Method, boolean][] = [
      ['ours', false],
      ['gale-church', false],
      ['ours', true],
    ];
    for (const [method, rev] of runs) {
      const predDir = join(out, method, rev ? 'rev' : 'fwd', set);
      const r = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          fileURLToPath(import.meta.url),
          '--child',
          set,
          method,
          rev ? 'rev' : 'fwd',
          predDir,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      if (r.status !== 0) throw new Error(`${set}/${method} failed: ${r.stderr.split('\n')[0]}`);
      const res = JSON.parse(r.stdout) as RunResult;
      const { strict: s, lax: l } = res.scores;
      const ours = method === 'ours';
      if (ours) {
        all.right.push(...res.right);
        all.wrong.push(...res.wrong);
        fine.right.push(...res.fineRight);
        fine.wrong.push(...res.fineWrong);
        if (set !== 'bible-001') {
          sentenceGold.right.push(...res.right);
          sentenceGold.wrong.push(...res.wrong);
        }
        const v = set === 'bible-001' ? [res.mergedRight, res.mergedWrong] : [res.right, res.wrong];
        versed.right.push(...v[0]!);
        versed.wrong.push(...v[1]!);
      }
      const time = ours ? `${sec(res.ms)} (+ ${sec(res.lexiconMs)} lexicon load)` : sec(res.ms);
      const conf = ours
        ? `${f3(rocAuc(res.right, res.wrong))} | ${(100 * wrongShareOfLowest(res.right, res.wrong)).toFixed(0)} %`
        : '– | –';
      rows.push(
        `| ${set} | ${rev ? `${tl}→${sl}` : `${sl}→${tl}`} | ${method} | ${f3(s.p)} / ${f3(s.r)} / **${f3(s.f1)}** | ` +
          `${f3(l.p)} / ${f3(l.r)} / ${f3(l.f1)} | ${conf} | ${time} | ${sec(res.cpuMs)} | ${res.peakMb.toFixed(0)} MB |`,
      );
      if (set === 'bible-001') {
        mergedRows.push(`${rev ? `${tl}→${sl}` : `${sl}→${tl}`} ${method} ${f3(res.mergedF1)}`);
      }
      if (ours && !rev) {
        const official = spawnSync(
          process.execPath,
          [join(DATA_DIR, 'score.mjs'), join(DATA_DIR, set, 'gold'), predDir],
          { encoding: 'utf8' },
        );
        checks.push(`${set}: ${official.stdout.trim()}`);
      }
    }
    if (!hunalignMissing()) hun.push(hunalignRow(set, sl, tl, join(out, 'hunalign', set)));
  }
  console.log(rows.join('\n'));
  const flagged = [...all.right, ...all.wrong].filter((c) => c < LOW_CONFIDENCE).length;
  const wrongFlagged = all.wrong.filter((c) => c < LOW_CONFIDENCE).length;
  console.log(
    `\nconfidence, all sets and both directions: ROC AUC ${f3(rocAuc(all.right, all.wrong))}, ` +
      `wrong beads among the lowest 5 %: ${(100 * wrongShareOfLowest(all.right, all.wrong)).toFixed(0)} %; ` +
      `below LOW_CONFIDENCE = ${LOW_CONFIDENCE}: ${((100 * flagged) / (all.right.length + all.wrong.length)).toFixed(1)} % of beads, ` +
      `${((100 * wrongFlagged) / Math.max(1, flagged)).toFixed(0)} % of them wrong, ` +
      `${((100 * wrongFlagged) / Math.max(1, all.wrong.length)).toFixed(0)} % of all wrong beads`,
  );
  console.log(
    `counting a bead finer than the gold's as right (two right 1-1 beads where the gold has one ` +
      `2-2): ROC AUC ${f3(rocAuc(fine.right, fine.wrong))}, wrong beads among the lowest 5 %: ` +
      `${(100 * wrongShareOfLowest(fine.right, fine.wrong)).toFixed(0)} %`,
  );
  console.log(
    `mac-dev and mag (gold that pairs sentences, not verses), both directions: ROC AUC ` +
      `${f3(rocAuc(sentenceGold.right, sentenceGold.wrong))}, wrong beads among the lowest 5 %: ` +
      `${(100 * wrongShareOfLowest(sentenceGold.right, sentenceGold.wrong)).toFixed(0)} %`,
  );
  console.log(
    `all sets, bible-001's beads merged within verses as aligner-eval scores it: ROC AUC ` +
      `${f3(rocAuc(versed.right, versed.wrong))}, wrong beads among the lowest 5 %: ` +
      `${(100 * wrongShareOfLowest(versed.right, versed.wrong)).toFixed(0)} %`,
  );
  console.log(
    `\nbible-001 scored as aligner-eval scores its Bible (beads inside one verse merged before ` +
      `scoring; behind the published Bertalign 0.973–0.979): strict F1 ${mergedRows.join(', ')}`,
  );
  console.log(
    '\nhunalign: ' +
      (hunalignMissing() ?? `${hunalignCommand()!.label}\n` + hun.map((h) => '  ' + h).join('\n')),
  );
  console.log('\nofficial scorer (node score.mjs GOLD_DIR PRED_DIR) on our predictions:');
  console.log(checks.map((c) => '  ' + c).join('\n'));
  console.log('\nbuilt CLI (node build/cli/bitext.mjs, process start and lexicon load included):');
  console.log('  ' + timeBuiltCli(out));
  console.log('  ' + timeBatch(out));
  console.log(
    `\nmachine: ${availableParallelism()} cores, load average ${before.toFixed(1)} at the start, ` +
      `${loadavg()[0]!.toFixed(1)} at the end (wall times under load are upper bounds)`,
  );
}

await main();
