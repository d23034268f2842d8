// Reading back whatever a workspace still holds when the app cannot open it, and leaving out the
// part that cannot be read so that the next open succeeds. Plain IndexedDB requests rather than
// the Connection: its open upgrades the database (and so fails on one a newer release wrote), and
// here one unreadable record must cost that record only, never the whole read.
import { BACKUP_FORMAT } from './backup.js';
import { PART_STORES } from './backup-parts.js';
import { toStoreError, StoreError } from './errors.js';
import {
  check,
  documentSchema,
  projectSchema,
  revisionSchema,
  segmentSchema,
  versionSchema,
} from './record-schemas.js';
import { ALL_STORES, BACKUP_SCHEMA_VERSION, DB_VERSION, type StoreName } from './schema.js';
import { splitDamagedChunks } from './salvage-chunks.js';
import { isSettingRecord } from './settings.js';
import { PART_KINDS, SALVAGE_KINDS, type PartKind, type SalvageKind } from './salvage-kinds.js';
import {
  partStoresRead,
  salvageParts,
  type Stored,
  hasUnsafeKey,
  toJson,
} from './salvage-parts.js';

export { SALVAGE_KINDS, type SalvageKind };

export interface KindCount {
  /** Records that pass the backup schema: in the download, and kept by `leaveOutDamaged`. */
  kept: number;
  /** Records that do not, or that belong to a project or document that does not. */
  leftOut: number;
}

export interface SalvageReport {
  /** The stored schema version; 0 when there is no database or it could not be opened. */
  version: number;
  /** Whether the database could be opened for reading at all. */
  opened: boolean;
  /** Stores this build needs that the database lacks or that could not be listed. */
  unreadableStores: StoreName[];
  counts: Record<SalvageKind, KindCount>;
  /**
   * Of the records left out, those that are sound themselves but belong to a project or document
   * that was left out: a backup cannot hold a row without its document.
   */
  orphaned: number;
  /** Kept records that carried `__proto__`, `constructor` or `prototype` keys, dropped. */
  repaired: number;
}

export interface Salvage {
  /** A backup in the format of `exportBackupJSON`, holding every record that was kept. */
  json: string;
  report: SalvageReport;
}

/** What reading found: the report, each kept record as JSON, and the changes that would clean it. */
export interface Scan {
  report: SalvageReport;
  pieces: Record<SalvageKind, string[]>;
  /** The parts (termbases, QA data) whose stores were all read: only those go in the download. */
  parts: Set<PartKind>;
  drop: Map<StoreName, IDBValidKey[]>;
  rewrite: Map<StoreName, unknown[]>;
}

/** Records read in one request; a failing chunk is read again one record at a time. */
const CHUNK = 500;

/** Reads everything that can be read; never writes, never upgrades, never creates a database. */
export async function salvageWorkspace(dbName: string): Promise<Salvage> {
  const scan = (await withDb(dbName, scanDb)) ?? emptyScan();
  const p = scan.pieces;
  const list = (k: SalvageKind) => `${JSON.stringify(k)}:[${p[k].join(',')}]`;
  // A part whose stores could not be read is left out of the file, as an older backup lacks it:
  // restoring the file then leaves what a workspace holds of it alone instead of emptying it.
  const kinds = SALVAGE_KINDS.filter((k) => !isPart(k) || scan.parts.has(k));
  // Built piece by piece: each record was turned into JSON once, when it was checked.
  const json =
    `{"format":${JSON.stringify(BACKUP_FORMAT)},"schemaVersion":${BACKUP_SCHEMA_VERSION},` +
    `"exportedAt":${Date.now()},${kinds.map(list).join(',')}}`;
  return { json, report: scan.report };
}

/**
 * Deletes every record the salvage leaves out and rewrites the repaired ones, in one transaction,
 * so the database holds exactly what `salvageWorkspace` downloads. Reads again first: what is
 * deleted is decided on the database as it is now. Returns what was left out. Refused for a
 * database a newer release wrote, whose records this build cannot judge.
 */
export async function leaveOutDamaged(dbName: string): Promise<SalvageReport> {
  const report = await withDb(dbName, async (db) => {
    if (db.version > DB_VERSION)
      throw new StoreError('invalid', `schema ${db.version} is newer than this build's`);
    const scan = await scanDb(db);
    const stores = [...new Set([...scan.drop.keys(), ...scan.rewrite.keys()])];
    if (!stores.length) return scan.report;
    // Rows are deleted here by hand, not through writeRows: the progress counts (derived data,
    // rows.ts) are dropped with them, and counted again from the rows when next read.
    const counted = ['segments', 'segmentChunks'].some((s) => stores.includes(s as StoreName));
    if (counted && db.objectStoreNames.contains('docCounts')) stores.push('docCounts');
    try {
      const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
      const done = settled(tx);
      if (stores.includes('docCounts')) tx.objectStore('docCounts').clear();
      for (const [store, keys] of scan.drop) for (const k of keys) tx.objectStore(store).delete(k);
      for (const [store, values] of scan.rewrite)
        for (const v of values) tx.objectStore(store).put(v);
      await done;
    } catch (e) {
      throw toStoreError(e);
    }
    return scan.report;
  });
  return report ?? emptyScan().report;
}

function emptyScan(version = 0, opened = false): Scan {
  const counts = Object.fromEntries(SALVAGE_KINDS.map((k) => [k, { kept: 0, leftOut: 0 }]));
  const pieces = Object.fromEntries(SALVAGE_KINDS.map((k) => [k, []]));
  return {
    report: {
      version,
      opened,
      unreadableStores: [],
      counts: counts as Record<SalvageKind, KindCount>,
      orphaned: 0,
      repaired: 0,
    },
    pieces: pieces as unknown as Record<SalvageKind, string[]>,
    parts: new Set(),
    drop: new Map(),
    rewrite: new Map(),
  };
}

/**
 * Runs `fn` on the database opened at whatever version it has, then closes it; null when it
 * cannot be opened. A database that does not exist is not created (its upgrade is aborted): an
 * empty version-1 database would make the app's own open skip the stores of version 1.
 */
async function withDb<T>(dbName: string, fn: (db: IDBDatabase) => Promise<T>): Promise<T | null> {
  let db: IDBDatabase;
  try {
    db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onupgradeneeded = () => req.transaction?.abort();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
  } catch {
    return null;
  }
  // Another tab deleting or upgrading the database must not wait for this read.
  db.onversionchange = () => db.close();
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** Every record of `store` that can be read, and the keys of those that cannot. */
async function readAll(
  db: IDBDatabase,
  store: StoreName,
): Promise<{ read: Stored[]; unreadable: IDBValidKey[] }> {
  const read: Stored[] = [];
  const unreadable: IDBValidKey[] = [];
  let after: IDBValidKey | undefined;
  for (;;) {
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    // Keys are always readable; a value may not be (a damaged disk, a value too large to load).
    const keys = await request(db, store, (s) => s.getAllKeys(range, CHUNK));
    if (!keys.length) break;
    const span = IDBKeyRange.bound(keys[0], keys[keys.length - 1]);
    const values = await request(db, store, (s) => s.getAll(span, CHUNK)).catch(() => null);
    if (values && values.length === keys.length) {
      keys.forEach((key, i) => read.push({ key, value: values[i] }));
    } else {
      for (const key of keys) {
        const one = await request(db, store, (s) => s.get(key)).then(
          (value: unknown) => ({ value }),
          () => null,
        );
        if (one) read.push({ key, value: one.value });
        else unreadable.push(key);
      }
    }
    if (keys.length < CHUNK) break;
    after = keys[keys.length - 1];
  }
  return { read, unreadable };
}

/** One request in a read-only transaction of its own, so its failure fails nothing else. */
function request<T>(
  db: IDBDatabase,
  store: StoreName,
  make: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make(db.transaction(store, 'readonly').objectStore(store));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('read failed'));
  });
}

function settled(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

interface Candidate {
  kind: SalvageKind;
  /** Where it is stored: one store, or a version's metadata and body. */
  keys: [StoreName, IDBValidKey][];
  json: string;
  /** The clean records to write back when the stored ones carried unsafe keys. */
  rewrite?: [StoreName, unknown][];
  /** The project (documents) or document (the rest) it belongs to. */
  parent?: string;
  id?: string;
  /** The chunk record a row was read from (rows.ts), when it was. */
  chunk?: IDBValidKey;
}

async function scanDb(db: IDBDatabase): Promise<Scan> {
  const scan = emptyScan(db.version, true);
  const { report } = scan;
  const names = new Set<string>(Array.from(db.objectStoreNames));
  const data = new Map<StoreName, Stored[]>();
  const lostBodies = new Set<IDBValidKey>();
  const leftOut = (kind: SalvageKind, keys: [StoreName, IDBValidKey][]) => {
    report.counts[kind].leftOut++;
    for (const [store, key] of keys) {
      const list = scan.drop.get(store) ?? [];
      list.push(key);
      scan.drop.set(store, list);
    }
  };
  const KIND_OF: Partial<Record<StoreName, SalvageKind>> = {
    projects: 'projects',
    documents: 'documents',
    segments: 'segments',
    // An unreadable chunk of rows (rows.ts) is left out as a whole.
    segmentChunks: 'segments',
    revisions: 'revisions',
    versions: 'versions',
    settings: 'settings',
  };
  for (const store of [...ALL_STORES, ...PART_STORES]) {
    // The undo log is not part of a backup and the app never needs it to open.
    if (store === 'ops') continue;
    if (!names.has(store)) {
      // A database older than the parts (or than v9's chunks) lacks their stores; the app's open
      // adds them.
      if (!PART_STORES.includes(store) && store !== 'segmentChunks')
        report.unreadableStores.push(store);
      continue;
    }
    try {
      const { read, unreadable } = await readAll(db, store);
      data.set(store, read);
      const kind = KIND_OF[store];
      // A version whose rows cannot be read is left out as a whole, below.
      if (kind) for (const key of unreadable) leftOut(kind, [[store, key]]);
      else if (isPart(store)) for (const key of unreadable) leftOut(store, [[store, key]]);
      else for (const key of unreadable) lostBodies.add(key);
    } catch {
      report.unreadableStores.push(store);
    }
  }

  const candidates: Candidate[] = [];
  const consider = (
    kind: SalvageKind,
    keys: [StoreName, IDBValidKey][],
    raw: unknown,
    checked: { value: unknown } | { problem: string } | null,
    clean: (v: Record<string, unknown>) => [StoreName, unknown][],
    refs: (v: Record<string, unknown>) => Pick<Candidate, 'parent' | 'id'>,
    chunk?: IDBValidKey,
  ) => {
    const json = checked && 'value' in checked ? toJson(checked.value) : null;
    if (!checked || !('value' in checked) || json === null) return leftOut(kind, keys);
    const v = checked.value as Record<string, unknown>;
    const c: Candidate = {
      kind,
      keys,
      json,
      ...refs(v),
      ...(chunk === undefined ? {} : { chunk }),
    };
    if (hasUnsafeKey(raw)) c.rewrite = clean(v);
    candidates.push(c);
  };
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);

  for (const { key, value } of data.get('projects') ?? [])
    consider(
      'projects',
      [['projects', key]],
      value,
      check(projectSchema, value),
      (v) => [['projects', v]],
      (v) => ({ id: str(v.id) }),
    );
  for (const { key, value } of data.get('documents') ?? [])
    consider(
      'documents',
      [['documents', key]],
      value,
      check(documentSchema, value),
      (v) => [['documents', v]],
      (v) => ({ id: str(v.id), parent: str(v.projectId) }),
    );
  for (const { key, value } of data.get('segments') ?? [])
    consider(
      'segments',
      [['segments', key]],
      value,
      check(segmentSchema, value),
      (v) => [['segments', v]],
      (v) => ({ parent: str(v.docId) }),
    );
  // Rows stored in chunks are checked one by one, as rows; what is left out of a chunk is
  // dealt with below, once it is known what is kept.
  for (const { key, value } of data.get('segmentChunks') ?? []) {
    const rows = isRecord(value) && Object.hasOwn(value, 'rows') ? value.rows : null;
    if (!Array.isArray(rows)) {
      leftOut('segments', [['segmentChunks', key]]);
      continue;
    }
    for (const row of rows as unknown[])
      consider(
        'segments',
        [['segmentChunks', key]],
        row,
        check(segmentSchema, row),
        (v) => [['segments', v]],
        (v) => ({ parent: str(v.docId) }),
        key,
      );
  }
  for (const { key, value } of data.get('revisions') ?? [])
    consider(
      'revisions',
      [['revisions', key]],
      value,
      check(revisionSchema, value),
      (v) => [['revisions', v]],
      (v) => ({ parent: str(v.docId) }),
    );
  // A version is kept in two records, its metadata and its frozen rows; the backup joins them.
  const bodies = new Map<IDBValidKey, unknown>();
  for (const { key, value } of data.get('versionBodies') ?? []) bodies.set(key, value);
  for (const { key, value } of data.get('versions') ?? []) {
    const keys: [StoreName, IDBValidKey][] = [['versions', key]];
    const body = bodies.get(key);
    if (bodies.has(key) || lostBodies.has(key)) keys.push(['versionBodies', key]);
    if (lostBodies.has(key)) {
      leftOut('versions', keys);
      continue;
    }
    const meta = isRecord(value) ? value : null;
    const segments = isRecord(body) && Object.hasOwn(body, 'segments') ? body.segments : [];
    const joined = meta && {
      id: meta.id,
      docId: meta.docId,
      name: meta.name,
      author: meta.author,
      createdAt: meta.createdAt,
      segments,
    };
    consider(
      'versions',
      keys,
      [value, body],
      joined ? check(versionSchema, joined) : null,
      (v) => {
        const { segments: rows, ...rest } = v;
        const count = Array.isArray(rows) ? rows.length : 0;
        return [
          ['versions', { ...rest, segmentCount: count }],
          ['versionBodies', { versionId: rest.id, segments: rows }],
        ];
      },
      (v) => ({ parent: str(v.docId) }),
    );
  }
  for (const { key, value } of data.get('settings') ?? [])
    consider(
      'settings',
      [['settings', key]],
      value,
      isSettingRecord(value) ? { value: { key: value.key, value: value.value } } : null,
      (v) => [['settings', v]],
      () => ({}),
    );

  // Every reference must point at a kept record, as a backup requires: a document without its
  // project, or a row without its document, is left out with it.
  const projects = new Set(candidates.filter((c) => c.kind === 'projects').map((c) => c.id));
  const documents = new Set(
    candidates.filter((c) => c.kind === 'documents' && projects.has(c.parent)).map((c) => c.id),
  );
  const keptInChunks: Candidate[] = [];
  for (const c of candidates) {
    const parents = c.kind === 'documents' ? projects : documents;
    if (c.kind !== 'projects' && c.kind !== 'settings' && !parents.has(c.parent)) {
      report.orphaned++;
      leftOut(c.kind, c.keys);
      continue;
    }
    keep(scan, c);
    if (c.chunk !== undefined) keptInChunks.push(c);
  }
  splitDamagedChunks(scan, keptInChunks);
  scan.parts = partStoresRead(data);
  for (const c of salvageParts(data, projects as Set<string>, documents as Set<string>, leftOut))
    keep(scan, c);
  return scan;
}

function keep(scan: Scan, c: Pick<Candidate, 'kind' | 'json' | 'rewrite'>): void {
  scan.report.counts[c.kind].kept++;
  scan.pieces[c.kind].push(c.json);
  if (!c.rewrite) return;
  scan.report.repaired++;
  for (const [store, v] of c.rewrite) {
    const list = scan.rewrite.get(store) ?? [];
    list.push(v);
    scan.rewrite.set(store, list);
  }
}

const isPart = (k: string): k is PartKind => (PART_KINDS as readonly string[]).includes(k);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
