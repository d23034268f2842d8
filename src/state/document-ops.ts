// The document service's changes made as a whole (each one undoable step in the store): merge
// with the next row, split at the caret, Replace all, bulk changes of selected rows, and the
// repetitions a confirm fills. What they do to the rows is computed in core/row-changes.ts and
// core/repetitions.ts; the service (state/document.ts) keeps the snapshot, autosave and undo,
// and reaches these through DocumentOpsHost.
import { CONFIRMED, type Segment, type Status } from '../core/model.js';
import { previousTranslation, propagation, repetitionKey, type Fill } from '../core/repetitions.js';
import {
  bulkPatches,
  nearestBoundary,
  replacePatches,
  type BulkAction,
  type IdPatch,
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
  /** True while the row has typing not yet written. */
  unsaved(id: string): boolean;
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

/**
 * See DocumentService.replaceMatch: the one match at `start` of a row, as Replace all would have
 * replaced it, in one undoable step. Nothing when the row no longer has that match.
 */
export async function replaceMatch(
  host: DocumentOpsHost,
  req: ReplaceRequest & { id: string; start: number },
): Promise<void> {
  const { compileFind, replaceAt } = await import('../core/find.js');
  const re = compileFind(req);
  if (!host.current() || !(re instanceof RegExp) || !host.mayEdit()) return;
  await host.flush();
  const cur = host.current();
  const row = cur?.segments.find((s) => s.id === req.id);
  const r = row && replaceAt(row[req.scope], re, req.start, req.replacement, req.regex);
  if (!cur || !row || !r) return;
  const { patches } = replacePatches([row], req.scope, () => ({ text: r.text, count: 1 }));
  if (patches.length === 0) return;
  const who = host.who();
  await host.apply(() => host.ws.structure.updateMany(cur.doc.id, patches, who));
}

/**
 * See DocumentService.bulk. Rows it confirms fill their repetitions (auto-propagation, as a
 * confirm of one row does) in the same undoable step: one Undo takes back the confirm and the
 * filled rows together, as the notice says.
 */
export async function bulkChange(
  host: DocumentOpsHost,
  ids: readonly string[],
  action: BulkAction,
): Promise<void> {
  if (!host.current() || ids.length === 0 || !host.mayEdit()) return;
  if (typeof action === 'object' && !host.mayStatus(action.status)) return;
  // Typing is written first, so a confirmed row's history (read for its previous translation)
  // goes up to the text being confirmed.
  await host.flush();
  const cur = host.current();
  if (!cur) return;
  const who = host.who();
  const confirmAs: Status = who.role === 'reviewer' ? 'reviewed' : 'translated';
  const { patches, skippedEmpty } = bulkPatches(cur.segments, ids, action, confirmAs);
  if (patches.length === 0) {
    host.notices.info(skippedEmpty ? 'bulk.skippedEmpty' : 'bulk.nothing', {
      count: skippedEmpty,
    });
    return;
  }
  const byId = new Map(cur.segments.map((r) => [r.id, r]));
  const confirmed = patches
    .filter((p) => p.patch.status && CONFIRMED.includes(p.patch.status))
    .map((p) => ({ ...byId.get(p.id)!, ...p.patch }));
  const patched = new Set(patches.map((p) => p.id));
  // A row the bulk change sets itself is not filled too (one change a row in a step).
  const fills = (await fillsOf(host, cur.segments, confirmed)).filter((f) => !patched.has(f.id));
  const all = [...patches, ...fills.map(asDraft)];
  const ok = await host.apply(() => host.ws.structure.updateMany(cur.doc.id, all, who));
  if (!ok) return;
  const what = typeof action === 'object' ? 'status' : action;
  const undo = { key: 'common.undo', run: () => host.undo() };
  if (fills.length > 0)
    host.notices.info(`bulk.filled_${what}`, { rows: patches.length, count: fills.length }, undo);
  else host.notices.info(`bulk.done_${what}`, { count: patches.length }, undo);
}

/** Read back this far in a confirmed row's history for its previous translation. */
const HISTORY_READ = 500;

/**
 * What confirming `confirmed` fills (core/repetitions.ts propagation), rows with typing not yet
 * written aside. A confirmed row's history is read only when a draft repetition may still hold
 * its previous translation, so most confirms read nothing more.
 */
async function fillsOf(
  host: DocumentOpsHost,
  rows: readonly Segment[],
  confirmed: readonly Segment[],
): Promise<Fill[]> {
  if (confirmed.length === 0) return [];
  const drafts = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.status !== 'draft' || host.unsaved(r.id)) continue;
    const key = repetitionKey(r);
    drafts.set(key, (drafts.get(key) ?? new Set()).add(r.target));
  }
  const previous = new Map<string, string>();
  await Promise.all(
    confirmed.map(async (f) => {
      const held = drafts.get(repetitionKey(f));
      if (!held || (held.size === 1 && held.has(f.target))) return;
      let revs = await host.ws.history.page(f.id, 0, HISTORY_READ);
      // A full page may end inside an operation: that one is left out.
      if (revs.length === HISTORY_READ) {
        const last = revs[revs.length - 1].opId;
        revs = revs.filter((r) => r.opId !== last);
      }
      const old = previousTranslation(f, revs);
      if (old !== undefined) previous.set(f.id, old);
    }),
  );
  return propagation(rows, confirmed, previous).filter((f) => !host.unsaved(f.id));
}

const asDraft = (f: Fill): IdPatch => ({ id: f.id, patch: { target: f.target, status: 'draft' } });

/**
 * Auto-propagation: the translation of a row just confirmed fills the document's untouched rows
 * with the same sentence, and updates the drafts an earlier confirm of it filled that nobody has
 * changed since, as drafts (each is still confirmed in its own context), in one undoable step.
 * Rows with typing not yet written are left alone.
 */
export async function fillRepetitions(host: DocumentOpsHost, id: string): Promise<void> {
  const cur = host.current();
  const row = host.row(id);
  if (!cur || !row || !CONFIRMED.includes(row.status)) return;
  const fills = await fillsOf(host, cur.segments, [row]);
  if (fills.length === 0) return;
  const who = host.who();
  if (await host.apply(() => host.ws.structure.updateMany(cur.doc.id, fills.map(asDraft), who)))
    host.notices.info(
      'notice.repetitionsFilled',
      { count: fills.length },
      { key: 'common.undo', run: () => host.undo() },
    );
}
