// `npm run bench:tm-units`: the TM page's unit editor at 1,000,000 units (BENCH_TM_UNITS to change),
// on the production build in headless Chromium. A TMX of real pairs of ../shared/data and their
// variants (synthetic text when the data is absent) plus a few units of their own holding a rare
// phrase is imported through the TM page; then, with no project open, Units… is opened and
// searched as a translator would (phrase typed, Enter), each search timed from Enter until the
// list's status names the phrase: the first units (empty search), a rare phrase, a common word and
// phrases no unit holds (the worst case for a scan), in Chinese and English, then a search right
// after a unit was edited (BENCH_FIRST: another phrase searched first). Prints figures; nothing
// here is asserted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { writeTmUnitsTmx } from '../src/core/tm/files.js';
import type { TmUnit } from '../src/core/tm/types.js';
import { browserRss } from './browser-rss.js';
import { loadBasePairs } from './tm-data.js';
import { makeTm } from './tm-gen.js';

const UNITS = Number(process.env.BENCH_TM_UNITS ?? 1_000_000);
/** Rare units: three hold 光谱仪 / spectrometer, nothing else does. */
const RARE: [string, string][] = [
  ['这台光谱仪的校准证书已过期。', 'The calibration certificate of this spectrometer has expired.'],
  ['请把光谱仪送回实验室。', 'Please send the spectrometer back to the lab.'],
  ['新光谱仪下周到货。', 'The new spectrometer arrives next week.'],
];
const SEARCHES: { label: string; phrase: string }[] = [
  { label: 'rare phrase, Chinese (3 units)', phrase: '光谱仪' },
  { label: 'rare word, English (3 units)', phrase: 'spectrometer' },
  { label: 'common word, Chinese', phrase: '的' },
  { label: 'common word, English', phrase: 'the' },
  { label: 'in no unit, Chinese', phrase: '区块链' },
  { label: 'in no unit, English', phrase: 'blockchain' },
  { label: 'in no unit, English phrase', phrase: 'quantum entanglement' },
];

if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

function tmUnits(): { units: TmUnit[]; text: string } {
  const base = loadBasePairs();
  const n = UNITS - RARE.length;
  let units: TmUnit[];
  let text = 'real pairs of ../shared/data and their variants';
  if (base.length > 0) units = makeTm(base, n, 'zh-en');
  else {
    text = 'synthetic (../shared/data absent)';
    units = Array.from({ length: n }, (_, i) => ({
      id: `u${i}`,
      source: `这是第${i}号测试句子，用于检索。`,
      target: `This is test sentence number ${i}, for the search.`,
      createdAt: i,
      changedAt: i,
    }));
  }
  RARE.forEach(([source, target], k) =>
    // Spread through the TM, as rare units are.
    units.splice(Math.floor(((k + 1) * units.length) / (RARE.length + 1)), 0, {
      id: `rare${k}`,
      source,
      target,
      createdAt: 1,
      changedAt: 1,
    }),
  );
  return { units, text };
}

const MB = 2 ** 20;
const dir = mkdtempSync(join(tmpdir(), 'bt-bench-tm-units-'));
const file = join(dir, 'tm.tmx');
const made = tmUnits();
writeFileSync(file, writeTmUnitsTmx(made.units, { sourceLang: 'zh-CN', targetLang: 'en' }));
const size = statSync(file).size;
const loads: string[] = [];
const load = () =>
  loads.push(
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' / '),
  );
load();

// BENCH_DIST serves another build (e.g. main's, built with `vite build --outDir dist-main`), so
// before and after are measured in the same minutes.
const server = await preview({
  build: { outDir: process.env.BENCH_DIST ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'silent',
});
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({
  executablePath: findChrome() as string,
  args: CHROME_ARGS as string[],
  headless: true,
});
try {
  const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error' || process.env.BENCH_DEBUG)
      console.log(`[page ${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('crash', () => console.log('[page crashed]'));
  await page.goto(url + '#/tm');
  await page.getByRole('heading', { name: 'Translation memories' }).waitFor();
  await page.getByRole('textbox', { name: 'Name' }).fill('Bench');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const input = page.getByLabel('Import a file into Bench', { exact: true });
  await input.waitFor({ state: 'attached' });
  const t0 = performance.now();
  await input.setInputFiles(file);
  await page
    .getByRole('status')
    .filter({ hasText: /^\s*Imported / })
    .waitFor({ timeout: 1_800_000 });
  console.log(`imported in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  load();

  const rss0 = browserRss();
  const status = page.locator('bt-tm-units p[role=status]');
  const field = page.getByRole('searchbox', { name: 'Word or phrase' });
  const t1 = performance.now();
  await page.getByRole('button', { name: 'Search and edit the units of Bench' }).click();
  await status.waitFor({ timeout: 600_000 });
  const opened = performance.now() - t1;
  const said = async () => ((await status.textContent()) ?? '').trim().replace(/\s+/g, ' ');
  const firstStatus = await said();

  /** Enter → the status names the phrase (or, for the empty search, the first units). */
  const search = async (phrase: string) => {
    await field.fill(phrase);
    const want = phrase ? `“${phrase}”` : 'The first';
    // The status of the previous search must not count: it names another phrase.
    const t = performance.now();
    await field.press('Enter');
    await status
      .filter({ hasText: want })
      .waitFor({ timeout: 120_000 })
      .catch(async (e: unknown) => {
        throw new Error(`no answer to “${phrase}”; the list says “${await said()}”: ${String(e)}`);
      });
    return { ms: performance.now() - t, said: await said() };
  };
  const rows: { label: string; times: number[]; said: string }[] = [];
  const run = async (label: string, phrase: string) => {
    const times: number[] = [];
    let last = '';
    for (let i = 0; i < 3; i++) {
      // Another phrase between runs, so the status changes each time.
      if (i > 0) await search(phrase ? '' : 'spectrometer');
      const r = await search(phrase);
      times.push(r.ms);
      last = r.said;
    }
    rows.push({ label, times, said: last });
    console.log(`${label}: ${times.map((x) => x.toFixed(0)).join(', ')} ms`);
  };
  // BENCH_FIRST: a phrase searched first of all, right after opening (while the TM is read).
  const firstPhrase = process.env.BENCH_FIRST;
  if (firstPhrase) await run(`“${firstPhrase}” searched first`, firstPhrase);
  for (const s of SEARCHES) await run(s.label, s.phrase);
  await run('empty search (the first units)', '');
  load();

  // An edit through the editor, then the same search: the edited unit must be found by its text.
  await search('光谱仪');
  await page.getByRole('button', { name: 'Edit unit 1' }).click();
  await page.getByRole('textbox', { name: 'Translation of unit 1' }).fill('A fluorimeter, edited.');
  await page.locator('bt-tm-units').getByRole('button', { name: 'Save' }).click();
  // Stored and listed again (the list shows the new text): then the search is timed.
  await page.locator('bt-tm-units li').filter({ hasText: 'A fluorimeter, edited.' }).waitFor();
  const t2 = performance.now();
  await search('fluorimeter');
  const afterEdit = performance.now() - t2;
  const editSaid = await said();
  const rss1 = browserRss();
  load();

  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `\n${UNITS.toLocaleString('en')}-unit TM (${made.text}), ${(size / MB).toFixed(1)} MiB TMX, ` +
      `imported through the TM page; the editor searched with no project open (headless Chromium, ` +
      `production build). Load average (1/5/15 min) before, after import, after searches, at the end: ` +
      `${loads.join(' → ')}\n`,
  );
  console.log('| search | first | twice more | the list said |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(`| Units… opened (first units) | ${ms(opened)} | | ${firstStatus} |`);
  for (const r of rows)
    console.log(
      `| ${r.label} | ${ms(r.times[0] ?? 0)} | ${r.times.slice(1).map(ms).join(' / ')} | ${r.said} |`,
    );
  console.log(`| a unit edited, then its new word searched | ${ms(afterEdit)} | | ${editSaid} |`);
  console.log(
    `\nMemory of the browser's processes after the searches, beyond after the import: all ${((rss1.total - rss0.total) / MB).toFixed(0)} MB, renderers ${((rss1.renderer - rss0.renderer) / MB).toFixed(0)} MB`,
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
}
