// `npm run bench:idb-rows`: what IndexedDB itself costs to store 261,941 rows like the big TMX's
// (bench:import), with nothing of the app around it, in headless Chromium with a profile on disk:
// one record per row with the app's [docId, order] index (as the app stores rows), the same without
// the index, and 100 rows per record. Batches of 5,000 rows a transaction, relaxed durability.
// Prints figures; nothing is asserted. `BENCH_IN_MEMORY=1` uses a profile kept in memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs helper shared with the test runner config
import { findChrome, CHROME_ARGS } from '../scripts/find-chrome.mjs';
import { BIG } from './big-tmx.js';
import { browserRss } from './browser-rss.js';

type Mode = 'rows' | 'no-index' | 'chunks';
const MB = 2 ** 20;
const inMemory = process.env.BENCH_IN_MEMORY === '1';

// Runs in the page, as a string: the bundler's helpers must not leak into it.
const WRITE = `async ({ mode, n, batch }) => {
  const db = await new Promise((res, rej) => {
    const q = indexedDB.open('bench', 1);
    q.onupgradeneeded = () => {
      const st = q.result.createObjectStore('segments', { keyPath: 'id' });
      if (mode !== 'no-index') st.createIndex('byDoc', ['docId', 'order']);
    };
    q.onsuccess = () => res(q.result);
    q.onerror = () => rej(q.error);
  });
  const doc = crypto.randomUUID();
  const row = (j) => ({
    id: crypto.randomUUID(), docId: doc, order: String(j).padStart(8, '0'), paragraphStart: false,
    source: '太平寺始建于南北朝齐梁时期，第' + j + '条。', target: 'The temple was founded, item ' + j + '.',
    status: 'translated', link: { source: 1, target: 1 }, confidence: 1, note: '',
    updatedAt: Date.now(), rev: 1,
  });
  for (let i = 0; i < n; i += batch) {
    await new Promise((res, rej) => {
      const tx = db.transaction(['segments'], 'readwrite', { durability: 'relaxed' });
      const st = tx.objectStore('segments');
      const end = Math.min(n, i + batch);
      if (mode === 'chunks')
        for (let j = i; j < end; j += 100) {
          const rows = [];
          for (let k = j; k < Math.min(end, j + 100); k++) rows.push(row(k));
          st.add({ id: crypto.randomUUID(), docId: doc, order: String(j).padStart(8, '0'), rows });
        }
      else for (let j = i; j < end; j++) st.add(row(j));
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
  }
  db.close();
}`;

const server = createServer((_q, r) => r.end('<!doctype html><title>bench</title>')).listen(0);
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
console.log(
  `\n${BIG.toLocaleString('en')} rows stored in IndexedDB (headless Chromium, ${inMemory ? 'in-memory' : 'on-disk'} profile), 5,000 a transaction\n`,
);
console.log(
  '| how the rows are stored | time | peak extra memory: all processes / browser process |',
);
console.log('| --- | ---: | ---: |');
for (const mode of ['rows', 'no-index', 'chunks'] as Mode[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bt-bench-idb-'));
  const launch = {
    executablePath: findChrome() as string,
    args: CHROME_ARGS as string[],
    headless: true,
  };
  const browser = inMemory ? await chromium.launch(launch) : undefined;
  const ctx = browser
    ? await browser.newContext()
    : await chromium.launchPersistentContext(dir, launch);
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    const base = browserRss();
    const peak = { total: 0, browser: 0 };
    let on = true;
    const sampler = (async () => {
      while (on) {
        const r = browserRss();
        peak.total = Math.max(peak.total, r.total - base.total);
        peak.browser = Math.max(peak.browser, r.browser - base.browser);
        await new Promise((res) => setTimeout(res, 100));
      }
    })();
    const t = performance.now();
    await page.evaluate(`(${WRITE})(${JSON.stringify({ mode, n: BIG, batch: 5000 })})`);
    const ms = performance.now() - t;
    on = false;
    await sampler;
    const what = {
      rows: 'one record per row, [docId, order] index (as the app)',
      'no-index': 'one record per row, no index',
      chunks: '100 rows per record, index',
    }[mode];
    console.log(
      `| ${what} | ${(ms / 1000).toFixed(1)} s | ${(peak.total / MB).toFixed(0)} / ${(peak.browser / MB).toFixed(0)} MB |`,
    );
  } finally {
    await ctx.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
server.close();
