// The database schema, its version and the cumulative migrations that bring any older
// database up to date. Every schema change bumps DB_VERSION and adds one `if (oldVersion < N)`.
import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { AlignRow } from '../core/beads.js';
import type { DocumentRecord, Lang, Project, Revision, Segment, Version } from '../core/model.js';
import type { IgnoredFinding } from '../core/qa/ignored.js';
import type { QaProjectSettings } from '../core/qa/project-settings.js';
import type { TermEntry } from '../core/terms/types.js';
import type { TeamOrigin } from '../core/team/versions.js';

import type {
  StoredTm,
  StoredTmBlock,
  StoredTmBlockKeys,
  StoredTmSnapshotPart,
  StoredTmUnit,
  TmLinks,
} from './tm-records.js';
import { countsCode, type SegmentChunk } from './rows.js';
import type { DocCountsRecord } from './doc-counts.js';

export const DB_VERSION = 10;
/**
 * The schema version a backup says it was written by: the last version that changed what a
 * backup holds. v8 changed only how TM units are stored, and TMs are never in a backup, so
 * backups still say 7 and the release before v8 (which refuses a newer number) restores them.
 */
export const BACKUP_SCHEMA_VERSION = 7;

/** A revision as stored: grouped by the operation (one undo step) that wrote it. */
export interface StoredRevision extends Revision {
  opId: string;
}

export type VersionMeta = Omit<Version, 'segments'> & {
  segmentCount: number;
  /** A team server's version kept here: which project and which of its versions (no schema step: optional). */
  team?: TeamOrigin;
};

/** A version's frozen rows, kept apart from its metadata so listing versions stays cheap. */
export interface VersionBody {
  versionId: string;
  segments: Version['segments'];
}

export type OpKind =
  | 'edit'
  | 'merge'
  | 'split'
  | 'insert'
  | 'delete'
  | 'move'
  | 'replace'
  | 'restore-revision'
  | 'restore-version';

/** One row's state before and after an operation; null = the row did not exist. */
export interface OpChange {
  id: string;
  before: Segment | null;
  after: Segment | null;
}

/** One undoable step of one document, with what it takes to undo and redo it. */
export interface OpRecord {
  id: string;
  docId: string;
  seq: number;
  kind: OpKind;
  state: 'done' | 'undone';
  at: number;
  author: string;
  role: Revision['role'];
  /** The tab that made the step (see Who.tab); absent on steps stored before tabs were told apart. */
  tab?: string;
  changes: OpChange[];
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A project's quality-check settings (see core/qa/project-settings.ts). */
export interface QaSettingsRecord extends QaProjectSettings {
  projectId: string;
}

/** A termbase: a named set of concept entries for a language pair (it serves both directions). */
export interface TermbaseMeta {
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  createdAt: number;
  updatedAt: number;
  entryCount: number;
  /** The team project whose shared termbase this is on this device (state/team-terms.ts). */
  team?: string;
  /**
   * A team termbase's entries deleted here, by id, with when: a deletion leaves no entry to
   * compare, so the team's copy would otherwise bring it back (state/team-terms.ts).
   */
  removed?: Record<string, number>;
}

/** An entry as stored, under its termbase. */
export interface StoredTermEntry extends TermEntry {
  termbaseId: string;
}

/** The termbases a project reads, and the one its new terms go to. */
export interface ProjectTermbases {
  projectId: string;
  read: string[];
  write?: string;
}

/**
 * An alignment being checked before it becomes a project: both texts and the rows with every
 * manual fix, saved as the user works so a reload resumes it. One per workspace (id "current").
 */
export interface AlignDraftRecord {
  id: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  sourceText: string;
  targetText: string;
  rows: AlignRow[];
  /** Where the check was: the active row and the first row in view. */
  active: number;
  topRow: number;
  updatedAt: number;
}

export interface BitextDB extends DBSchema {
  projects: { key: string; value: Project; indexes: { byUpdated: number } };
  documents: { key: string; value: DocumentRecord; indexes: { byProject: [string, number] } };
  segments: { key: string; value: Segment; indexes: { byDoc: [string, string] } };
  revisions: {
    key: number;
    value: StoredRevision;
    indexes: { bySegment: [string, number]; byDoc: [string, number]; byOp: string };
  };
  versions: { key: string; value: VersionMeta; indexes: { byDoc: [string, number] } };
  versionBodies: { key: string; value: VersionBody };
  ops: { key: string; value: OpRecord; indexes: { byDoc: [string, number] } };
  settings: { key: string; value: SettingRecord };
  qaIgnored: { key: string; value: IgnoredFinding; indexes: { byDoc: string } };
  qaSettings: { key: string; value: QaSettingsRecord };

  termbases: { key: string; value: TermbaseMeta };
  termEntries: { key: [string, string]; value: StoredTermEntry; indexes: { byTermbase: string } };
  projectTermbases: { key: string; value: ProjectTermbases };
  alignDrafts: { key: string; value: AlignDraftRecord };
  // v6: translation memories (see tm-records.ts).
  tms: { key: string; value: StoredTm };
  tmUnits: {
    key: [string, string];
    value: StoredTmUnit;
    indexes: { byDup: [string, string] };
  };
  tmLinks: { key: string; value: TmLinks };
  // v7: TM indexes as built, per TM and direction.
  tmSnapshots: { key: [string, string, number]; value: StoredTmSnapshotPart };
  // v8: bulk-imported units in blocks, and each block's duplicate keys.
  tmBlocks: { key: [string, string]; value: StoredTmBlock };
  tmBlockKeys: { key: [string, string]; value: StoredTmBlockKeys };
  // v9: rows created in bulk, 100 consecutive rows a record (see rows.ts).
  segmentChunks: { key: string; value: SegmentChunk; indexes: { byDoc: [string, string] } };
  // v10: each document's progress counts, kept by writeRows (doc-counts.ts).
  docCounts: { key: string; value: DocCountsRecord };
}

export type StoreName = StoreNames<BitextDB>;
/**
 * The stores every backup holds and every restore replaces. Termbases and the quality checks'
 * stores came later: backups carry them too, as parts an older backup lacks (backup-parts.ts).
 * Never in a backup: alignment drafts (work in progress on one machine, not yet a project) and
 * translation memories (tms, tmUnits, tmBlocks, tmBlockKeys, tmLinks, tmSnapshots: they leave the
 * workspace as TMX).
 */
export const ALL_STORES: StoreName[] = [
  'projects',
  'documents',
  'segments',
  'segmentChunks',
  'revisions',
  'versions',
  'versionBodies',
  'ops',
  'settings',
];

/** A store as the upgrade sees it, for an index the typed schema no longer names. */
type UntypedStore = IDBPObjectStore<unknown, string[], string, 'versionchange'>;
type UpgradeTx = IDBPTransaction<BitextDB, StoreName[], 'versionchange'>;

export async function migrate(
  db: IDBPDatabase<BitextDB>,
  oldVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  if (oldVersion < 1) {
    // v1: the first release kept projects, documents and segments only.
    db.createObjectStore('projects', { keyPath: 'id' });
    const docs = db.createObjectStore('documents', { keyPath: 'id' });
    docs.createIndex('byProject', ['projectId', 'order']);
    const segs = db.createObjectStore('segments', { keyPath: 'id' });
    segs.createIndex('byDoc', ['docId', 'order']);
  }
  if (oldVersion < 2) {
    // v2: revisions, versions, undo log and settings; segments gain `rev` for conflict detection.
    tx.objectStore('projects').createIndex('byUpdated', 'updatedAt');
    const revs = db.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true });
    revs.createIndex('bySegment', ['segmentId', 'at']);
    revs.createIndex('byDoc', ['docId', 'at']);
    revs.createIndex('byOp', 'opId');
    const versions = db.createObjectStore('versions', { keyPath: 'id' });
    versions.createIndex('byDoc', ['docId', 'createdAt']);
    db.createObjectStore('versionBodies', { keyPath: 'versionId' });
    const ops = db.createObjectStore('ops', { keyPath: 'id' });
    ops.createIndex('byDoc', ['docId', 'seq']);
    db.createObjectStore('settings', { keyPath: 'key' });
    let cur = await tx.objectStore('segments').openCursor();
    while (cur) {
      const s = cur.value as Partial<Segment>;
      if (typeof s.rev !== 'number') await cur.update({ ...cur.value, rev: 1 });
      cur = await cur.continue();
    }
  }
  if (oldVersion < 3) {
    // v3: quality checks — findings a user ignored (by document) and each project's settings.
    db.createObjectStore('qaIgnored', { keyPath: 'id' }).createIndex('byDoc', 'docId');
    db.createObjectStore('qaSettings', { keyPath: 'projectId' });
  }
  if (oldVersion < 4) {
    // v4: termbases, their entries, and which termbases each project reads and writes.
    db.createObjectStore('termbases', { keyPath: 'id' });
    const entries = db.createObjectStore('termEntries', { keyPath: ['termbaseId', 'id'] });
    entries.createIndex('byTermbase', 'termbaseId');
    db.createObjectStore('projectTermbases', { keyPath: 'projectId' });
  }
  if (oldVersion < 5) {
    // v5: the alignment being checked (texts and manual fixes), so a reload resumes it.
    db.createObjectStore('alignDrafts', { keyPath: 'id' });
  }
  if (oldVersion < 6) {
    // v6: translation memories, their units, and which TMs each project reads and writes.
    db.createObjectStore('tms', { keyPath: 'id' });
    const units = db.createObjectStore('tmUnits', { keyPath: ['tm', 'id'] });
    units.createIndex('byDup', ['tm', 'dk']);
    // (Removed again in v7; no longer in the types above.)
    (units as unknown as UntypedStore).createIndex('byImport', 'imp');
    db.createObjectStore('tmLinks', { keyPath: 'projectId' });
  }
  if (oldVersion < 7) {
    // v7: an import's units are found by their ids (`<imp>.<n>`), not by an index: one index
    // entry less per unit to write. Built TM indexes are kept, so opening a project restores one.
    (tx.objectStore('tmUnits') as unknown as UntypedStore).deleteIndex('byImport');
    db.createObjectStore('tmSnapshots', { keyPath: ['tm', 'lang', 'part'] });
  }
  if (oldVersion < 8) {
    // v8: an import writes its units in blocks of about 500 a record (the cost of IndexedDB is
    // per record). Units stored before stay one a record in tmUnits and are read as they were.
    db.createObjectStore('tmBlocks', { keyPath: ['tm', 'id'] });
    db.createObjectStore('tmBlockKeys', { keyPath: ['tm', 'id'] });
  }
  if (oldVersion < 9) {
    // v9: rows created in bulk are stored 100 a record, read in order by [docId, first order key];
    // such a row's id names its chunk (rows.ts). Rows stored before stay one a record.
    const chunks = db.createObjectStore('segmentChunks', { keyPath: 'id' });
    chunks.createIndex('byDoc', ['docId', 'first']);
  }
  if (oldVersion < 10) {
    // v10: each document's progress counts (rows by status, source size), for the library;
    // counted here once from the rows stored, then kept by every write of rows (rows.ts).
    db.createObjectStore('docCounts', { keyPath: 'docId' });
    // Connection.open loaded this code before opening, for exactly this step.
    await countsCode().countExisting(tx);
  }
}
