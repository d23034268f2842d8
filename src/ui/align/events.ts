// The alignment view's events; see ui/common/events.ts for the scheme.
import type { AlignRow } from '../../core/beads.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** The aligner merged, split, moved or undid: the rows as they are now. */
    'bt-align-change': CustomEvent<{ rows: AlignRow[] }>;
  }
}
