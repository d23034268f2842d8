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
    /** Open the term form on an entry a hit came from (`TermHit.entryIds`). */
    'bt-request-open-edit-term': CustomEvent<{ ref: string }>;
    /** Save the term form's values into the entry it was opened on. */
    'bt-request-edit-term': CustomEvent<{
      source: string;
      target: string;
      note: string;
      forbidden: boolean;
    }>;
    /** Delete the entry the term form was opened on (the user has confirmed). */
    'bt-request-delete-term': CustomEvent<undefined>;
    'bt-request-import-termbase': CustomEvent<{ file: File }>;
    'bt-request-export-termbase': CustomEvent<{ id: string; format: TermbaseFormat }>;
    'bt-request-create-termbase': CustomEvent<{ name: string }>;
    'bt-request-delete-termbase': CustomEvent<{ id: string }>;
    /** The termbases the project reads, and the one new terms go to. */
    'bt-request-choose-termbases': CustomEvent<{ read: string[]; write?: string }>;
  }
}
