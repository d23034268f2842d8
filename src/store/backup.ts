// Whole-workspace backup as one JSON document, and restoring it. A backup is validated
// completely before the first write; a bad file changes nothing.
import type { DocumentRecord, Project, Revision, Segment, Version } from '../core/model.js';
import {
  checkPartRefs,
  exportParts,
  mergeParts,
  PART_STORES,
  readParts,
  replaceParts,
  storesOf,
  type BackupParts,
  type PartsSummary,
} from './backup-parts.js';
import type { Connection, WriteTx } from './connection.js';
import { StoreError } from './errors.js';
import {
  ALL_STORES,
  BACKUP_SCHEMA_VERSION,
  DB_VERSION,
  type SettingRecord,
  type StoreName,
} from './schema.js';
import { getRows, writeRows } from './rows.js';
import { regroupRows } from './rows-regroup.js';
import { allRows } from './rows-read.js';
import { isSettingRecord } from './settings.js';
import {
  check,
  documentSchema,
  projectSchema,
  revisionSchema,
  segmentSchema,
  shown,
  versionSchema,
} from './record-schemas.js';

export const BACKUP_FORMAT = 'bitext-workbench-backup';

/**
 * The whole workspace but its translation memories (they leave it as TMX) and alignment drafts.
 * Termbases and QA's per-project data (BackupParts) are absent from backups made before they were
 * part of one.
 */
export interface Backup extends BackupParts {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: number;
  projects: Project[];
  documents: DocumentRecord[];
  segments: Segment[];
  revisions: Revision[];
  versions: Version[];
  settings: SettingRecord[];
}

export type ImportMode = 'replace' | 'merge';

export interface ImportSummary extends PartsSummary {
  projects: number;
  documents: number;
  segments: number;
  revisions: number;
  versions: number;
}

/** The stores a backup reads: every store a restore may replace. */
const BACKUP_STORES: StoreName[] = [...ALL_STORES, ...PART_STORES];

export async function exportBackup(conn: Connection): Promise<Backup> {
  return conn.read(BACKUP_STORES, async (tx) => {
    const metas = await tx.objectStore('versions').getAll();
    const versions: Version[] = [];
    for (const m of metas) {
      const body = await tx.objectStore('versionBodies').get(m.id);
      const { id, docId, name, author, createdAt } = m;
      versions.push({ id, docId, name, author, createdAt, segments: body?.segments ?? [] });
    }
    const projects = await tx.objectStore('projects').getAll();
    const documents = await tx.objectStore('documents').getAll();
    const parts = await exportParts(
      tx,
      new Set(projects.map((p) => p.id)),
      new Set(documents.map((d) => d.id)),
    );
    return {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: Date.now(),
      projects,
      documents,
      // Rows stored in chunks are listed as rows: a backup's format does not change.
      segments: await allRows(tx),
      revisions: await tx.objectStore('revisions').getAll(),
      versions,
      settings: await tx.objectStore('settings').getAll(),
      ...parts,
    };
  });
}

/**
 * The largest backup text restored: about twice what a workspace built from the largest import
 * (50 MiB) exports. Parsing costs several times the text in memory, and past this a tab runs out
 * of memory instead of saying why.
 */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

/** Problems named in one refusal: enough to find the cause, short enough to read. */
const MAX_PROBLEMS = 5;

/**
 * Checks a parsed backup; returns it typed, or throws an `invalid` StoreError naming problems.
 * The records returned are valibot's copies: only own fields, never `__proto__`. One pass over
 * the file, stopping at the fifth problem.
 */
export function validateBackup(data: unknown): Backup {
  const problems: string[] = [];
  const obj = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : null;
  const field = (k: string): unknown =>
    obj && Object.hasOwn(obj, k) ? (obj as Record<string, unknown>)[k] : undefined;
  if (field('format') !== BACKUP_FORMAT) {
    throw new StoreError('invalid', 'not a Bitext Workbench backup', [], { reason: 'not-backup' });
  }
  const schemaVersion = field('schemaVersion');
  if (
    !Number.isSafeInteger(schemaVersion) ||
    (schemaVersion as number) < 1 ||
    (schemaVersion as number) > DB_VERSION
  ) {
    throw new StoreError('invalid', `backup schema ${shown(schemaVersion)} is not supported`, [], {
      reason: 'schema',
    });
  }
  const list = <T>(k: string, each: (x: unknown) => { value: T } | { problem: string }): T[] => {
    const arr = field(k);
    if (!Array.isArray(arr)) {
      problems.push(`${k} is not a list`);
      return [];
    }
    const out: T[] = [];
    for (let i = 0; i < arr.length && problems.length < MAX_PROBLEMS; i++) {
      const r = each(arr[i]);
      if ('problem' in r) problems.push(`${k}[${i}]: ${r.problem}`);
      else out.push(r.value);
    }
    return out;
  };
  const b: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: schemaVersion as number,
    exportedAt: typeof field('exportedAt') === 'number' ? (field('exportedAt') as number) : 0,
    projects: list('projects', (x) => check<Project>(projectSchema, x)),
    documents: list('documents', (x) => check<DocumentRecord>(documentSchema, x)),
    segments: list('segments', (x) => check<Segment>(segmentSchema, x)),
    revisions: list('revisions', (x) => check<Revision>(revisionSchema, x)),
    versions: list('versions', (x) => check<Version>(versionSchema, x)),
    // A setting this version does not know, or a value it cannot use, is left out: it would be
    // ignored anyway, and refusing a whole backup over a preference would be out of proportion.
    settings: list('settings', (s): { value: SettingRecord | null } | { problem: string } =>
      typeof s === 'object' && s !== null && 'key' in s && typeof s.key === 'string'
        ? { value: isSettingRecord(s) ? { key: s.key, value: s.value as unknown } : null }
        : { problem: 'not a setting' },
    ).filter((s): s is SettingRecord => s !== null),
    ...readParts((k) => field(k) !== undefined, list),
  };
  if (problems.length)
    throw new StoreError('invalid', problems.join('; '), [], { reason: 'records' });
  // Every reference must point at a record of the same file.
  const projects = new Set(b.projects.map((p) => p.id));
  const docs = new Set(b.documents.map((d) => d.id));
  const segs = new Set<string>();
  const problem = (p: string) => problems.length < MAX_PROBLEMS && problems.push(p);
  for (const s of b.segments) {
    if (segs.has(s.id)) problem(`segment ${shown(s.id)} appears twice`);
    segs.add(s.id);
  }
  for (const d of b.documents)
    if (!projects.has(d.projectId)) problem(`document ${shown(d.id)} has no project`);
  for (const s of b.segments)
    if (!docs.has(s.docId)) problem(`segment ${shown(s.id)} has no document`);
  for (const r of b.revisions) if (!docs.has(r.docId)) problem(`a revision has no document`);
  for (const v of b.versions)
    if (!docs.has(v.docId)) problem(`version ${shown(v.id)} has no document`);
  checkPartRefs(b, projects, docs, problem);
  if (problems.length)
    throw new StoreError('invalid', problems.join('; '), [], { reason: 'records' });
  return b;
}

/** Parses and validates, then writes in one transaction: either all of it or nothing. */
export async function importBackup(
  conn: Connection,
  input: string | unknown,
  mode: ImportMode,
): Promise<ImportSummary> {
  let data: unknown = input;
  if (typeof input === 'string') {
    // Before parsing: a file too big to restore is refused at once, not after minutes of work.
    if (input.length > MAX_BACKUP_CHARS) {
      const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
      throw new StoreError(
        'invalid',
        `the file is ${mb(input.length)}; backups larger than ${mb(MAX_BACKUP_CHARS)} cannot be restored`,
        [],
        { reason: 'too-large' },
      );
    }
    try {
      data = JSON.parse(input);
    } catch {
      throw new StoreError('invalid', 'the file is not valid JSON', [], { reason: 'not-json' });
    }
  }
  const b = validateBackup(data);
  // The progress counts are not in a backup (derived data): the rows' writes count them again.
  const stores: StoreName[] = [...ALL_STORES, 'docCounts', ...storesOf(b)];
  const summary = await conn.write(stores, (tx) =>
    mode === 'replace' ? replaceAll(tx, b) : mergeInto(tx, b),
  );
  conn.announce({ type: 'workspace', segmentIds: [] });
  return summary;
}

async function replaceAll(tx: WriteTx, b: Backup): Promise<ImportSummary> {
  const parts = await replaceParts(tx, b);
  await Promise.all([...ALL_STORES, 'docCounts' as const].map((s) => tx.objectStore(s).clear()));
  await Promise.all([
    ...b.projects.map((p) => tx.objectStore('projects').put(p)),
    ...b.documents.map((d) => tx.objectStore('documents').put(d)),
    ...restoredRows(tx, b.segments),
    ...b.revisions.map((r) => tx.objectStore('revisions').put({ ...r, opId: opIdOf(r) })),
    ...b.settings.map((s) => tx.objectStore('settings').put(s)),
    ...b.versions.flatMap((v) => putVersion(tx, v)),
  ]);
  return {
    projects: b.projects.length,
    documents: b.documents.length,
    segments: b.segments.length,
    revisions: b.revisions.length,
    versions: b.versions.length,
    ...parts,
  };
}

/**
 * Merge keeps whatever is newer: a project or row from the file replaces the stored one only
 * when it was edited later; records the workspace lacks are added; local settings win.
 */
async function mergeInto(tx: WriteTx, b: Backup): Promise<ImportSummary> {
  const n: ImportSummary = {
    projects: 0,
    documents: 0,
    segments: 0,
    revisions: 0,
    versions: 0,
    ...(await mergeParts(tx, b)),
  };
  for (const p of b.projects) {
    const cur = await tx.objectStore('projects').get(p.id);
    if (!cur || cur.updatedAt < p.updatedAt) {
      await tx.objectStore('projects').put(p);
      n.projects++;
    }
  }
  for (const d of b.documents) {
    if (!(await tx.objectStore('documents').get(d.id))) {
      await tx.objectStore('documents').put(d);
      n.documents++;
    }
  }
  const stored = await getRows(
    tx,
    b.segments.map((s) => s.id),
  );
  const newer = b.segments.filter((s) => {
    const cur = stored.get(s.id);
    return !cur || cur.updatedAt < s.updatedAt;
  });
  // rev only ever grows, so an open tab still notices the row changed under it.
  await writeRows(
    tx,
    newer.map((s) => ({
      id: s.id,
      after: { ...s, rev: Math.max(s.rev, stored.get(s.id)?.rev ?? 0) + 1 },
    })),
  );
  n.segments += newer.length;
  const revs = tx.objectStore('revisions');
  for (const r of b.revisions) {
    const same = await revs.index('bySegment').getAll([r.segmentId, r.at]);
    if (same.some((x) => x.field === r.field && x.after === r.after && x.before === r.before))
      continue;
    // Ids are local to a database: let this one number the merged revisions.
    const copy = { ...r, opId: opIdOf(r) };
    delete copy.id;
    await revs.add(copy);
    n.revisions++;
  }
  for (const v of b.versions) {
    if (!(await tx.objectStore('versions').get(v.id))) {
      await Promise.all(putVersion(tx, v));
      n.versions++;
    }
  }
  for (const s of b.settings)
    if (!(await tx.objectStore('settings').get(s.key))) await tx.objectStore('settings').put(s);
  return n;
}

/**
 * A backup's rows put back in their chunks where they can be (rows.ts: regroupRows), into a
 * workspace just emptied; their documents' counts are counted again as they are written.
 */
function restoredRows(tx: WriteTx, rows: Segment[]): Promise<unknown>[] {
  return [writeRows(tx, regroupRows(rows))];
}

function putVersion(tx: WriteTx, v: Version): Promise<unknown>[] {
  const { segments, ...meta } = v;
  return [
    tx.objectStore('versions').put({ ...meta, segmentCount: segments.length }),
    tx.objectStore('versionBodies').put({ versionId: v.id, segments }),
  ];
}

const opIdOf = (r: Revision): string => {
  const op = (r as { opId?: unknown }).opId;
  return typeof op === 'string' ? op : '';
};
