// Runs in headless Chromium (bundled by bench/store.mjs): measures the store on real IndexedDB.
// Two phases in two pages: one writes the rows; a fresh page, with nothing of the first in its
// memory, then opens the document and runs the rest, as a user coming back to it would.
import { deleteWorkspace, openWorkspace, type SegmentInit } from '../src/store/index.js';

const who = { role: 'translator', author: 'bench' } as const;

export interface BenchRow {
  what: string;
  value: number;
  unit: string;
  note?: string;
}

const rows = (n: number): SegmentInit[] =>
  Array.from({ length: n }, (_, i) => ({
    source: `这是第${i}个句子，用来测量本地存储在一万行文档上的速度。`,
    target: `This is sentence number ${i}, used to measure local storage on a ten-thousand-row document.`,
  }));

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Adds revisions straight through IndexedDB (the app would need hours of typing for 200,000). */
function addRevisions(
  dbName: string,
  docId: string,
  segIds: string[],
  total: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('revisions', 'readwrite');
      const store = tx.objectStore('revisions');
      const t0 = Date.now() - total;
      for (let i = 0; i < total; i++) {
        store.add({
          segmentId: segIds[i % segIds.length],
          docId,
          field: 'target',
          before: `draft ${i - 1}`,
          after: `draft ${i}`,
          role: 'translator',
          author: 'bench',
          at: t0 + i,
          opId: `op${i}`,
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Phase 1: writes a 10,000-row document; returns the database name for phase 2. */
export async function writeStoreBench(): Promise<{ name: string; rows: BenchRow[] }> {
  const name = `bench-${Date.now()}`;
  const out: BenchRow[] = [];
  const ws = await openWorkspace(name);
  const { document: doc } = await ws.projects.create({
    name: 'Bench',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
  });
  const data = rows(10_000);
  const u0 = await usage();
  const [created, tWrite] = await time(() => ws.segments.bulkCreate(doc.id, data));
  out.push({ what: 'write 10,000 segments (one transaction)', value: tWrite, unit: 'ms' });
  const u1 = await usage();
  out.push({
    what: 'database size per 10,000 segments',
    value: (u1 - u0) / 1024 / 1024,
    unit: 'MB',
    note: 'navigator.storage.estimate() delta',
  });
  ws.close();
  if (created.length !== data.length) throw new Error(`wrote ${created.length} rows`);
  return { name, rows: out };
}

/** Phase 2, in a fresh page: open, page, edit, undo, version, history, list. */
export async function runStoreBench(name: string): Promise<BenchRow[]> {
  const out: BenchRow[] = [];
  const [first, tOpen] = await time(async () => {
    const again = await openWorkspace(name);
    const docs = await again.documents.list((await again.projects.list())[0].id);
    const count = await again.segments.count(docs[0].id);
    const page = await again.segments.page(docs[0].id, 0, 50);
    return { again, count, page };
  });
  out.push({
    what: 'open a 10,000-row document: connect + count + first 50 rows',
    value: tOpen,
    unit: 'ms',
    note: `target ≤ 300 ms; ${first.count} rows`,
  });
  const w = first.again;
  const doc = { id: first.page[0]!.docId };
  const [, tDeep] = await time(() => w.segments.page(doc.id, 9_000, 50));
  const created = await w.segments.page(doc.id, 0, 10_000);
  out.push({ what: 'a page of 50 rows at offset 9,000', value: tDeep, unit: 'ms' });

  const revs = new Map(created.map((s) => [s.id, s.rev]));
  let tries = 0;
  let accepted = 0;
  const tEdits = performance.now();
  while (performance.now() - tEdits < 3000) {
    const s = created[tries % created.length];
    const res = await w.edit(s.id, { target: `${s.target} (${tries})` }, revs.get(s.id)!, who);
    if (res.ok) {
      revs.set(s.id, res.segment.rev);
      accepted++;
    }
    tries++;
  }
  // Only accepted edits count: a refused one (a stale rev) writes nothing.
  const perSec = accepted / ((performance.now() - tEdits) / 1000);
  out.push({
    what: 'sustained edits, durability strict (row + revision + undo step)',
    value: perSec,
    unit: 'edits/s',
    note: `${accepted} accepted, ${tries - accepted} refused (not counted)`,
  });

  // Typing in one row: after its first edit the row lives on its own (store/rows.ts).
  const one = created[5_000];
  let oneRev = revs.get(one.id)!;
  let oneCount = 0;
  const tOne = performance.now();
  while (performance.now() - tOne < 2000) {
    const res = await w.edit(one.id, { target: `typed ${oneCount}` }, oneRev, who);
    if (res.ok) oneRev = res.segment.rev;
    oneCount++;
  }
  out.push({
    what: 'sustained edits of one row, durability strict',
    value: oneCount / ((performance.now() - tOne) / 1000),
    unit: 'edits/s',
  });

  const [, tUndo] = await time(() => w.undo(doc.id, who));
  out.push({ what: 'undo one edit', value: tUndo, unit: 'ms' });

  const [, tVersion] = await time(() => w.versions.save(doc.id, 'bench', 'bench'));
  out.push({ what: 'save a named version of 10,000 rows', value: tVersion, unit: 'ms' });

  // A replace-all over every row: one step that keeps the rows in their chunks (store/rows.ts).
  const before = await w.segments.all(doc.id);
  const patches = before.map((s) => ({
    id: s.id,
    patch: { target: s.target.replace('sentence', 'phrase') },
  }));
  const [, tReplace] = await time(() => w.structure.updateMany(doc.id, patches, who));
  out.push({ what: 'replace-all over 10,000 rows (one step)', value: tReplace, unit: 'ms' });
  const [, tRead] = await time(() => w.segments.all(doc.id));
  out.push({ what: 'read all 10,000 rows after it', value: tRead, unit: 'ms' });
  const [, tUndoAll] = await time(() => w.undo(doc.id, who));
  out.push({ what: 'undo the replace-all', value: tUndoAll, unit: 'ms' });

  await addRevisions(
    name,
    doc.id,
    created.map((s) => s.id),
    200_000,
  );
  const target = created[7].id;
  const [hist, tHist] = await time(() => w.history.page(target, 0, 50));
  out.push({
    what: 'history of one row, first 50, with 200,000 revisions stored',
    value: tHist,
    unit: 'ms',
    note: `${hist.length} read`,
  });
  const [recent, tSince] = await time(() => w.history.since(doc.id, 0, 100));
  out.push({
    what: 'latest 100 revisions of the document (200,000 stored)',
    value: tSince,
    unit: 'ms',
    note: `${recent.length} read`,
  });
  for (let i = 0; i < 99; i++)
    await w.projects.create({ name: `P${i}`, sourceLang: 'en', targetLang: 'zh-Hans' });
  const [list, tList] = await time(() => w.projects.list());
  out.push({ what: 'list 100 projects', value: tList, unit: 'ms', note: `${list.length} listed` });

  w.close();
  await deleteWorkspace(name);
  return out;
}

declare global {
  interface Window {
    writeStoreBench: typeof writeStoreBench;
    runStoreBench: typeof runStoreBench;
  }
}
window.writeStoreBench = writeStoreBench;
window.runStoreBench = runStoreBench;
