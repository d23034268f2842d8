// The harness of the benches that run an entry module in a real page (bench:store, bench:library):
// bundles it with esbuild, serves it on a free port, drives the system Chromium with
// playwright-core, and prints the rows it returns as a table. The entry sets two functions on
// window: `write<Name>Bench()` → { name, rows } in one page, then `run<Name>Bench(name)` → rows in
// a second page that never saw the writes (so "open" is measured cold). Figures only.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

/** `entry`: path of the entry module; `name`: the functions' infix (Store → writeStoreBench). */
export async function runPageBench({ entry, name, title }) {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const js = bundle.outputFiles[0].text;
  const html =
    '<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>';
  const server = createServer((req, res) => {
    const isJs = req.url === '/bench.js';
    res.writeHead(200, { 'content-type': isJs ? 'text/javascript' : 'text/html; charset=utf-8' });
    res.end(isJs ? js : html);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const write = `write${name}Bench`;
  const run = `run${name}Bench`;

  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  try {
    // One context, so both pages share the origin's IndexedDB (browser.newPage would not).
    const ctx = await browser.newContext();
    const fresh = async () => {
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.error(e));
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction((fn) => typeof window[fn] === 'function', run);
      return page;
    };
    // The page that wrote the rows is closed; "open" is measured in a page that never saw them.
    const writer = await fresh();
    const written = await writer.evaluate((fn) => window[fn](), write);
    await writer.close();
    const reader = await fresh();
    const rows = [
      ...written.rows,
      ...(await reader.evaluate(([fn, db]) => window[fn](db), [run, written.name])),
    ];
    console.log(`${title} — headless Chromium ${browser.version()}, real IndexedDB\n`);
    const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
    const lines = rows.map((r) => [r.what, `${fmt(r.value)} ${r.unit}`, r.note ?? '']);
    const w = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i].length), 4));
    const row = (l) => `| ${l.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
    console.log(row(['what', 'figure', 'note']));
    console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
    for (const l of lines) console.log(row(l));
  } finally {
    await browser.close();
    server.close();
  }
}
