// `npm run bench:tm`: TMs of 10,000, 100,000 and 1,000,000 units made from the real zh–en pairs
// of ../shared/data (plus variants), looked up with the index and exhaustively in the same run,
// in Node and in a browser Worker (system Chromium, headless). Prints figures; asserts nothing.
// `npm run bench:tm -- --sizes 10000,100000 --node-only` for a shorter run.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { loadavg, cpus, totalmem } from 'node:os';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { loadBasePairs } from './tm-data.js';
import type { Direction } from './tm-gen.js';
import { runTm, type TmFigures } from './tm-run.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    queries: { type: 'string', default: '200' },
    dir: { type: 'string', default: 'zh-en' },
    'node-only': { type: 'boolean', default: false },
    'browser-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const queries = Number(values.queries);
const dir = values.dir as Direction;
// Exhaustive searches cost a full scan each: fewer of them at a million units.
const exhaustiveFor = (size: number, browser: boolean) =>
  size >= 1_000_000 ? (browser ? 4 : 8) : size >= 100_000 ? (browser ? 20 : 40) : 100;

const base = loadBasePairs();
if (base.length === 0) {
  console.log('bench:tm: ../shared/data is absent: nothing to measure');
  process.exit(0);
}

const ms = (x: number | undefined) =>
  x === undefined ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0);
const mb = (x: number | undefined) => (x === undefined ? '—' : `${(x / 1048576).toFixed(0)} MB`);

function print(where: string, rows: TmFigures[]): void {
  console.log(`\n### ${where}`);
  console.log(
    '| units | build (CPU) | index arrays | heap growth | lookup median / p95 / max (ms) | CPU median / p95 | scored median / max | exhaustive median / p95 (ms, n) | recall ≥ 70 | identical top 5 | with a match | concordance join / held | common / absent phrase (CPU) | scan, absent |',
  );
  console.log('|' + ' --- |'.repeat(14));
  for (const f of rows)
    console.log(
      `| ${f.size.toLocaleString('en')} | ${(f.buildMs / 1000).toFixed(1)} s${f.buildCpu === undefined ? '' : ` (${(f.buildCpu / 1000).toFixed(1)} s)`} | ${mb(f.indexBytes)} | ${mb(f.heapBytes)} | ${ms(f.lookupMedian)} / ${ms(f.lookupP95)} / ${ms(f.lookupMax)} | ${ms(f.lookupCpuMedian)} / ${ms(f.lookupCpuP95)} | ${f.scoredMedian} / ${f.scoredMax} | ${ms(f.exhaustiveMedian)} / ${ms(f.exhaustiveP95)} (${f.exhaustiveQueries}) | ${f.recallHits}/${f.recallTotal} | ${f.identical}/${f.exhaustiveQueries} | ${f.withMatches}/${f.queries} | ${(f.concordanceBuildMs / 1000).toFixed(1)} s / ${(f.concordanceChars / 1e6).toFixed(0)} M chars | ${ms(f.concordanceCommonMedian)} / ${ms(f.concordanceAbsentMedian)} ms${f.concordanceAbsentCpu === undefined ? '' : ` (${ms(f.concordanceAbsentCpu)})`} | ${ms(f.concordanceScanAbsent)} ms |`,
    );
}

const gc = (globalThis as { gc?: () => void }).gc;
console.log(
  `bench:tm: ${base.length} real ${dir} pairs, ${queries} queries a TM (top 5 ≥ 50 %), ` +
    `${cpus().length} CPUs, ${(totalmem() / 2 ** 30).toFixed(0)} GB; load average at start ${loadavg()[0].toFixed(1)}`,
);

if (!values['browser-only']) {
  const rows: TmFigures[] = [];
  for (const size of sizes) {
    rows.push(
      runTm(base, size, dir, {
        queries,
        exhaustiveQueries: exhaustiveFor(size, false),
        now: () => performance.now(),
        cpu: () => {
          const u = process.cpuUsage();
          return (u.user + u.system) / 1000;
        },
        heap: () => {
          gc?.();
          const m = process.memoryUsage();
          return m.heapUsed + m.arrayBuffers;
        },
      }),
    );
    console.error(`  node ${size}: done, load ${loadavg()[0].toFixed(1)}`);
  }
  print(`Node ${process.versions.node} (load average now ${loadavg()[0].toFixed(1)})`, rows);
}

if (!values['node-only']) {
  const out = mkdtempSync(join(tmpdir(), 'bench-tm-'));
  const bundle = (entry: string, outfile: string) =>
    build({
      entryPoints: [entry],
      outfile: join(out, outfile),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      logLevel: 'error',
    });
  await Promise.all([
    bundle('bench/tm-page.ts', 'tm-page.js'),
    bundle('bench/tm-worker.ts', 'tm-worker.js'),
  ]);
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>tm bench</title><script type="module" src="./tm-page.js"></script>',
  );
  writeFileSync(
    join(out, 'job.json'),
    JSON.stringify({
      base,
      queries,
      runs: sizes.map((size) => ({ size, dir, exhaustive: exhaustiveFor(size, true) })),
    }),
  );
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.json': 'application/json',
  };
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.replace(/^\/$/, '/index.html').slice(1);
    try {
      if (name.includes('/') || name.includes('..')) throw new Error('not here');
      const body = readFileSync(join(out, name));
      res.writeHead(200, {
        'content-type': types[extname(name)] ?? 'application/octet-stream',
        // Cross-origin isolated, so the Worker may sleep on Atomics.wait (see tm-worker.ts).
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // The Worker's thread CPU time (from /proc) while it looks up: the part of the wall time
    // that was computing, and the rest waiting (for a core, or for anything else).
    const cpuOfLookups = new Map<number, { cpu: number; renderer: number }>();
    let phase = '';
    let mark = workerCpu();
    for (;;) {
      const st = (await page.evaluate(
        '({ done: !!window.benchDone, error: window.benchError, phase: window.benchPhase })',
      )) as { done: boolean; error?: string; phase?: string };
      if (st.done || st.error) break;
      if (st.phase && st.phase !== phase) {
        phase = st.phase;
        const now = workerCpu();
        const [name, size] = phase.split(':');
        if (name === 'lookups-end')
          cpuOfLookups.set(Number(size), {
            cpu: now.worker - mark.worker,
            renderer: now.renderer - mark.renderer,
          });
        mark = now;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const r = await page.evaluate(() => {
      const w = window as unknown as { benchFigures: TmFigures[]; benchError?: string };
      return { figures: w.benchFigures, error: w.benchError };
    });
    if (r.error) throw new Error(r.error);
    print(
      `Chromium ${browser.version()}, in a Worker (load average now ${loadavg()[0].toFixed(1)})`,
      r.figures,
    );
    console.log(
      "\n| units | the lookups, wall (sum) | the Worker thread's CPU meanwhile | the renderer's CPU (all threads) |",
    );
    console.log('| --- | --- | --- | --- |');
    for (const [size, c] of cpuOfLookups) {
      const wall = r.figures.find((f) => f.size === size)?.lookupTotal ?? NaN;
      console.log(
        `| ${size.toLocaleString('en')} | ${wall.toFixed(0)} ms | ${c.cpu.toFixed(0)} ms | ${c.renderer.toFixed(0)} ms |`,
      );
    }
    console.log('(CPU from /proc, in 10 ms ticks, over the lookups and the sleeps around them)');
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

/** CPU ms of the Worker threads ("DedicatedWorker") and of all threads of this bench's renderers. */
function workerCpu(): { worker: number; renderer: number } {
  const tick = 10; // USER_HZ is 100 on Linux
  let worker = 0;
  let renderer = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      if (!isOurs(Number(pid))) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ms = (Number(f[11]) + Number(f[12])) * tick;
        renderer += ms;
        if (readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker'))
          worker += ms;
      }
    } catch {
      // The process or thread ended while we looked.
    }
  }
  return { worker, renderer };
}

/** Whether a process descends from this one (the browser this bench launched). */
function isOurs(pid: number): boolean {
  for (let p = pid; p > 1;) {
    const status = readFileSync(`/proc/${p}/status`, 'utf8');
    p = Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0);
    if (p === process.pid) return true;
  }
  return false;
}
