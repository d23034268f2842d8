// A saved version and "now" for the review components: Chinese-only text, so the
// "no hard-coded English" check stays honest.
import type { Segment, Version } from '../../../src/core/model.js';
import { snapshotOf } from '../../../src/core/review.js';
import { compareRows } from '../../../src/core/diff/index.js';
import type { BtEvent } from '../../../src/ui/common/events.js';
import type { BtCompareView } from '../../../src/ui/review/bt-compare-view.js';
import '../../../src/ui/review/events.js';
import type { VersionMeta } from '../../../src/state/index.js';
import { rows } from '../fixtures.js';

export const before: Segment[] = rows(8).map((s, i) => ({
  ...s,
  target: `第${i + 1}句的译文。`,
  status: 'translated',
}));

/** Row 2 reworded, row 4 only a number changed, row 6 carries an open comment. */
export const now: Segment[] = before.map((s, i) =>
  i === 1
    ? { ...s, target: '第2句修改过的文字。', rev: 2 }
    : i === 3
      ? { ...s, target: '第5句的译文。', rev: 2 }
      : i === 5
        ? {
            ...s,
            target: '第6句的新译文。',
            comments: [
              { id: 'c1', author: '安', role: 'reviewer', at: 0, text: '请核对', resolved: false },
            ],
          }
        : s,
);

export const version: Version = {
  id: 'v1',
  docId: 'd1',
  name: '译者稿',
  author: '李',
  createdAt: 0,
  segments: before.map(snapshotOf),
};

export const versions: VersionMeta[] = [
  { id: 'v1', docId: 'd1', name: '译者稿', author: '李', createdAt: 0, segmentCount: 8 },
];

/**
 * Answers a compare view's `bt-request-compare` as the review page does, with the same core
 * function the diff Worker runs (synchronously here, so the tests need no Worker).
 */
export function answerCompare(e: BtEvent<'bt-request-compare'>): void {
  const el = e.target as BtCompareView;
  el.comparison = compareRows(e.detail.a, e.detail.b, e.detail.options);
}
