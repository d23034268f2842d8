// `npm run bench:library`: what the project library costs with 50 projects of 5,000 rows.
// Bundles bench/library-entry.ts with esbuild, serves it on a free port and drives the system
// Chromium with playwright-core. Figures only; nothing here is asserted.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const bundle = await build({
  entryPoints: [new URL('./library-entry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
});
const js = bundle.outputFiles[0].text;
const html = '<!doctype html><meta charset="utf-8"><script type="module" src="/bench.js"></script>';

const server = createServer((req, res) => {
  const isJs = req.url === '/bench.js';
  res.writeHead(200, { 'content-type': isJs ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(isJs ? js : html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
try {
  // One context, so both pages share the origin's IndexedDB (browser.newPage would not).
  const ctx = await browser.newContext();
  const fresh = async () => {
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.error(e));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runLibraryBench === 'function');
    return page;
  };
  // The page that wrote the rows is closed; "open" is measured in a page that never saw them.
  const writer = await fresh();
  const written = await writer.evaluate(() => window.writeLibraryBench());
  await writer.close();
  const reader = await fresh();
  const rows = [
    ...written.rows,
    ...(await reader.evaluate((name) => window.runLibraryBench(name), written.name)),
  ];
  const version = browser.version();
  console.log(`library benchmark — headless Chromium ${version}, real IndexedDB\n`);
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
