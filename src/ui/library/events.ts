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

/** A project's direction as the form's select gives it: source, then target. */
export type Direction = 'zh-Hans:en' | 'en:zh-Hans';

/** A text's paragraphs and sentences as it segments. */
export interface TextCounts {
  paragraphs: number;
  sentences: number;
}

/** A field of the new-project form changed (`fileName`: the source was opened from a file). */
export type NewProjectChange =
  | { field: 'name'; value: string }
  | { field: 'direction'; value: Direction }
  | { field: 'source'; value: string; fileName?: string }
  | { field: 'target'; value: string };

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
    'bt-new-project-change': CustomEvent<NewProjectChange>;
    'bt-request-align': CustomEvent<undefined>;
    'bt-request-back-to-check': CustomEvent<undefined>;
    'bt-request-discard': CustomEvent<undefined>;
  }
}
