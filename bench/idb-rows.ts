// `npm run bench:idb-rows`: what IndexedDB itself costs to store 261,941 rows like the big TMX's
// (bench:import), with nothing of the app around it, in headless Chromium with a profile on disk:
// one record per row with the app's [docId, order] index (as the app stored every row before v9),
// the same without the index, and 100 rows per record with two ways of finding a row's chunk by
// the row's id: a multiEntry index on the chunk's row ids (chunks keyed [docId, first order]), or
// ids that name their chunk (`<chunk id>.<n>`, chunks keyed by id with a [docId, first] index: as
// the app's `segmentChunks` since v9). Batches of
// 5,000 rows a transaction, relaxed durability; then 1,000 rows looked up by id, one request each;
// then every row read back in a fresh page, and the JS heap the copies kept hold (after a GC).
// Prints figures; nothing is asserted. `BENCH_IN_MEMORY=1` uses a profile kept in memory;
// `BENCH_MODES=chunks,chunks-ids` runs only those modes.
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

type Mode = 'rows' | 'no-index' | 'chunks' | 'chunks-ids';
const MB = 2 ** 20;
const inMemory = process.env.BENCH_IN_MEMORY === '1';

// Runs in the page, as a string: the bundler's helpers must not leak into it.
const WRITE = `async ({ mode, n, batch }) => {
  const chunked = mode === 'chunks' || mode === 'chunks-ids';
  const db = await new Promise((res, rej) => {
    const q = indexedDB.open('bench', 1);
    q.onupgradeneeded = () => {
      if (chunked) {
        // As the app: keyed by a chunk id, read in order by [docId, first]; or found by row id.
        const named = mode === 'chunks';
        const st = q.result.createObjectStore('segments', { keyPath: named ? 'id' : ['docId', 'first'] });
        if (named) st.createIndex('byDoc', ['docId', 'first']);
        else st.createIndex('byRow', 'ids', { multiEntry: true });
      } else {
        const st = q.result.createObjectStore('segments', { keyPath: 'id' });
        if (mode !== 'no-index') st.createIndex('byDoc', ['docId', 'order']);
      }
    };
    q.onsuccess = () => res(q.result);
    q.onerror = () => rej(q.error);
  });
  const doc = crypto.randomUUID();
  const ids = [];
  const row = (j, id) => ({
    id, docId: doc, order: String(j).padStart(8, '0'), paragraphStart: false,
    source: '太平寺始建于南北朝齐梁时期，第' + j + '条。', target: 'The temple was founded, item ' + j + '.',
    status: 'translated', link: { source: 1, target: 1 }, confidence: 1, note: '',
    updatedAt: Date.now(), rev: 1,
  });
  const t0 = performance.now();
  for (let i = 0; i < n; i += batch) {
    await new Promise((res, rej) => {
      const tx = db.transaction(['segments'], 'readwrite', { durability: 'relaxed' });
      const st = tx.objectStore('segments');
      const end = Math.min(n, i + batch);
      if (chunked)
        for (let j = i; j < end; j += 100) {
          const rows = [];
          const first = String(j).padStart(8, '0');
          const chunk = crypto.randomUUID();
          for (let k = j; k < Math.min(end, j + 100); k++) {
            const id = mode === 'chunks' ? chunk + '.' + (k - j) : crypto.randomUUID();
            rows.push(row(k, id));
          }
          ids.push(...rows.map((r) => r.id));
          st.add(mode === 'chunks-ids' ? { docId: doc, first, ids: rows.map((r) => r.id), rows } : { id: chunk, docId: doc, first, rows });
        }
      else for (let j = i; j < end; j++) { const r = row(j, crypto.randomUUID()); ids.push(r.id); st.add(r); }
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
  }
  const write = performance.now() - t0;
  const t1 = performance.now();
  const tx = db.transaction(['segments'], 'readonly');
  const st = tx.objectStore('segments');
  const req = (q) => new Promise((res, rej) => { q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  for (let i = 0; i < 1000; i++) {
    const id = ids[Math.floor(Math.random() * ids.length)];
    let found;
    if (mode === 'chunks-ids') found = (await req(st.index('byRow').get(id))).rows.find((r) => r.id === id);
    else if (mode === 'chunks') found = (await req(st.get(id.slice(0, id.lastIndexOf('.'))))).rows.find((r) => r.id === id);
    else found = await req(st.get(id));
    if (!found) throw new Error('lost ' + id);
  }
  const lookup = performance.now() - t1;
  db.close();
  return { write, lookup };
}`;

// Reads every row back in a fresh page, 10,000 rows (or 100 chunks) a request, each row copied
// into a new object as the app's compact.ts does, and keeps them (window.kept) for the heap figure.
const READ = `async ({ mode }) => {
  const chunked = mode === 'chunks' || mode === 'chunks-ids';
  const db = await new Promise((res, rej) => {
    const q = indexedDB.open('bench', 1);
    q.onsuccess = () => res(q.result);
    q.onerror = () => rej(q.error);
  });
  const t0 = performance.now();
  const kept = [];
  const tx = db.transaction(['segments'], 'readonly');
  const st = tx.objectStore('segments');
  const src = mode === 'rows' ? st.index('byDoc') : mode === 'chunks' ? st.index('byDoc') : st;
  const req = (q) => new Promise((res, rej) => { q.onsuccess = () => res(q.result); q.onerror = () => rej(q.error); });
  let range = null;
  for (;;) {
    const page = await req(src.getAll(range, chunked ? 100 : 10000));
    for (const v of page)
      for (const r of chunked ? v.rows : [v])
        kept.push({ id: r.id, docId: r.docId, order: r.order, paragraphStart: r.paragraphStart,
          source: r.source, target: r.target, status: r.status, link: r.link,
          confidence: r.confidence, note: r.note, updatedAt: r.updatedAt, rev: r.rev });
    if (page.length < (chunked ? 100 : 10000)) break;
    const last = page[page.length - 1];
    const key = mode === 'rows' ? [last.docId, last.order] : mode === 'chunks' ? [last.docId, last.first] : mode === 'chunks-ids' ? [last.docId, last.first] : last.id;
    range = IDBKeyRange.lowerBound(key, true);
  }
  window.kept = kept;
  db.close();
  return { read: performance.now() - t0, n: kept.length };
}`;

const server = createServer((_q, r) => r.end('<!doctype html><title>bench</title>')).listen(0);
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
console.log(
  `\n${BIG.toLocaleString('en')} rows stored in IndexedDB (headless Chromium, ${inMemory ? 'in-memory' : 'on-disk'} profile), 5,000 a transaction\n`,
);
console.log(
  '| how the rows are stored | time to write | 1,000 rows by id | peak extra memory writing: all processes / browser process | read all back (fresh page) | JS heap they hold |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
const ALL: Mode[] = ['rows', 'no-index', 'chunks-ids', 'chunks'];
const modes = process.env.BENCH_MODES ? (process.env.BENCH_MODES.split(',') as Mode[]) : ALL;
for (const mode of modes) {
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
    const { write, lookup } = (await page.evaluate(
      `(${WRITE})(${JSON.stringify({ mode, n: BIG, batch: 5000 })})`,
    )) as { write: number; lookup: number };
    on = false;
    await sampler;
    await page.close();
    const reader = await ctx.newPage();
    await reader.goto(url);
    const cdp = await ctx.newCDPSession(reader);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    };
    const before = await heap();
    const { read, n } = (await reader.evaluate(`(${READ})(${JSON.stringify({ mode })})`)) as {
      read: number;
      n: number;
    };
    if (n !== BIG) throw new Error(`read ${n} rows, not ${BIG}`);
    const held = (await heap()) - before;
    const what = {
      rows: 'one record per row, [docId, order] index (as the app before v9)',
      'no-index': 'one record per row, no index',
      'chunks-ids': '100 rows per record, multiEntry index on the row ids',
      chunks: '100 rows per record, ids name their chunk (as the app)',
    }[mode];
    console.log(
      `| ${what} | ${(write / 1000).toFixed(1)} s | ${lookup.toFixed(0)} ms | ${(peak.total / MB).toFixed(0)} / ${(peak.browser / MB).toFixed(0)} MB | ${(read / 1000).toFixed(1)} s | ${(held / MB).toFixed(0)} MB |`,
    );
  } finally {
    await ctx.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
server.close();
