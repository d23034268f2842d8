// The main thread's side of sharing a sentence pass with the features worker, once both have
// every sentence's features: the programme must go row by row, but a bead's cost depends only
// on the features, the pair matches and the model, not on the rows before it. So the worker
// works out the costs of the band's last rows (align-share-worker.ts) while this thread runs
// the programme over the first ones, then reads them from shared memory: the same function on
// the same inputs gives the same numbers, and the output stays the single thread's, byte for
// byte (bench/align-same.ts). Should the worker fail or stall, this thread computes them.
import type { Worker } from 'node:worker_threads';
import type { PreparedFeatures } from '../../core/align/align.js';
import { BEAD_TYPES, type DpShare } from '../../core/align/dp.js';
import { packFeatures, packedBuffers } from '../../core/align/features-pack.js';
import type { SentenceFeatures } from '../../core/align/features.js';
import type { ShareMessage } from './align-share-worker.js';

/**
 * Where the worker's rows start, as a share of the band's rows. The first pass: this thread
 * also matches every sentence pair (its band is 1.5 blocks wide) before the programme, the
 * worker only its rows'. The second: the worker first adds the learned table to its features.
 */
const FIRST_PASS_FROM = 0.42;
const SECOND_PASS_FROM = 0.5;
/** Longest wait for the worker's costs before computing them here (it is stuck or gone). */
const WAIT_MS = 60_000;

/** Sends the worker every sentence's features (this thread's ids); returns the share offer. */
export function shareWith(
  worker: Worker,
  src: SentenceFeatures[],
  tgt: SentenceFeatures[],
  vocabSize: number,
): NonNullable<PreparedFeatures['share']> {
  const packed = packFeatures([...src, ...tgt], undefined);
  worker.postMessage(
    { type: 'features', packed, n: src.length, vocabSize } satisfies ShareMessage,
    packedBuffers(packed),
  );
  return ({ band, learned }) => {
    const { n, m, lo, hi, start } = band;
    const fromRow = Math.round(n * (learned ? SECOND_PASS_FROM : FIRST_PASS_FROM));
    worker.postMessage({
      type: 'pass',
      n,
      m,
      lo,
      hi,
      start,
      learned: learned && [...learned],
      fromRow,
    } satisfies ShareMessage);
    return (model): DpShare => {
      const cells = start[n + 1]! - start[fromRow]!;
      const costs = new Float64Array(new SharedArrayBuffer(8 * cells * BEAD_TYPES.length));
      const flag = new Int32Array(new SharedArrayBuffer(4));
      worker.postMessage({ type: 'costs', model, costs, flag } satisfies ShareMessage);
      return {
        fromRow,
        costs,
        ready: () => Atomics.wait(flag, 0, 0, WAIT_MS) !== 'timed-out' && flag[0] === 1,
      };
    };
  };
}
