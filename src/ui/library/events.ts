// The library's and the new-project page's events; see ui/common/events.ts for the scheme.
import type { AlignRow } from '../../core/beads.js';
import type { Lang } from '../../core/model.js';

/** A project to create from aligned (or source-only) rows. */
export interface NewProjectRequest {
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  rows: AlignRow[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-request-rename-project': CustomEvent<{ id: string; name: string }>;
    'bt-request-delete-project': CustomEvent<{ id: string }>;
    'bt-request-import-backup': CustomEvent<{ text: string; mode: 'replace' | 'merge' }>;
    'bt-request-export-backup': CustomEvent<undefined>;
    'bt-request-open-import': CustomEvent<undefined>;
    'bt-request-create-aligned': CustomEvent<NewProjectRequest>;
    'bt-request-cancel': CustomEvent<undefined>;
    'bt-text-change': CustomEvent<{ text: string; fileName?: string }>;
  }
}
