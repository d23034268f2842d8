// `npm run bench:diff`: compares two versions of a 10,000-row zh→en document (20% of rows
// changed) in headless Chromium (main thread and worker) and in Node, and prints the figures.
// Nothing here is asserted: benchmarks print, tests check behaviour.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const out = mkdtempSync(join(tmpdir(), 'bench-diff-'));
const bundle = (entry, outfile, platform) =>
  build({
    entryPoints: [entry],
    outfile: join(out, outfile),
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });

await Promise.all([
  bundle('bench/diff-browser.ts', 'diff-browser.js', 'browser'),
  // diff-client.ts starts `new URL('./diff.worker.ts', import.meta.url)`: served under that name.
  bundle('src/workers/diff.worker.ts', 'diff.worker.ts', 'browser'),
  bundle('bench/diff-node.ts', 'diff-node.mjs', 'node'),
]);
writeFileSync(
  join(out, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>diff bench</title><script type="module" src="./diff-browser.js"></script>',
);

const types = { '.html': 'text/html', '.js': 'text/javascript', '.ts': 'text/javascript' };
const server = createServer((req, res) => {
  const name = (req.url ?? '/').split('?')[0].replace(/^\/$/, '/index.html').slice(1);
  try {
    if (name.includes('/') || name.includes('..')) throw new Error('not here');
    const body = readFileSync(join(out, name));
    res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const fmt = (ms) => `${ms.toFixed(0)} ms`;
const load = (await import('node:os')).loadavg()[0].toFixed(1);
let browser;
try {
  browser = await chromium.launch({
    executablePath: findChrome(),
    args: [...CHROME_ARGS, '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.benchResult || window.benchError, null, {
    timeout: 300_000,
    polling: 200,
  });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  const b = await page.evaluate(() => window.benchResult);
  const version = browser.version();
  await browser.close();
  browser = undefined;

  const { runBench } = await import(pathToFileURL(join(out, 'diff-node.mjs')).href);
  const n = runBench(5, () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  });

  const t = b.byType;
  console.log(
    `diff bench: ${b.rows} rows, ${b.changed} changed (modified ${t.modified}, added ${t.added}, removed ${t.removed}, merged ${t.merged}, split ${t.split})`,
  );
  console.log(`| step (median of 5) | Chromium ${version} | Node ${process.versions.node} |`);
  console.log('| --- | --- | --- |');
  console.log(`| compareRows, first run | ${fmt(b.compareFirst)} | ${fmt(n.compareFirst)} |`);
  console.log(`| compareRows | ${fmt(b.compare)} | ${fmt(n.compare)} |`);
  console.log(`| compareRows, CPU time | — | ${fmt(n.compareCpu)} |`);
  console.log(`| compareInWorker, until the result is ready | ${fmt(b.worker)} | — |`);
  console.log(
    `| compareInWorker, main-thread time (whole call + reply handler) | ${fmt(b.workerMainThread)} | — |`,
  );
  console.log(`| compareInWorker, 5,000 rows: first rows ready | ${fmt(b.firstRows5k)} | — |`);
  console.log(`| compareInWorker, 5,000 rows: whole comparison | ${fmt(b.whole5k)} | — |`);
  console.log(`| filterRows (changed, ignore whitespace) | ${fmt(b.filter)} | ${fmt(n.filter)} |`);
  console.log(`| reviewReportHtml (changed rows) | ${fmt(b.html)} | ${fmt(n.html)} |`);
  console.log(`| reviewReportCsv (changed rows) | ${fmt(b.csv)} | ${fmt(n.csv)} |`);
  console.log(`machine load average (1 min) when run: ${load}`);
  console.log(
    `target: compareRows ≤ 1000 ms in the browser: ${b.compare <= 1000 ? 'met' : 'NOT met'}`,
  );
} finally {
  await browser?.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
