// The main thread's side of sharing a sentence pass with the features worker, once both have
// every sentence's features: the programme must go row by row, but a bead's cost depends only
// on the features, the pair matches and the model, not on the rows before it. So the worker
// works out the costs of the band's last rows (align-share-worker.ts) while this thread runs
// the programme over the first ones, then reads them from shared memory: the same function on
// the same inputs gives the same numbers, and the output stays the single thread's, byte for
// byte (bench/align-same.ts). Neither waits for the other (core/align/dp.ts DpShare): should
// the worker be slow, fail or stall, this thread computes the rows it has not done.
import type { Worker } from 'node:worker_threads';
import type { PreparedFeatures } from '../../core/align/align.js';
import { BEAD_TYPES, type DpShare } from '../../core/align/dp.js';
import { packFeatures, packedBuffers } from '../../core/align/features-pack.js';
import type { SentenceFeatures } from '../../core/align/features.js';
import type { ShareMessage } from './align-share-worker.js';

/**
 * The rows the worker may take, from this share of the band's rows on: it works from the last
 * row back, this thread from the first on, and they meet where their speeds put them, at this
 * row or later (when the worker is slower). It matches pairs for all of its rows first, so a
 * lower share costs more work twice over. About where two free cores meet on bible-001; the
 * second pass's worker first adds the learned table to its rows.
 */
const FIRST_PASS_FROM = 0.4;
const SECOND_PASS_FROM = 0.45;

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
      // [first row the worker has done every row from (n + 1: none), rows this thread has done]
      const rows = new Int32Array(new SharedArrayBuffer(8));
      rows[0] = n + 1;
      worker.postMessage({ type: 'costs', model, costs, rows } satisfies ShareMessage);
      return {
        fromRow,
        costs,
        doneFrom: () => Atomics.load(rows, 0),
        passed: (i) => void Atomics.store(rows, 1, i + 1),
      };
    };
  };
}
