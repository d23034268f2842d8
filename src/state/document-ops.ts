// The document service's changes made as a whole (each one undoable step in the store): merge
// with the next row, split at the caret, Replace all, bulk changes of selected rows, and the
// repetitions a confirm fills. What they do to the rows is computed in core/row-changes.ts and
// core/repetitions.ts; the service (state/document.ts) keeps the snapshot, autosave and undo,
// and reaches these through DocumentOpsHost.
import { CONFIRMED, type Segment, type Status } from '../core/model.js';
import { repetitionsToFill } from '../core/repetitions.js';
import {
  bulkPatches,
  nearestBoundary,
  replacePatches,
  type BulkAction,
} from '../core/row-changes.js';
import type { Who, Workspace } from '../store/index.js';
import type { OpenDocument, ReplaceRequest, RowChanges } from './document.js';
import type { NoticeService } from './notices.js';

/** What these operations need of the document service. */
export interface DocumentOpsHost {
  readonly ws: Workspace;
  readonly notices: NoticeService;
  current(): OpenDocument | undefined;
  who(): Who;
  row(id: string): Segment | undefined;
  mayEdit(): boolean;
  /** The role may set `status`; if not, says so. */
  mayStatus(status: Status): boolean;
  /** Runs one store operation after pending typing is written; false when it failed. */
  apply(run: () => Promise<RowChanges>): Promise<boolean>;
  /** Writes the typing still waiting for autosave. */
  flush(): Promise<void>;
  /** What the last Replace all did. */
  setReplaced(replaced: { count: number; rows: number }): void;
  undo(): Promise<void>;
}

export async function mergeWithNext(host: DocumentOpsHost, id: string): Promise<void> {
  const rows = host.current()?.segments ?? [];
  const i = rows.findIndex((s) => s.id === id);
  if (i < 0 || i + 1 >= rows.length) {
    host.notices.info('notice.cannotMergeLast');
    return;
  }
  const who = host.who();
  if (await host.apply(() => host.ws.structure.merge(id, rows[i + 1].id, who)))
    host.notices.info('notice.merged');
}

/** See DocumentService.split. */
export async function splitRow(
  host: DocumentOpsHost,
  id: string,
  field: 'source' | 'target',
  offset: number,
): Promise<void> {
  const row = host.row(id);
  const cur = host.current();
  if (!row || !cur || offset <= 0 || offset >= row[field].length) {
    host.notices.info('notice.cannotSplit');
    return;
  }
  const other = field === 'source' ? 'target' : 'source';
  const otherLang = field === 'source' ? cur.project.targetLang : cur.project.sourceLang;
  // The segmentation rules load with the first split, not on the first visit.
  const { segmentParagraph } = await import('../core/segment/index.js');
  const otherAt = nearestBoundary(
    row[other],
    offset / row[field].length,
    otherLang,
    segmentParagraph,
  );
  const [sourceAt, targetAt] = field === 'source' ? [offset, otherAt] : [otherAt, offset];
  const who = host.who();
  if (await host.apply(() => host.ws.structure.split(id, sourceAt, targetAt, who)))
    host.notices.info('notice.split');
}

export async function replaceAll(host: DocumentOpsHost, req: ReplaceRequest): Promise<void> {
  // Loaded with the find bar that asks for this, not on the first visit.
  const { compileFind, replaceAllIn } = await import('../core/find.js');
  const cur = host.current();
  const re = compileFind(req);
  if (!cur || !(re instanceof RegExp) || !host.mayEdit()) return;
  await host.flush();
  const { patches, count } = replacePatches(host.current()?.segments ?? [], req.scope, (text) =>
    replaceAllIn(text, re, req.replacement, req.regex),
  );
  if (patches.length > 0) {
    const who = host.who();
    if (!(await host.apply(() => host.ws.structure.updateMany(cur.doc.id, patches, who)))) return;
  }
  host.setReplaced({ count, rows: patches.length });
}

/** See DocumentService.bulk. */
export async function bulkChange(
  host: DocumentOpsHost,
  ids: readonly string[],
  action: BulkAction,
): Promise<void> {
  const cur = host.current();
  if (!cur || ids.length === 0 || !host.mayEdit()) return;
  if (typeof action === 'object' && !host.mayStatus(action.status)) return;
  const who = host.who();
  const confirmAs: Status = who.role === 'reviewer' ? 'reviewed' : 'translated';
  const { patches, skippedEmpty } = bulkPatches(cur.segments, ids, action, confirmAs);
  if (patches.length === 0) {
    host.notices.info(skippedEmpty ? 'bulk.skippedEmpty' : 'bulk.nothing', {
      count: skippedEmpty,
    });
    return;
  }
  const ok = await host.apply(() => host.ws.structure.updateMany(cur.doc.id, patches, who));
  if (!ok) return;
  const key = `bulk.done_${typeof action === 'object' ? 'status' : action}`;
  host.notices.info(key, { count: patches.length }, { key: 'common.undo', run: () => host.undo() });
}

/**
 * Auto-propagation: the translation of a row just confirmed fills the document's untouched rows
 * with the same sentence, as drafts (each is still confirmed in its own context), in one
 * undoable step. Rows with typing not yet written (`unsaved`) are left alone.
 */
export async function fillRepetitions(
  host: DocumentOpsHost,
  id: string,
  unsaved: (id: string) => boolean,
): Promise<void> {
  const cur = host.current();
  const row = host.row(id);
  if (!cur || !row || !CONFIRMED.includes(row.status)) return;
  const ids = repetitionsToFill(cur.segments, row).filter((r) => !unsaved(r));
  if (ids.length === 0) return;
  const patches = ids.map((r) => ({
    id: r,
    patch: { target: row.target, status: 'draft' as const },
  }));
  const who = host.who();
  if (await host.apply(() => host.ws.structure.updateMany(cur.doc.id, patches, who)))
    host.notices.info(
      'notice.repetitionsFilled',
      { count: ids.length },
      { key: 'common.undo', run: () => host.undo() },
    );
}
