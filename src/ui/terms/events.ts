// The terms feature's events: the terms panel, the termbase list and the Add term form ask the
// grid page (which owns the terms service) to act; see ui/common/events.ts for the scheme.
import type { TermbaseFormat } from '../../core/formats/termbase.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Put a target term at the caret of the active row's translation. */
    'bt-request-insert-term': CustomEvent<{ text: string }>;
    /** Open the Add term form, prefilled from the selections. */
    'bt-request-open-add-term': CustomEvent<undefined>;
    'bt-request-add-term': CustomEvent<{
      source: string;
      target: string;
      note: string;
      forbidden: boolean;
    }>;
    'bt-request-import-termbase': CustomEvent<{ file: File }>;
    'bt-request-export-termbase': CustomEvent<{ id: string; format: TermbaseFormat }>;
    'bt-request-create-termbase': CustomEvent<{ name: string }>;
    'bt-request-delete-termbase': CustomEvent<{ id: string }>;
    /** The termbases the project reads, and the one new terms go to. */
    'bt-request-choose-termbases': CustomEvent<{ read: string[]; write?: string }>;
  }
}
