// What the user is told of saving: a row another tab changed first (theirs shown, "Keep my
// text" offered), a save that failed (or a full disk), and the all-clear once saving works
// again. The document service hands it every autosave state (state/document.ts).
import type { Segment } from '../core/model.js';
import { StoreError } from '../store/index.js';
import type { AutosaveState } from './autosave.js';
import type { NoticeService } from './notices.js';

/** What the notices need of the open document. */
export interface SaveNoticesHost {
  /** The open document's rows as shown. */
  rows(): readonly Segment[] | undefined;
  /** Shows a row as given (the snapshot only; nothing is written). */
  show(row: Segment): void;
  /** The user keeps their text of a row in conflict: it is written over the other tab's. */
  keepMine(segmentId: string): void;
  /** The user leaves the other tab's text (closed the notice): their edit is dropped. */
  keepTheirs(segmentId: string): void;
}

export class SaveNotices {
  /** Rows whose conflict notice was shown, so each conflict is told once. */
  private readonly conflictShown = new Set<string>();

  constructor(
    private readonly notices: NoticeService,
    private readonly host: SaveNoticesHost,
  ) {}

  update(st: AutosaveState): void {
    // A row changed in another tab first: show theirs, offer to keep mine.
    for (const c of st.conflicts) {
      if (this.conflictShown.has(c.segmentId)) continue;
      this.conflictShown.add(c.segmentId);
      if (this.row(c.segmentId)) this.host.show({ ...c.theirs });
      const n = (this.host.rows()?.findIndex((s) => s.id === c.segmentId) ?? 0) + 1;
      this.notices.show({
        kind: 'error',
        key: 'notice.conflict',
        params: { n },
        action: {
          key: 'notice.keepMine',
          run: () => {
            this.conflictShown.delete(c.segmentId);
            const now = this.row(c.segmentId);
            if (now) this.host.show({ ...now, ...c.mine });
            this.host.keepMine(c.segmentId);
          },
        },
        // Closing the notice leaves the other tab's text, which is what the row shows.
        onDismiss: () => {
          this.conflictShown.delete(c.segmentId);
          this.host.keepTheirs(c.segmentId);
        },
      });
    }
    for (const id of this.conflictShown) {
      if (!st.conflicts.some((c) => c.segmentId === id)) this.conflictShown.delete(id);
    }
    const shown = this.notices.state.notice?.key;
    if (st.error && st.status === 'failed') {
      const quota = st.error instanceof StoreError && st.error.kind === 'quota';
      this.notices.show({ kind: 'error', key: quota ? 'errors.quota' : 'notice.saveFailed' });
    } else if (
      st.status === 'saved' &&
      (shown === 'notice.saveFailed' || shown === 'errors.quota')
    ) {
      this.notices.dismiss();
    }
  }

  /**
   * Tells again of every row still in conflict: its notice was closed, or another notice took its
   * place, and the row waits unsaved for a choice nothing on screen offered any more.
   */
  remind(st: AutosaveState): void {
    for (const c of st.conflicts) this.conflictShown.delete(c.segmentId);
    this.update(st);
  }

  private row(id: string): Segment | undefined {
    return this.host.rows()?.find((s) => s.id === id);
  }
}
