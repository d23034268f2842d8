// Creating a project from rows that come a batch at a time and are never all in memory: the
// import Worker reads them from the file as it writes them (src/workers/import-write.ts). Kept
// apart from projects.ts so the page's first visit does not load it.
import type { DocumentRecord, Project } from '../core/model.js';
import { initialKeys } from '../core/order.js';
import type { Connection } from './connection.js';
import { StoreError } from './errors.js';
import { Projects, type BatchedCreate, type NewProject, type StoredProject } from './projects.js';
import { ROW_STORES } from './rows.js';
import { putRows, type SegmentInit } from './segments.js';

/**
 * `Projects.createInBatches` for rows that come in batches: `total` rows in all, one transaction
 * per batch given, under the same pending marker (the last batch's transaction removes it). Fewer
 * or more rows than `total`, or a batch that cannot be read, fail the whole create, as any failure
 * does: what was written is deleted.
 */
export async function createStreamed(
  conn: Connection,
  init: NewProject,
  total: number,
  batches: AsyncIterable<readonly SegmentInit[]>,
  opts: Pick<BatchedCreate, 'onProgress'> = {},
): Promise<{ project: Project; document: DocumentRecord }> {
  const projects = new Projects(conn);
  const now = Date.now();
  const { project, document } = projects.records(init, now);
  const pending: StoredProject = { ...project, pending: true };
  await conn.write(['projects', 'documents'], async (tx) => {
    await tx.objectStore('projects').add(pending);
    await tx.objectStore('documents').add(document);
  });
  const keys = initialKeys(total);
  let written = 0;
  try {
    const it = batches[Symbol.asyncIterator]();
    let next = it.next();
    for (;;) {
      const r = await next;
      const rows = r.done ? [] : r.value;
      const upTo = written + rows.length;
      const last = upTo === total;
      if (upTo > total || (r.done && !last))
        throw new StoreError('invalid', `${r.done ? written : 'more'} rows, not ${total}`);
      // The next batch is read while this one is written. The last is written only once
      // nothing follows it: it makes the project appear, which must not happen twice.
      next = it.next();
      for (let rest = last ? await next : undefined; rest && !rest.done; rest = await next) {
        if (rest.value.length > 0) throw new StoreError('invalid', `more rows than ${total}`);
        next = it.next();
      }
      const at = written;
      await conn.write(
        ['projects', ...ROW_STORES],
        async (tx) => {
          // Another tab's start may have taken it for abandoned (no Web Locks): stop, never
          // write rows for a project that is gone nor bring it back without its first rows.
          const cur = (await tx.objectStore('projects').get(project.id)) as
            StoredProject | undefined;
          if (!cur?.pending) throw new StoreError('conflict', `project ${project.id} was removed`);
          await putRows(tx, document.id, rows, keys.slice(at, upTo), now, at);
          if (last) await tx.objectStore('projects').put({ ...project, updatedAt: Date.now() });
        },
        // Transactions commit in order: the last, strict one makes the batches durable too.
        last ? 'strict' : 'relaxed',
      );
      written = upTo;
      opts.onProgress?.(written);
      if (last) break;
    }
  } catch (e) {
    await projects.discard(project.id).catch(() => undefined);
    throw e;
  }
  conn.announce({ type: 'projects', projectId: project.id, segmentIds: [] });
  return { project, document };
}
