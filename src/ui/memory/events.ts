// The translation memory's events: the matches panel, its dialogs and the TM page ask their
// parent (the grid page, the TM page) to act; see ui/common/events.ts for the scheme.
import type { Lang } from '../../core/model.js';
import type { TmUnit } from '../../core/tm/types.js';
import type { MatchOptions, PretranslateOptions } from '../../state/index.js';

declare global {
  interface GlobalEventHandlersEventMap {
    /** Insert the active row's match `n` (1-based) into its translation. */
    'bt-request-insert-match': CustomEvent<{ n: number }>;
    'bt-request-match-options': CustomEvent<Partial<MatchOptions>>;
    'bt-request-open-pretranslate': CustomEvent<undefined>;
    'bt-request-open-analysis': CustomEvent<undefined>;
    /** The project reads these TMs and writes confirmed rows to `write`. */
    'bt-request-tm-links': CustomEvent<{ read: string[]; write: string }>;
    'bt-request-tm-export': CustomEvent<{ id: string }>;
    /** Put the open document's confirmed rows into the project's write TM. */
    'bt-request-add-confirmed-rows': CustomEvent<undefined>;
    /** Open the concordance dialog (with a phrase to search at once, e.g. the selection). */
    'bt-request-open-concordance': CustomEvent<{ phrase: string }>;
    'bt-request-concordance': CustomEvent<{ phrase: string }>;
    'bt-request-pretranslate': CustomEvent<PretranslateOptions>;
    'bt-request-tm-create': CustomEvent<{ name: string; sourceLang: Lang; targetLang: Lang }>;
    'bt-request-tm-rename': CustomEvent<{ id: string; name: string }>;
    'bt-request-tm-delete': CustomEvent<{ id: string }>;
    'bt-request-tm-import': CustomEvent<{ id: string; file: File; swap: boolean }>;
    'bt-request-tm-cancel-import': CustomEvent<undefined>;
    /** The TM page's unit editor: list the units holding `phrase` (all when it is empty). */
    /** `max`: how many units to list (Show more asks for more of the same search). */
    'bt-request-tm-units-search': CustomEvent<{ phrase: string; max?: number }>;
    'bt-request-tm-unit-save': CustomEvent<{ unit: TmUnit; source: string; target: string }>;
    'bt-request-tm-unit-delete': CustomEvent<{ unit: TmUnit }>;
  }
}
