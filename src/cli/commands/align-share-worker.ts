// The worker thread's side of sharing a sentence pass (see align-share.ts): it holds every
// sentence's features in the main thread's ids and, per pass, works out the bead costs of the
// band's last rows with the same functions the main thread would call (pair matching, Scorer),
// so the numbers are the same, into shared memory, then raises a flag the main thread waits on.
import { unpackFeatures, type PackedFeatures } from '../../core/align/features-pack.js';
import type { SentenceFeatures } from '../../core/align/features.js';
import { BEAD_TYPES, beadCosts } from '../../core/align/dp.js';
import { MAX_SIDE, type PairMatches } from '../../core/align/evidence.js';
import type { Band } from '../../core/align/band.js';
import { pairMatchesIndexed } from '../../core/align/pair-index.js';
import { withLearned } from '../../core/align/learned.js';
import { Scorer, type Model } from '../../core/align/scorer.js';

export type ShareMessage =
  | { type: 'features'; packed: PackedFeatures; n: number; vocabSize: number }
  | {
      /** A pass's band (and learned table): features and pair matches of the worker's rows. */
      type: 'pass';
      n: number;
      m: number;
      lo: Int32Array;
      hi: Int32Array;
      start: Int32Array;
      learned?: [number, number[]][];
      fromRow: number;
    }
  | {
      /** The pass's model: the bead costs, into shared memory. */
      type: 'costs';
      model: Model;
      /**
       * Over SharedArrayBuffers: the costs, and [the first row from which this thread has
       * done every row, the rows the main thread has done itself] (see DpShare).
       */
      costs: Float64Array;
      rows: Int32Array;
    };

let src: SentenceFeatures[] = [];
let tgt: SentenceFeatures[] = [];
let vocabSize = 0;
let pass:
  | { band: Band; fromRow: number; src: SentenceFeatures[]; pairs: PairMatches }
  | { error: unknown }
  | undefined;

export function onShareMessage(msg: ShareMessage): void {
  if (msg.type === 'features') {
    const all = unpackFeatures(msg.packed, undefined);
    src = all.slice(0, msg.n);
    tgt = all.slice(msg.n);
    vocabSize = msg.vocabSize;
  } else if (msg.type === 'pass') {
    try {
      const { n, m, lo, hi, start, fromRow } = msg;
      const band = { n, m, lo, hi, start };
      // A bead ending on row fromRow starts up to MAX_SIDE rows before it: the rows before
      // `first` are never matched here, so they need no learned keys (only their lengths count).
      const first = Math.max(0, fromRow - MAX_SIDE);
      const s = msg.learned
        ? [...src.slice(0, first), ...withLearned(src.slice(first), new Map(msg.learned))]
        : src;
      const pairs = pairMatchesIndexed(s, tgt, band, vocabSize, first);
      pass = { band, fromRow, src: s, pairs };
    } catch (error) {
      pass = { error };
    }
  } else {
    // On a failure the main thread never hears of a row done, and does them all itself.
    const job = pass;
    pass = undefined;
    if (!job || 'error' in job) return;
    const { band, fromRow, src: s, pairs } = job;
    const { costs, rows } = msg;
    costs.fill(NaN);
    const cost = new Scorer(s, tgt, pairs, msg.model).cost;
    beadCosts(band, cost, BEAD_TYPES, fromRow, costs, (next, done) => {
      Atomics.store(rows, 0, done);
      return Atomics.load(rows, 1) <= next;
    });
  }
}
