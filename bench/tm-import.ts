// `npm run bench:tm-import`: a TMX of 1,000,000 zh/en units (BENCH_TM_UNITS to change; synthetic,
// or BENCH_TM_TEXT=real for the real pairs of bench:tm and their variants) imported
// into a translation memory through the TM page of the production build in headless Chromium:
// time, peak memory above the page before the file was chosen, how long the page's main thread
// was ever blocked meanwhile (the UI answering), storage per 100,000 units
// (navigator.storage.estimate), and then, for a new project reading that TM, the time from
// Create until matches are served. Prints figures; nothing here is asserted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { writeTmUnitsTmx } from '../src/core/tm/files.js';
import { writeBigTmx } from './big-tmx.js';
import { browserRss } from './browser-rss.js';
import { loadBasePairs } from './tm-data.js';
import { makeTm } from './tm-gen.js';

const UNITS = Number(process.env.BENCH_TM_UNITS ?? 1_000_000);
/** `BENCH_TM_TEXT=real`: the TM of bench:tm (real pairs of ../shared/data and their variants). */
const REAL = process.env.BENCH_TM_TEXT === 'real';
if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

const MB = 2 ** 20;
const dir = mkdtempSync(join(tmpdir(), 'bt-bench-tm-import-'));
const file = join(dir, 'tm.tmx');
let probe = '是常州最古老的佛寺之一，第12345条。';
if (REAL) {
  const units = makeTm(loadBasePairs(), UNITS, 'zh-en');
  if (units.length === 0) throw new Error('BENCH_TM_TEXT=real needs ../shared/data');
  // One sentence (the project cuts its text into sentences), so row 1 has a 100 % match.
  probe = units.find((u) => /^[^。！？]+[。！？]$/.test(u.source))?.source ?? probe;
  writeFileSync(file, writeTmUnitsTmx(units, { sourceLang: 'zh-CN', targetLang: 'en' }));
} else writeBigTmx(file, UNITS);
const size = statSync(file).size;
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: findChrome() as string,
  args: CHROME_ARGS as string[],
  headless: true,
});
try {
  const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  // What the app warns about (a failed store of the index, say) and a crash, as they happen.
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error')
      console.log(`[page ${m.type()}] ${m.text()}`);
  });
  page.on('crash', () => console.log('[page crashed]'));
  await page.goto(url + '#/tm');
  await page.getByRole('heading', { name: 'Translation memories' }).waitFor();
  await page.getByRole('textbox', { name: 'Name' }).fill('Bench');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const input = page.getByLabel('Import a file into Bench', { exact: true });
  await input.waitFor({ state: 'attached' });
  const estimate = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const before = await estimate();
  // The longest gap between 20 ms timer ticks on the page's main thread: how long a click or a
  // key would have waited at worst.
  // (A string: the bench runs through tsx, whose helpers do not exist in the page.)
  await page.evaluate(`{
    window.__gap = 0;
    window.__stop = false;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      window.__gap = Math.max(window.__gap, now - last);
      last = now;
      if (!window.__stop) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  }`);
  const base = browserRss();
  const peak = { total: 0, renderer: 0 };
  const progress = new Set<string>();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const r = browserRss();
      peak.total = Math.max(peak.total, r.total - base.total);
      peak.renderer = Math.max(peak.renderer, r.renderer - base.renderer);
      const bar = await page
        .getByRole('progressbar')
        .getAttribute('value', { timeout: 50 })
        .catch(() => null);
      if (bar !== null) progress.add(bar);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();

  const t0 = performance.now();
  await input.setInputFiles(file);
  const done = page.getByRole('status').filter({ hasText: /^\s*Imported / });
  const failed = page.getByRole('alert');
  await Promise.race([
    done.waitFor({ timeout: 1_800_000 }),
    failed.waitFor({ timeout: 1_800_000 }).then(async () => {
      throw new Error(`import failed: ${await failed.textContent()}`);
    }),
  ]);
  const imported = performance.now();
  console.log(`imported in ${((imported - t0) / 1000).toFixed(1)} s`);
  sampling = false;
  await sampler;
  const gap = Number(await page.evaluate('window.__stop = true, window.__gap'));
  const summary = ((await done.textContent()) ?? '').trim().replace(/\s+/g, ' ');
  const after = await estimate();
  // What storing one confirmed row reads to keep its pair once: every block's duplicate keys
  // (median of 5, raw IndexedDB; absent before the units were stored in blocks).
  const keysMs = (await page.evaluate(`new Promise((resolve, reject) => {
    const req = indexedDB.open('bitext-workbench');
    req.onerror = () => reject(req.error);
    req.onsuccess = async () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('tmBlockKeys')) return (db.close(), resolve(null));
      const times = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await new Promise((ok) => {
          db.transaction('tmBlockKeys').objectStore('tmBlockKeys').getAll().onsuccess = ok;
        });
        times.push(performance.now() - t);
      }
      db.close();
      resolve(times.sort((a, b) => a - b)[2]);
    };
  })`)) as number | null;

  // A new project of three sentences reading the workspace's main TM (the one just filled): the
  // first builds the TM's index and stores it; the second restores it.
  const openProject = async () => {
    await page.goto(url + '#/new');
    await page.getByLabel('Source text (Chinese)').fill(probe);
    const t1 = performance.now();
    await page.getByRole('button', { name: 'Create project to translate' }).click();
    // The side panel stays open from one project to the next: a second click would close it.
    const tab = page.getByRole('tab', { name: 'Matches' });
    await page.getByRole('button', { name: 'History & versions' }).waitFor();
    if (!(await tab.isVisible()))
      await page.getByRole('button', { name: 'History & versions' }).click();
    await tab.click();
    await page
      .getByRole('list', { name: 'Translation memory matches for row 1' })
      .waitFor({ timeout: 1_800_000 });
    const ms = performance.now() - t1;
    // Row 1's 100 % match may come from storage while the index still loads: wait for it too.
    const panelStatus = page.locator('bt-matches-panel p[role=status]');
    await panelStatus.filter({ hasText: /served/ }).waitFor({ timeout: 1_800_000 });
    const ready = performance.now() - t1;
    const status = ((await panelStatus.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    return { ms, ready, status };
  };
  /** Stored TM indexes (the store's `tmSnapshots`), read with raw IndexedDB. */
  const snapshots = () =>
    page.evaluate(`new Promise((resolve, reject) => {
      const req = indexedDB.open('bitext-workbench');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        const r = db.transaction('tmSnapshots').objectStore('tmSnapshots').count();
        r.onsuccess = () => (db.close(), resolve(r.result));
      };
    })`) as Promise<number>;
  const first = await openProject();
  console.log(`first project served in ${(first.ms / 1000).toFixed(1)} s`);
  const t2 = performance.now();
  const beforeSave = await estimate();
  while ((await snapshots()) === 0 && performance.now() - t2 < 600_000)
    await new Promise((r) => setTimeout(r, 500));
  const saved = performance.now() - t2;
  console.log(`index stored after ${(saved / 1000).toFixed(1)} s`);
  const snapshotBytes = (await estimate()) - beforeSave;
  const second = await openProject();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (n: number) => `${(n / MB).toFixed(0)} MB`;
  console.log(
    `\n${UNITS.toLocaleString('en')}-unit TMX (${REAL ? 'real pairs and variants' : 'synthetic'}), ${(size / MB).toFixed(1)} MiB, imported through the TM ` +
      `page of the production build (headless Chromium); load average before: ${load}\n`,
  );
  console.log(`The page said: "${summary}"\n`);
  console.log('| measure | figure | target |');
  console.log('| --- | ---: | ---: |');
  console.log(`| import: file chosen → "Imported" | ${s(imported - t0)} | ≤ 60 s |`);
  console.log(
    `| peak extra memory, all browser processes / the renderer | ${mb(peak.total)} / ${mb(peak.renderer)} | ≤ 1 GB |`,
  );
  console.log(`| longest main-thread stall during the import | ${gap.toFixed(0)} ms | |`);
  console.log(
    `| a confirmed row's duplicate check: every block's keys read | ${keysMs === null ? '—' : `${keysMs.toFixed(0)} ms`} | |`,
  );
  console.log(`| progress values the bar showed | ${progress.size} | |`);
  console.log(
    `| storage per 100,000 units (storage.estimate delta) | ${mb(((after - before) * 100_000) / UNITS)} | |`,
  );
  console.log(
    `| new project reading the TM: Create → matches shown for row 1 | ${s(first.ms)} | |`,
  );
  console.log(`| … until the index is ready (all matches) | ${s(first.ready)} | |`);
  console.log(`| … the panel's own figure | ${first.status} | |`);
  console.log(`| … then its index stored, after the matches were shown | ${s(saved)} | |`);
  console.log(`| storage of that index (storage.estimate delta) | ${mb(snapshotBytes)} | |`);
  console.log(
    `| another new project, index restored: Create → matches shown | ${s(second.ms)} | |`,
  );
  console.log(`| … until the index is ready (all matches) | ${s(second.ready)} | |`);
  console.log(`| … the panel's own figure | ${second.status} | |`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
}
