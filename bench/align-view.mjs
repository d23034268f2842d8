// npm run bench:align-view — the alignment check on the production build, in headless Chromium:
// a 5,000-sentence document (bible-001 of ../shared/data/alignment, opened as two text files, each
// line a paragraph) aligned in the Worker from the click on "Segment and align": the progress bar's updates,
// the time until the aligned rows show, the main thread's long tasks while the Worker runs and
// while the rows are drawn, scrolling through the rows, and "Next low-confidence row".
// Prints a table; nothing here is asserted.
// The click comes when both texts' counts show and a pause has passed (--pause, 1,000 ms by
// default: a user looks at the options first; the Worker loads the lexicon meanwhile).
//   node bench/align-view.mjs [--runs N] [--root DIR] [--pause MS]   (DIR: another checkout's built app)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', 3));
const ROOT = arg('--root', '.');
const PAUSE = Number(arg('--pause', 1000));

const DATA = join('..', 'shared', 'data', 'alignment', 'bible-001');
if (!existsSync(join(DATA, 'en', '001.txt'))) {
  console.log(`bench:align-view: ${DATA} is absent; nothing measured.`);
  process.exit(0);
}
const source = readFileSync(join(DATA, 'en', '001.txt'), 'utf8').trimEnd();
const target = readFileSync(join(DATA, 'zh', '001.txt'), 'utf8').trimEnd();
const lines = (t) => t.split('\n').length;

if (ROOT === '.' && !existsSync('dist/index.html'))
  execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

// Page side: long tasks, and a frame loop that notes the progress bar and the first row.
const OBSERVE = () => {
  window.__lt = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};
const deep = `(sel) => {
  const app = document.querySelector('bt-app')?.shadowRoot;
  const np = app?.querySelector('bt-new-project')?.shadowRoot;
  if (sel === 'progress') return np?.querySelector('progress');
  return np?.querySelector('bt-align-view')?.shadowRoot?.querySelector(sel);
}`;

async function run(browser, url) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(`${url}#/new`);
  // Opened as files, as a user brings a document this long (the "Open a file" inputs).
  const files = page.getByLabel(/^Open a file|^打开文件/);
  await files
    .nth(0)
    .setInputFiles({ name: 'en.txt', mimeType: 'text/plain', buffer: Buffer.from(source) });
  await files
    .nth(1)
    .setInputFiles({ name: 'zh.txt', mimeType: 'text/plain', buffer: Buffer.from(target) });
  await page.getByText(/Source: 5,?000 paragraphs/).waitFor({ timeout: 120_000 });
  await page.getByText(/Translation: [0-9,]+ paragraphs/).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(PAUSE);
  const t = await page.evaluate(
    ({ deep }) => {
      const q = eval(deep);
      const out = { t0: performance.now(), progress: [], firstRow: 0 };
      window.__watch = out;
      const tick = () => {
        const p = q('progress');
        if (p && p.value !== out.progress.at(-1)?.[1])
          out.progress.push([performance.now(), p.value]);
        if (q('li')) out.firstRow = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return out.t0;
    },
    { deep },
  );
  await page.getByRole('button', { name: /Segment and align|分句并对齐/ }).click();
  await page.getByRole('option').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1500);
  const w = await page.evaluate(() => ({ ...window.__watch, lt: window.__lt }));
  const setsize = await page.getByRole('option').first().getAttribute('aria-setsize');
  const rows = setsize ? Number(setsize) : await page.getByRole('option').count();
  const inRange = (a, b) => w.lt.filter(([s]) => s >= a && s < b).map(([, d]) => d);
  // The Worker's first and last progress report: before, the page segments both texts and the
  // Worker loads the lexicon; after, the page takes the result and draws the rows.
  const firstProgress = w.progress.find(([, v]) => v > 0)?.[0] ?? t;
  const lastProgress = w.progress.at(-1)?.[0] ?? t;
  const during = inRange(t, lastProgress);
  const drawing = inRange(lastProgress, w.firstRow + 1500);
  // Scrolling: 40 jumps through the list, a frame each, as a dragged scrollbar does.
  const s0 = await page.evaluate(() => performance.now());
  await page.evaluate(
    async ({ deep }) => {
      const q = eval(deep);
      const scroller = q('.scroller');
      if (!scroller) return; // a build whose view has no scroller of its own
      for (let i = 1; i <= 40; i++) {
        scroller.scrollTop = (scroller.scrollHeight * i) / 41;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    },
    { deep },
  );
  await page.waitForTimeout(300);
  const scrollLt = (await page.evaluate(() => window.__lt))
    .filter(([s]) => s >= s0)
    .map(([, d]) => d);

  // Next low-confidence row: click to the row selected and drawn.
  const next = page.getByRole('button', { name: /Next low-confidence row|下一个低置信度行/ });
  const low = (await next.innerText()).match(/\d+/)?.[0];
  let nextMs = NaN;
  if (await next.isEnabled()) {
    const n0 = Date.now();
    await next.click();
    await page.locator('li[aria-selected="true"]').first().waitFor();
    nextMs = Date.now() - n0;
  }
  await ctx.close();
  return {
    rows,
    low,
    progressUpdates: w.progress.length,
    startMs: firstProgress - t,
    alignMs: lastProgress - firstProgress,
    firstRowMs: w.firstRow - t,
    afterDoneMs: w.firstRow - lastProgress,
    maxLtDuring: Math.max(0, ...during),
    maxLtDrawing: Math.max(0, ...drawing),
    sumLtDrawing: drawing.reduce((a, b) => a + b, 0),
    maxLtScroll: Math.max(0, ...scrollLt),
    nextMs,
  };
}

const server = await preview({
  root: ROOT,
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS,
  headless: true,
});
console.log(
  `bench:align-view — bible-001: ${lines(source)} English lines → ${lines(target)} Chinese lines, ` +
    `${RUNS} runs, build ${ROOT}, click ${PAUSE} ms after both texts show; ${cpus().length} cores, load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
);
const results = [];
for (let i = 0; i < RUNS; i++) results.push(await run(browser, url));
await browser.close();
await new Promise((r) => server.httpServer.close(r));
const f = (x) => (Number.isFinite(x) ? Math.round(x) : '–');
console.table(
  results.map((r) => ({
    rows: r.rows,
    'low rows': r.low,
    'progress updates': r.progressUpdates,
    'click → first progress (ms)': f(r.startMs),
    'Worker aligning (ms)': f(r.alignMs),
    'last progress → rows shown (ms)': f(r.afterDoneMs),
    'click → rows shown (ms)': f(r.firstRowMs),
    'longest task while aligning (ms)': f(r.maxLtDuring),
    'longest task taking the result and drawing rows (ms)': f(r.maxLtDrawing),
    'long tasks drawing, total (ms)': f(r.sumLtDrawing),
    'longest task scrolling (ms)': f(r.maxLtScroll),
    'Next low → shown (ms)': f(r.nextMs),
  })),
);
console.log(
  `load after: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
