// The bench's rendering of aligner-eval's Bible scoring: consecutive predicted beads inside one
// gold bead (a verse) are merged before scoring; beads across verses are left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeWithinGold } from '../../../bench/align-data.js';

type B = [number[], number[]];
const gold: B[] = [
  [[0], [0]],
  [
    [1, 2],
    [1, 2],
  ],
  [[3], [3, 4]],
];
const CASES: [string, B[], B[]][] = [
  [
    'two 1-1 pairs of one verse become its 2-2',
    [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3, 4]],
    ],
    gold,
  ],
  [
    'a 1-1 and a 0-1 inside one verse merge',
    [
      [[0], [0]],
      [
        [1, 2],
        [1, 2],
      ],
      [[3], [3]],
      [[], [4]],
    ],
    gold,
  ],
  [
    'beads across verses stay as they are',
    [
      [
        [0, 1],
        [0, 1],
      ],
      [[2], [2]],
      [[3], [3, 4]],
    ],
    [
      [
        [0, 1],
        [0, 1],
      ],
      [[2], [2]],
      [[3], [3, 4]],
    ],
  ],
];

describe('bench: verse-merged scoring', () => {
  for (const [what, pred, want] of CASES) {
    it(what, () => assert.deepEqual(mergeWithinGold(gold, pred), want));
  }
});
