// The import and export dialogs' events; see ui/common/events.ts for the scheme.
import type { Lang } from '../../core/model.js';

/**
 * A parsed file to make a project of, as the user named and directed it: its pairs stay in the
 * import Worker, `ticket` names them (LibraryService.createFromImport).
 */
export interface ImportRequest {
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  ticket: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-request-import-bitext': CustomEvent<ImportRequest>;
    'bt-request-encoding': CustomEvent<{ encoding: string }>;
  }
}
