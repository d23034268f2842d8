// npm run bench:qa-app — quality checks in the built app (headless Chromium): check all rows of
// a 10,000-row project in the Worker, from the click to the counts shown; typing that changes a
// number, from the keystroke to the row's badge; and the main thread's long tasks while typing
// with the checks on. The project is loaded as a user would: by restoring a backup in the
// library. Prints a table; nothing here is asserted.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';

if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

const ROWS = 10_000;
const PAIRS = [
  [
    '开源峰会在杭州开幕，来自{n}个国家的开发者齐聚一堂。',
    'The open-source summit opened in Hangzhou with developers from {n} countries.',
  ],
  ['维护者每周要花{n}个小时回复问题。', 'Maintainers spend {n} hours a week answering questions.'],
  [
    '下一届会议将于明年秋季举行，地点在成都。',
    'The next meeting will be held in Chengdu next autumn.',
  ],
  ['据统计，提交的议题比去年增加了百分之四十。', 'Talk proposals rose by 40% on last year.'],
];

function backup() {
  const now = Date.now();
  const segments = [];
  for (let i = 0; i < ROWS; i++) {
    const [zh, en] = PAIRS[i % PAIRS.length];
    const n = (i % 90) + 10;
    // One row in 50 has a number changed in translation: findings to show, as in real work.
    const m = i % 50 === 7 ? n + 1 : n;
    segments.push({
      id: `q-s${i}`,
      docId: 'q-d',
      order: String(i).padStart(6, '0') + 'i',
      paragraphStart: i % 8 === 0,
      source: zh.replace('{n}', String(n)),
      target: en.replace('{n}', String(m)),
      status: 'translated',
      link: { source: 1, target: 1 },
      confidence: 0.9,
      note: '',
      updatedAt: now,
      rev: 1,
    });
  }
  return {
    format: 'bitext-workbench-backup',
    schemaVersion: 2,
    exportedAt: now,
    projects: [
      {
        id: 'q',
        name: 'QA bench',
        sourceLang: 'zh-Hans',
        targetLang: 'en',
        createdAt: now,
        updatedAt: now,
      },
    ],
    documents: [{ id: 'q-d', projectId: 'q', name: 'QA bench', order: 0 }],
    segments,
    revisions: [],
    versions: [],
    settings: [],
  };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(0)} ms`;
const spread = (xs) => `${ms(pct(xs, 50))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;

const file = join(mkdtempSync(join(tmpdir(), 'bt-bench-qa-')), 'qa-backup.json');
writeFileSync(file, JSON.stringify(backup()));

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const url = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS,
  headless: true,
});
const page = await (
  await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } })
).newPage();

await page.goto(url + '#/');
await page.getByRole('heading', { name: 'Projects' }).waitFor();
await page.getByLabel('Backup file').setInputFiles(file);
await page.getByText(/Backup restored/).waitFor({ timeout: 120_000 });
await page.goto(`${url}#/p/q`);
await page.getByRole('textbox', { name: 'Translation 1', exact: true }).waitFor();
await page.waitForFunction(
  (rows) =>
    document
      .querySelector('bt-app')
      ?.shadowRoot?.querySelector('bt-grid-page')
      ?.shadowRoot?.querySelector('bt-editor')
      ?.shadowRoot?.querySelector('[role="grid"]')
      ?.getAttribute('aria-rowcount') === String(rows),
  ROWS,
);

// Check all rows: click → the counts of a complete run are shown.
await page.getByRole('button', { name: 'Quality checks' }).click();
const runs = [];
let summary = '';
for (let i = 0; i < 3; i++) {
  const button = page.getByRole('button', { name: /^Check all rows/ });
  await button.waitFor();
  const t0 = Date.now();
  await button.click();
  await page.getByRole('progressbar', { name: 'Checking rows' }).waitFor({ state: 'detached' });
  const status = page.getByRole('status').filter({ hasText: /^Errors: \d+/ });
  await status.waitFor();
  runs.push(Date.now() - t0);
  summary = (await status.innerText()).trim();
}

// Typing that changes a number: keystroke → the row's badge.
const badge = [];
for (const n of [2, 3, 4, 5, 6]) {
  const cell = page.getByRole('textbox', { name: `Translation ${n}`, exact: true });
  await cell.click();
  await page.keyboard.press('End');
  const row = page.locator('bt-segment-row', { has: cell });
  const t0 = Date.now();
  await page.keyboard.type(' 7');
  await row.locator('.qa').waitFor();
  badge.push(Date.now() - t0);
}

// Long tasks (> 50 ms) on the main thread while typing 60 characters with the checks on.
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) =>
    window.__long.push(...l.getEntries().map((e) => e.duration)),
  ).observe({
    type: 'longtask',
  });
});
const cell = page.getByRole('textbox', { name: 'Translation 7', exact: true });
await cell.click();
await page.keyboard.press('End');
await page.keyboard.type(' and then twenty-one more people came to the 3rd meeting', { delay: 30 });
await page.waitForTimeout(500);
const longTasks = await page.evaluate(() => window.__long);

await browser.close();
await new Promise((r) => server.httpServer.close(r));

const rows = [
  [
    `check all ${ROWS.toLocaleString('en')} rows in the Worker, click → counts shown: median of 3 (min–max)`,
    spread(runs),
  ],
  ['what that run found', summary],
  [
    'typing that changes a number, keystroke → the row’s badge (150 ms pause included): median of 5 (min–max)',
    spread(badge),
  ],
  [
    'long tasks (> 50 ms) while typing 57 characters into a row of the 10,000',
    `${longTasks.length}${longTasks.length ? ` (longest ${ms(Math.max(...longTasks))})` : ''}`,
  ],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [k, v] of rows) console.log(`${k.padEnd(w)}  ${v}`);
