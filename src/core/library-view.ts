// Which projects the library lists, and in what order: a filter on the name and a sort, as a
// project list in memoQ or Trados offers them once there are more than a screenful.
import type { Project } from './model.js';
import { confirmedOf, type RowCounts } from './progress.js';

export const LIBRARY_SORTS = ['updated', 'name', 'created', 'progress'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** Case, width (ＡＢＣ) and compatibility forms aside, as a person reading the name would. */
const fold = (s: string): string => s.normalize('NFKC').toLocaleLowerCase();

const confirmedShare = (c: RowCounts | undefined): number => {
  if (!c || c.rows === 0) return 0;
  return confirmedOf(c) / c.rows;
};

/**
 * The projects whose name holds `filter` (every word of it, in any order), sorted: last updated
 * first; by name in the UI language's collation (`locale`: zh-CN orders Chinese names by pinyin);
 * newest created first; or least confirmed first (the work left), each tie by last updated.
 */
export function libraryView(
  projects: readonly Project[],
  opts: {
    filter?: string;
    sort?: LibrarySort;
    progress?: ReadonlyMap<string, RowCounts>;
    locale?: string;
  } = {},
): Project[] {
  const words = fold(opts.filter ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const shown = projects.filter((p) => {
    const name = fold(p.name);
    return words.every((w) => name.includes(w));
  });
  const byUpdated = (a: Project, b: Project) => b.updatedAt - a.updatedAt;
  const collator = new Intl.Collator(opts.locale, { numeric: true, sensitivity: 'base' });
  const compare: Record<LibrarySort, (a: Project, b: Project) => number> = {
    updated: byUpdated,
    name: (a, b) => collator.compare(a.name, b.name) || byUpdated(a, b),
    created: (a, b) => b.createdAt - a.createdAt || byUpdated(a, b),
    progress: (a, b) =>
      confirmedShare(opts.progress?.get(a.id)) - confirmedShare(opts.progress?.get(b.id)) ||
      byUpdated(a, b),
  };
  return shown.sort(compare[opts.sort ?? 'updated']);
}
