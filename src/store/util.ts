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

/** Keys that are never data and that some code paths would turn into a prototype. */
const UNSAFE = ['__proto__', 'constructor', 'prototype'];

/** Whether any object inside `x` has one of UNSAFE as an own key (no recursion: depth is free). */
export function hasUnsafeKey(x: unknown): boolean {
  const stack: unknown[] = [x];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && UNSAFE.some((k) => Object.hasOwn(v, k))) return true;
    stack.push(...Object.values(v));
  }
  return false;
}

/** The record as JSON, or null when it cannot be (a BigInt, a cycle, nesting past the stack). */
export function toJson(x: unknown): string | null {
  try {
    return JSON.stringify(x);
  } catch {
    return null;
  }
}
