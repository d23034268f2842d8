// The QA panel's events: it asks its container (bt-qa-tab) to run the checks, ignore findings,
// change the project's settings or download the report, and the grid page to show a row.
import type { Finding } from '../../core/qa/types.js';
import type { QaProjectSettings } from '../../core/qa/project-settings.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Check every row of the document. */
    'bt-request-qa-run': CustomEvent<undefined>;
    'bt-request-qa-cancel': CustomEvent<undefined>;
    /** Take the caret to a row (the grid page scrolls to it). */
    'bt-request-goto-row': CustomEvent<{ id: string }>;
    'bt-request-qa-ignore': CustomEvent<{ findings: Finding[] }>;
    'bt-request-qa-unignore': CustomEvent<{ findings: Finding[] }>;
    'bt-request-qa-settings': CustomEvent<{ settings: QaProjectSettings }>;
    'bt-request-qa-report': CustomEvent<{ kind: 'html' | 'csv' }>;
    /** Show the QA panel (from the export dialog's warning, or a row's badge). */
    'bt-request-open-qa': CustomEvent<undefined>;
  }
}

export {};
