// Runs in headless Chromium (bundled by bench/library.mjs): what the project library costs with
// 50 projects of 5,000 rows each, on real IndexedDB. One page writes them; a fresh page, with
// nothing of them in its memory, opens the library as a user coming back would.
import { countAll } from '../src/core/progress.js';
import { deleteWorkspace, openWorkspace, type SegmentInit } from '../src/store/index.js';

const PROJECTS = 50;
const ROWS = 5_000;
const who = { role: 'translator', author: 'bench' } as const;

export interface BenchRow {
  what: string;
  value: number;
  unit: string;
  note?: string;
}

const rows = (n: number): SegmentInit[] =>
  Array.from({ length: n }, (_, i) => ({
    source: `这是第${i}个句子，用来测量项目列表在五十个项目上的速度。`,
    target: i % 3 ? `This is sentence number ${i}.` : '',
    status: i % 3 ? (i % 2 ? 'translated' : 'draft') : 'new',
  }));

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

export async function writeLibraryBench(): Promise<{ name: string; rows: BenchRow[] }> {
  const name = `bench-library-${Date.now()}`;
  const ws = await openWorkspace(name);
  const init = rows(ROWS);
  const [, tWrite] = await time(async () => {
    for (let i = 0; i < PROJECTS; i++)
      await ws.projects.create({ name: `P${i}`, sourceLang: 'zh-Hans', targetLang: 'en' }, init);
  });
  ws.close();
  const total = PROJECTS * ROWS;
  return {
    name,
    rows: [
      {
        what: `create ${PROJECTS} projects of ${ROWS.toLocaleString('en')} rows`,
        value: tWrite,
        unit: 'ms',
        note: `${total.toLocaleString('en')} rows, counts written with them`,
      },
    ],
  };
}

export async function runLibraryBench(name: string): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const [ws, tOpen] = await time(() => openWorkspace(name));
  out.push({ what: 'open the workspace', value: tOpen, unit: 'ms' });
  const [[list, progress], tLib] = await time(() =>
    Promise.all([ws.projects.list(), ws.projects.progress()]),
  );
  const rowsSeen = [...progress.values()].reduce((n, c) => n + c.rows, 0);
  out.push({
    what: 'library: list + every project’s progress',
    value: tLib,
    unit: 'ms',
    note: `${list.length} projects, ${rowsSeen.toLocaleString('en')} rows counted`,
  });
  const [, tList] = await time(() => ws.projects.list());
  out.push({ what: 'library: list only (as before)', value: tList, unit: 'ms' });
  // What the figures would cost read from the rows, as the grid's header counts them.
  const [, tRows] = await time(async () => {
    for (const p of list)
      for (const d of await ws.documents.list(p.id)) countAll(await ws.segments.all(d.id));
  });
  out.push({ what: 'the same figures counted from every row', value: tRows, unit: 'ms' });
  // Typing with the counts kept in the same transaction.
  const doc = (await ws.documents.list(list[0].id))[0];
  let row = (await ws.segments.page(doc.id, 10, 1))[0];
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    const r = await ws.edit(row.id, { target: `typed ${n}` }, row.rev, who);
    if (r.ok) row = r.segment;
    n++;
  }
  out.push({
    what: 'sustained edits of one row, durability strict',
    value: n / ((performance.now() - t0) / 1000),
    unit: 'edits/s',
    note: 'row + revision + undo step + counts',
  });
  // A missing record is counted again from the rows: all of them at once is what the v10 upgrade does.
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const tx = req.result.transaction('docCounts', 'readwrite');
      tx.objectStore('docCounts').clear();
      tx.oncomplete = () => (req.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
  const [, tRecount] = await time(() => ws.projects.progress());
  out.push({
    what: 'every record gone: count 250,000 rows again',
    value: tRecount,
    unit: 'ms',
    note: 'about what the v10 upgrade costs',
  });
  ws.close();
  await deleteWorkspace(name);
  return out;
}

declare global {
  interface Window {
    writeLibraryBench: typeof writeLibraryBench;
    runLibraryBench: typeof runLibraryBench;
  }
}
window.writeLibraryBench = writeLibraryBench;
window.runLibraryBench = runLibraryBench;
