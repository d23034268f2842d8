// The alignment view's events; see ui/common/events.ts for the scheme.
import type { AlignRow } from '../../core/beads.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The aligner merged, split, moved or undid: the rows as they are now. */
    'bt-align-change': CustomEvent<{ rows: AlignRow[] }>;
    /** Where the user is: the active row and the first row in view (to resume there). */
    'bt-align-place': CustomEvent<{ active: number; topRow: number }>;
    /** Align the rows after row `from` again, keeping rows a person checked. */
    'bt-request-realign': CustomEvent<{ from: number }>;
  }
}
