// The app's pages by URL hash, and the code and strings each loads before it is shown: only the
// grid (a first visit opens the demo project) is in the first download.
import { loadStrings } from '../../i18n/index.js';

export type Page = 'library' | 'new' | 'grid' | 'review' | 'tm' | 'join';

export interface Route {
  page: Page;
  /** The project the hash names (grid and review), decoded. */
  project?: string;
}

/** The page a hash names: `#/p/ID`, `#/p/ID/compare`, `#/new`, `#/tm`, `#/join?…`, else the library. */
export function routeOf(hash: string): Route {
  if (hash.startsWith('#/join?')) return { page: 'join' };
  if (hash === '#/new') return { page: 'new' };
  if (hash === '#/tm') return { page: 'tm' };
  const m = /^#\/p\/([^/]+)(\/compare)?/.exec(hash);
  if (!m) return { page: 'library' };
  let project: string;
  try {
    project = decodeURIComponent(m[1]!);
  } catch {
    // A hand-typed hash with a stray % is still the id as written.
    project = m[1]!;
  }
  return { page: m[2] ? 'review' : 'grid', project };
}

/** Loads a page's element and strings; `extra` is what else it needs first (the check's draft). */
export async function loadPage(page: Page, extra?: () => Promise<unknown>): Promise<void> {
  switch (page) {
    case 'library':
      await import('../library/bt-library-page.js');
      return;
    case 'join':
      await Promise.all([import('../team/bt-join-page.js'), loadStrings('team')]);
      return;
    case 'new':
      await Promise.all([
        import('../library/bt-new-project.js'),
        extra?.(),
        loadStrings('newProject'),
        loadStrings('alignCheck'),
        loadStrings('align'),
        loadStrings('encoding'),
        loadStrings('formatError'),
      ]);
      return;
    case 'review':
      await import('../review/bt-review-page.js');
      return;
    case 'tm':
      await import('../memory/bt-tm-page.js');
      return;
    case 'grid':
      return;
  }
}
