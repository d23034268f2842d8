// The grid's events: rows, toolbar, find bar, track changes and the side panel ask the grid
// page (bt-grid-page) to change the document; see ui/common/events.ts for the scheme.
import type { Decision } from '../../core/review.js';
import type { RowFilter } from '../../core/filter.js';
import type { Status } from '../../core/model.js';
import type { BulkAction } from '../../state/index.js';
import type { FindRequest } from './bt-find-bar.js';
import type { TrackAction } from './bt-track-bar.js';

type Row = { id: string };
type Field = 'source' | 'target';

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-request-edit': CustomEvent<{ id: string; field: Field; value: string }>;
    /** The caret left a row's fields: write its typing now. */
    'bt-request-leave': CustomEvent<Row>;
    /** A row took the focus (handled by the grid, which reports `bt-active-change`). */
    'bt-request-activate': CustomEvent<Row>;
    /** The grid's active row changed. */
    'bt-active-change': CustomEvent<Row>;
    'bt-request-confirm': CustomEvent<Row>;
    'bt-request-copy-source': CustomEvent<Row>;
    'bt-request-status': CustomEvent<{ id: string; status: Status }>;
    'bt-request-note': CustomEvent<{ id: string; note: string }>;
    'bt-request-note-close': CustomEvent<Row>;
    'bt-request-open-note': CustomEvent<Row>;
    'bt-request-merge': CustomEvent<Row>;
    'bt-request-split': CustomEvent<{ id: string; field: Field; offset: number }>;
    /** Split the active row at the caret (the grid knows where the caret is). */
    'bt-request-split-at-caret': CustomEvent<undefined>;
    'bt-request-undo': CustomEvent<undefined>;
    'bt-request-redo': CustomEvent<undefined>;
    'bt-request-find': CustomEvent<FindRequest & { direction: 1 | -1 }>;
    'bt-request-open-find': CustomEvent<undefined>;
    'bt-request-open-replace': CustomEvent<undefined>;
    'bt-request-replace-all': CustomEvent<FindRequest>;
    /** The find bar's query or options changed (its match count follows as one types). */
    'bt-find-change': CustomEvent<FindRequest>;
    /** From the find bar: replace the current match, then go to the next. */
    'bt-request-replace': CustomEvent<FindRequest>;
    /** From the grid to its page: replace the match at `start` of row `id` (one undoable step). */
    'bt-request-replace-match': CustomEvent<FindRequest & { id: string; start: number }>;
    'bt-request-filter': CustomEvent<{ filter: RowFilter }>;
    'bt-request-edit-source': CustomEvent<{ on: boolean }>;
    'bt-request-shortcuts': CustomEvent<undefined>;
    /** Show rows changed since a version as track changes ('' = off). */
    'bt-request-changed-since': CustomEvent<Row>;
    'bt-request-track-decide': CustomEvent<{ ids: string[]; decision: Decision }>;
    'bt-request-track-select': CustomEvent<{ id: string; selected: boolean }>;
    'bt-request-track-action': CustomEvent<{ action: TrackAction }>;
    'bt-request-undecided-only': CustomEvent<{ on: boolean }>;
    /** Select a row: alone, a range from the last one (`range`), or add/remove it (`toggle`). */
    'bt-request-select-row': CustomEvent<{ id: string; range: boolean; toggle: boolean }>;
    'bt-request-select-all': CustomEvent<undefined>;
    'bt-request-unselect': CustomEvent<undefined>;
    /** From the bulk bar to the grid, which adds the selected rows. */
    'bt-request-bulk-action': CustomEvent<{ action: BulkAction }>;
    /** From the grid to its page: change these rows as one step. */
    'bt-request-bulk': CustomEvent<{ ids: string[]; action: BulkAction }>;
    'bt-request-restore-revision': CustomEvent<{ id: number; side: 'before' | 'after' }>;
    'bt-request-save-version': CustomEvent<{ name: string }>;
    'bt-request-restore-version': CustomEvent<Row>;
    'bt-request-rename-version': CustomEvent<{ id: string; name: string }>;
    'bt-request-delete-version': CustomEvent<Row>;
  }
}
