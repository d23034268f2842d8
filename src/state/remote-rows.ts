// What others change in the open document meanwhile, for the document service (document.ts):
// a team's merged rows (shown at once, then stored without an undo step) and rows another tab
// of this browser wrote. Rows with this user's typing still unsaved keep the typing.
import type { Segment } from '../core/model.js';
import type { ChangeMessage, SegmentPatch, Workspace } from '../store/index.js';
import { toAppError } from './errors.js';
import type { OpenDocument } from './document.js';
import type { NoticeService } from './notices.js';

/** What this needs of the document service. */
export interface RemoteRowsHost {
  readonly ws: Workspace;
  readonly notices: NoticeService;
  current(): OpenDocument | undefined;
  row(id: string): Segment | undefined;
  /** The row has typing not yet saved. */
  unsaved(id: string): boolean;
  /** The row has a save being written, or a change shown before it is queued. */
  writing(id: string): boolean;
  /** Queues a change of the row for saving after what is queued (and journals it). */
  queue(id: string, patch: SegmentPatch, rev: number): void;
  /** Shows rows changed and gone (the snapshot only); `team`: others' changes, from the team. */
  applyRows(changed: readonly Segment[], removed: readonly string[], team?: boolean): void;
  refreshUndo(): Promise<void>;
  reload(): Promise<void>;
}

export class RemoteRows {
  /** Team updates still being stored (see apply), and the revs they stored, by row. */
  private _storing: Promise<void> = Promise.resolve();
  private readonly _revs = new Map<string, number>();

  constructor(private readonly host: RemoteRowsHost) {}

  /** Resolves once the team updates asked for so far are stored. */
  get storing(): Promise<void> {
    return this._storing;
  }

  /** The rev a team update stored for a row (newer than an edit's base, if it came after). */
  storedRev(id: string): number | undefined {
    return this._revs.get(id);
  }

  /** Another document is opened: its revs start afresh. */
  clear(): void {
    this._revs.clear();
  }

  /** See DocumentService.applyRemote. */
  apply(
    rows: readonly Omit<Segment, 'docId' | 'rev'>[],
    removed: readonly string[],
  ): Promise<void> {
    const host = this.host;
    const cur = host.current();
    if (!cur || (rows.length === 0 && removed.length === 0)) return Promise.resolve();
    const shown: Segment[] = [];
    const toStore: Omit<Segment, 'docId' | 'rev'>[] = [];
    for (const r of rows) {
      const local = host.row(r.id);
      shown.push({ ...r, docId: cur.doc.id, rev: local?.rev ?? 0 });
      // A save of this row being written now would, when done, show what it wrote over this
      // change (and a team project would send it back): queue the change after it instead.
      const busy = host.unsaved(r.id) || host.writing(r.id);
      if (local && busy) {
        const { source, target, status, note } = r;
        host.queue(r.id, { source, target, status, note }, local.rev);
      } else toStore.push(r);
    }
    host.applyRows(shown, removed, true);
    const storing = host.ws.segments.applyRemote(cur.doc.id, toStore, removed).then(
      (stored) => {
        for (const s of stored) this._revs.set(s.id, s.rev);
        // Keep what was typed meanwhile: only rows still without unsaved typing take the store's.
        const quiet = stored.filter((s) => !host.unsaved(s.id));
        if (host.current()?.doc.id === cur.doc.id)
          host.applyRows(
            quiet.map((s) => ({ ...s, ...this._sameAsShown(s) })),
            [],
            true,
          );
      },
      (e) => host.notices.error(toAppError(e)),
    );
    this._storing = Promise.all([this._storing, storing]).then(() => undefined);
    return storing;
  }

  /** The row as shown, with the stored rev (the store wrote what was shown). */
  private _sameAsShown(s: Segment): Segment {
    const now = this.host.row(s.id);
    return now ? { ...now, rev: s.rev, updatedAt: s.updatedAt } : s;
  }

  /** Another tab changed something: refresh what we show, keeping rows we are still saving. */
  async fromOtherTab(m: ChangeMessage): Promise<void> {
    const host = this.host;
    const cur = host.current();
    if (m.type === 'projects' || !cur || m.docId !== cur.doc.id) return;
    if (m.type === 'segments') {
      const rows: Segment[] = [];
      for (const id of m.segmentIds) {
        if (host.unsaved(id)) continue;
        const s = await host.ws.segments.get(id);
        if (s) rows.push(s);
      }
      host.applyRows(rows, []);
      await host.refreshUndo();
    } else await host.reload();
  }
}
