// Deleting a project with everything in it, and putting it back (Projects.delete and
// restoreDeleted), inside the caller's transaction. Loaded on demand.
import type { WriteTx } from './connection.js';
import { StoreError } from './errors.js';
import type { DeletedProject } from './projects.js';
import { takeDocRows } from './rows-read.js';
import { writeRows } from './rows.js';
import { docRange } from './util.js';

/** Removes project `id` and its documents, rows, revisions, versions and steps; returns them. */
export async function takeProject(tx: WriteTx, id: string): Promise<DeletedProject> {
  const project = await tx.objectStore('projects').get(id);
  if (!project) throw new StoreError('invalid', `no project ${id}`);
  const documents = await tx.objectStore('documents').index('byProject').getAll(docRange(id));
  const out: DeletedProject = {
    project,
    documents,
    segments: [],
    chunks: [],
    revisions: [],
    versions: [],
    versionBodies: [],
    ops: [],
  };
  for (const d of documents) {
    const r = docRange(d.id);
    const rows = await takeDocRows(tx, d.id);
    out.segments.push(...rows.segments);
    out.chunks.push(...rows.chunks);
    out.revisions.push(...(await tx.objectStore('revisions').index('byDoc').getAll(r)));
    out.ops.push(...(await tx.objectStore('ops').index('byDoc').getAll(r)));
    const versions = await tx.objectStore('versions').index('byDoc').getAll(r);
    out.versions.push(...versions);
    for (const v of versions) {
      const body = await tx.objectStore('versionBodies').get(v.id);
      if (body) out.versionBodies.push(body);
      await tx.objectStore('versionBodies').delete(v.id);
      await tx.objectStore('versions').delete(v.id);
    }
    for (const o of out.ops) await tx.objectStore('ops').delete(o.id);
    for (const rv of out.revisions)
      if (rv.id !== undefined) await tx.objectStore('revisions').delete(rv.id);
    await tx.objectStore('documents').delete(d.id);
  }
  await tx.objectStore('projects').delete(id);
  return out;
}

/** Puts back what `takeProject` removed (the "Undo" after deleting a project). */
export async function putProjectBack(tx: WriteTx, gone: DeletedProject): Promise<void> {
  await tx.objectStore('projects').put(gone.project);
  for (const d of gone.documents) await tx.objectStore('documents').put(d);
  await writeRows(tx, { chunks: gone.chunks, single: gone.segments });
  for (const r of gone.revisions) await tx.objectStore('revisions').put(r);
  for (const v of gone.versions) await tx.objectStore('versions').put(v);
  for (const b of gone.versionBodies) await tx.objectStore('versionBodies').put(b);
  for (const o of gone.ops) await tx.objectStore('ops').put(o);
}
