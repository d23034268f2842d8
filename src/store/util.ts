// Small helpers shared by the repositories.
import type { Role } from '../core/model.js';
import type { WriteTx } from './connection.js';

/** Who makes a change; recorded on every revision. */
export interface Who {
  role: Role;
  author: string;
  /**
   * The browser tab making the change. Undo and redo take only this tab's steps, so undo in one
   * tab never reverts another tab's edit. Without it (command line, store tests) every step is
   * the caller's.
   */
  tab?: string;
}

export const newId = (): string => crypto.randomUUID();

/** Key range of one document's rows in a `[docId, …]` index. */
export const docRange = (docId: string): IDBKeyRange => IDBKeyRange.bound([docId], [docId, []]);

/** Marks the project of `docId` as edited now; returns the project id. */
export async function touchProject(tx: WriteTx, docId: string, at: number): Promise<string> {
  const doc = await tx.objectStore('documents').get(docId);
  if (!doc) return '';
  const projects = tx.objectStore('projects');
  const p = await projects.get(doc.projectId);
  if (p) await projects.put({ ...p, updatedAt: at });
  return doc.projectId;
}
