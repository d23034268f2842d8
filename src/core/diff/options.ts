// What a comparison is asked for: the engine needs only the languages; the reviewer's choices
// around it (which versions, how shown, what hidden) are plain data of the same comparison.
import type { Lang } from '../model.js';
import type { ChangeKind } from './classify.js';
import type { RowFilter } from './filters.js';

/** The languages `compareRows` diffs by; each is guessed from the texts when absent. */
export interface CompareLangs {
  sourceLang?: Lang;
  targetLang?: Lang;
}

/** Changes shown in one column, or the two versions side by side. */
export type CompareLayout = 'inline' | 'side';

/** What the reviewer compares and how it is shown. `a` and `b` are version ids, `b` may be 'now'. */
export interface CompareOptions extends CompareLangs, RowFilter {
  a: string;
  b: string;
  layout: CompareLayout;
  onlyChanged: boolean;
  ignore: ChangeKind[];
  openComments: boolean;
}
