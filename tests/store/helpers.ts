// Test helpers: every test gets its own real IndexedDB database, deleted in teardown.
import {
  deleteWorkspace,
  openWorkspace,
  type OpenOptions,
  type Workspace,
} from '../../src/store/index.js';
import type { SegmentInit } from '../../src/store/index.js';

export const translator = { role: 'translator', author: 'Li' } as const;
export const reviewer = { role: 'reviewer', author: 'Ann' } as const;

let counter = 0;

/** A fresh database name per test, and teardown that closes and deletes it. */
export function useDb(): { name: () => string; open: (opts?: OpenOptions) => Promise<Workspace> } {
  let name = '';
  const opened: Workspace[] = [];
  beforeEach(() => {
    name = `bt-test-${Date.now()}-${counter++}-${Math.random().toString(36).slice(2)}`;
  });
  afterEach(async () => {
    for (const ws of opened.splice(0)) ws.close();
    await deleteWorkspace(name);
  });
  return {
    name: () => name,
    open: async (opts) => {
      const ws = await openWorkspace(name, opts);
      opened.push(ws);
      return ws;
    },
  };
}

export const rows = (n: number, prefix = ''): SegmentInit[] =>
  Array.from({ length: n }, (_, i) => ({
    source: `${prefix}源${i}。`,
    target: `${prefix}Source ${i}.`,
  }));

/** A project with one document holding `n` rows. */
export async function seed(ws: Workspace, n = 3) {
  const { project, document } = await ws.projects.create({
    name: 'Demo',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
  });
  const segs = await ws.segments.bulkCreate(document.id, rows(n));
  return { project, doc: document, segs };
}

/** Resolves with the next matching message a workspace receives from another connection. */
export function nextMessage<T>(
  subscribe: (l: (m: T) => void) => () => void,
  match: (m: T) => boolean = () => true,
  ms = 3000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message')), ms);
    const off = subscribe((m) => {
      if (!match(m)) return;
      clearTimeout(timer);
      off();
      resolve(m);
    });
  });
}

/** Raw IndexedDB open, for building databases of older versions by hand. */
export function rawOpen(
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function rawGet(db: IDBDatabase, store: string, key: IDBValidKey): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).get(key);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Writes a row by hand where a row with its id is stored: into its chunk (rows created in bulk,
 * schema v9, `<chunk id>.<n>` ids) when it is in one, else as a record of its own, as damage on
 * disk would change it in place.
 */
export async function rawPutRow<T extends { id: string }>(db: IDBDatabase, row: T): Promise<void> {
  const chunkId = row.id.slice(0, Math.max(0, row.id.lastIndexOf('.')));
  const chunk = chunkId
    ? ((await rawGet(db, 'segmentChunks', chunkId)) as { rows: { id: string }[] } | undefined)
    : undefined;
  const at = chunk ? chunk.rows.findIndex((r) => r.id === row.id) : -1;
  if (!chunk || at < 0) return rawPut(db, 'segments', row);
  chunk.rows[at] = row;
  return rawPut(db, 'segmentChunks', chunk);
}

/** How many rows the database stores, one a record and in chunks. */
export async function rawRowCount(db: IDBDatabase): Promise<number> {
  const all = (store: string) =>
    new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error);
    });
  const chunks = (await all('segmentChunks')) as { rows: unknown[] }[];
  return (await all('segments')).length + chunks.reduce((n, c) => n + c.rows.length, 0);
}

/** The schema of release 1 (projects, documents, segments), built by hand. */
export function createV1(raw: IDBDatabase): void {
  raw.createObjectStore('projects', { keyPath: 'id' });
  raw
    .createObjectStore('documents', { keyPath: 'id' })
    .createIndex('byProject', ['projectId', 'order']);
  raw.createObjectStore('segments', { keyPath: 'id' }).createIndex('byDoc', ['docId', 'order']);
}

/** The schema of release 2 (v1 plus revisions, versions, undo log, settings), built by hand. */
export function createV2(raw: IDBDatabase): void {
  raw.createObjectStore('projects', { keyPath: 'id' }).createIndex('byUpdated', 'updatedAt');
  raw
    .createObjectStore('documents', { keyPath: 'id' })
    .createIndex('byProject', ['projectId', 'order']);
  raw.createObjectStore('segments', { keyPath: 'id' }).createIndex('byDoc', ['docId', 'order']);
  const revs = raw.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true });
  revs.createIndex('bySegment', ['segmentId', 'at']);
  revs.createIndex('byDoc', ['docId', 'at']);
  revs.createIndex('byOp', 'opId');
  raw.createObjectStore('versions', { keyPath: 'id' }).createIndex('byDoc', ['docId', 'createdAt']);
  raw.createObjectStore('versionBodies', { keyPath: 'versionId' });
  raw.createObjectStore('ops', { keyPath: 'id' }).createIndex('byDoc', ['docId', 'seq']);
  raw.createObjectStore('settings', { keyPath: 'key' });
}

/** A release-2 database named `name` holding one project, "Old project", and the author "Li". */
export async function createV2WithProject(name: string): Promise<void> {
  const v2 = await rawOpen(name, 2, createV2);
  await rawPut(v2, 'projects', {
    id: 'p1',
    name: 'Old project',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    createdAt: 1,
    updatedAt: 1,
  });
  await rawPut(v2, 'settings', { key: 'author', value: 'Li' });
  v2.close();
}

/** The stores versions 3 to 6 added to release 2, by hand: the database v7 and v8 upgrade. */
export function createV6(raw: IDBDatabase, version = 6): void {
  createV2(raw);
  raw.createObjectStore('qaIgnored', { keyPath: 'id' }).createIndex('byDoc', 'docId');
  raw.createObjectStore('qaSettings', { keyPath: 'projectId' });
  raw.createObjectStore('termbases', { keyPath: 'id' });
  raw
    .createObjectStore('termEntries', { keyPath: ['termbaseId', 'id'] })
    .createIndex('byTermbase', 'termbaseId');
  raw.createObjectStore('projectTermbases', { keyPath: 'projectId' });
  raw.createObjectStore('alignDrafts', { keyPath: 'id' });
  raw.createObjectStore('tms', { keyPath: 'id' });
  const units = raw.createObjectStore('tmUnits', { keyPath: ['tm', 'id'] });
  units.createIndex('byDup', ['tm', 'dk']);
  if (version < 7) units.createIndex('byImport', 'imp');
  raw.createObjectStore('tmLinks', { keyPath: 'projectId' });
  if (version >= 7) raw.createObjectStore('tmSnapshots', { keyPath: ['tm', 'lang', 'part'] });
}

/** Version 7 by hand: v6 without the import index, with stored TM indexes. */
export function createV7(raw: IDBDatabase): void {
  createV6(raw, 7);
}

/** A TM unit as tests write them. */
export const tmUnit = (id: string, source: string, target: string, changedAt = 1000) => ({
  id,
  source,
  target,
  createdAt: changedAt,
  changedAt,
});

/** Block k of import `imp`: its units in slots 0…, with the ids the store expects. */
export function tmBlock(imp: string, k: number, pairs: [string, string, number?][]) {
  const id = `${imp}.${k.toString(36)}`;
  return { id, slots: pairs.map(([s, t, at], i) => tmUnit(`${id}.${i.toString(36)}`, s, t, at)) };
}
