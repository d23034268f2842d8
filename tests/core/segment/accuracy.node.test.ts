// Boundary F1 on the shared gold sets (../shared/data/segmentation, never copied into the
// project): the targets of the segmentation issue, and never below Intl.Segmenter.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  hasData,
  intl,
  ours,
  readSet,
  score,
  SEG_DATA,
  type SegSet,
} from '../../../bench/segment-score.js';

/** Minimum boundary F1 (%) per set; null: only "not below Intl.Segmenter" applies. */
const TARGETS: [SegSet, number | null][] = [
  ['zh-mac-dev', 97],
  ['en-mac-dev', 98],
  ['en-ewt-dev', 88],
  ['zh-gsdsimp-dev', null],
];

const skip = hasData() ? false : `gold data not found at ${SEG_DATA}; accuracy not checked`;

describe('segmentation accuracy on the shared gold sets', () => {
  for (const [set, target] of TARGETS) {
    it(
      `${set}: F1 ≥ ${target ?? 'Intl.Segmenter'}${target ? ' and ≥ Intl.Segmenter' : ''}`,
      { skip },
      () => {
        const paragraphs = readSet(set);
        assert.ok(paragraphs.length > 0, `${set} is empty`);
        const mine = score(paragraphs, ours).f1 * 100;
        const reference = score(paragraphs, intl).f1 * 100;
        if (target !== null) assert.ok(mine >= target, `${set}: F1 ${mine.toFixed(2)} < ${target}`);
        assert.ok(
          mine >= reference,
          `${set}: F1 ${mine.toFixed(2)} below Intl.Segmenter ${reference.toFixed(2)}`,
        );
      },
    );
  }
});
