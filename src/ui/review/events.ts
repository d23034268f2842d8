// The review screen's events; see ui/common/events.ts for the scheme.
import type { Decision, ReviewPatch } from '../../core/review.js';
import type { Status } from '../../core/model.js';
import type { ReviewAction } from './bt-review-bar.js';
import type { CompareLangs, CompareOptions, RowSnapshot } from '../../core/diff/index.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'bt-request-decide': CustomEvent<{ id: string; decision: Decision }>;
    'bt-request-set-statuses': CustomEvent<{ ids: string[]; status: Status }>;
    'bt-request-select': CustomEvent<{ id: string; selected: boolean }>;
    'bt-request-review': CustomEvent<{ patches: ReviewPatch[]; decision: string }>;
    'bt-request-review-action': CustomEvent<{ action: ReviewAction }>;
    /** Compare two sides (the review page runs it in a Worker and hands back `comparison`). */
    'bt-request-compare': CustomEvent<{
      a: readonly RowSnapshot[];
      b: readonly RowSnapshot[];
      options: CompareLangs;
      /** The sides by version id ('now' for the document as it is), for the decisions. */
      sides: { a: string; b: string };
    }>;
    'bt-request-load-version': CustomEvent<{ id: string }>;
    /** The project's LQA pass threshold, in points per 1,000 words. */
    'bt-request-lqa-threshold': CustomEvent<{ threshold: number }>;
    'bt-compare-options-change': CustomEvent<CompareOptions>;
  }
}
