// Public API of the storage layer. Only this folder imports idb.
export { StoreError, type StoreErrorKind } from './errors.js';
export {
  Workspace,
  openWorkspace,
  getWorkspace,
  deleteWorkspace,
  salvageWorkspace,
  leaveOutDamaged,
  DEFAULT_DB_NAME,
} from './workspace.js';
export type { Salvage, SalvageReport, KindCount } from './salvage.js';
export type { SalvageKind } from './salvage-kinds.js';
export type {
  ChangeMessage,
  CloseReason,
  CorruptRecord,
  OpenOptions,
  FaultInjector,
} from './connection.js';
export type { NewProject, DeletedProject } from './projects.js';
export type { SegmentPatch, SegmentInit, EditResult } from './segments.js';
export type { OpResult } from './structure.js';
export type { UndoState, Replayed } from './undo-log.js';
export type { Settings } from './settings.js';
export type { AlignDraft } from './drafts.js';
export type { AlignDraftRecord } from './schema.js';
export { DEFAULT_SETTINGS } from './settings.js';
export type { Backup, ImportMode, ImportSummary } from './backup.js';
// Restore code (backup.js) is loaded on demand by Workspace; importing its values here would put it
// into every first visit.
export { requestPersistence, storageEstimate, type PersistenceResult } from './persistence.js';
export { DB_VERSION, type StoredRevision, type VersionMeta, type OpKind } from './schema.js';
export type { TermbaseMeta, ProjectTermbases } from './schema.js';
export type { NewTermbase, EntryBatches } from './termbases.js';
export type { Who } from './util.js';
export type { TmRecord, TmLinks } from './tm-records.js';
export type { ImportCommit } from './tm.js';
export type { CommittedKeys } from './tm-blocks.js';
export { rememberViewOnly, viewOnlyHint } from './view-only.js';
