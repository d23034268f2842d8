// Compares two versions off the main thread: a 10,000-row comparison must never block the UI.
// Rows are diffed in order a chunk at a time, and what is ready is sent at once and then every
// PART_MS, so the reviewer sees the first rows and the progress while the rest is diffed.
// The messages are kept small, because the main thread pays for copying them: changed rows
// refer to the request's snapshots by index, and unchanged rows travel as numbers in typed
// arrays (the client rebuilds them).
import {
  compareRowsInChunks,
  summarize,
  type CompareLangs,
  type Comparison,
  type RowComparison,
  type RowSnapshot,
  type Summary,
  type TextDiff,
} from '../core/diff/index.js';

export interface DiffRequest {
  id: number;
  a: RowSnapshot[];
  b: RowSnapshot[];
  options?: CompareLangs;
}

/** A compared row as sent back: indices into the request's `a` and `b`. */
export interface WireRow extends Omit<RowComparison, 'a' | 'b' | 'target'> {
  a: number[];
  b: number[];
  /** Null when the target did not change. */
  target: TextDiff | null;
}

/** The rows `from` … `from + sequence.length` of a comparison. */
export interface WirePart extends Omit<Comparison, 'rows' | 'summary'> {
  from: number;
  /** Rows in the whole comparison. */
  total: number;
  /** The rows that are not `unchanged`. */
  rows: WireRow[];
  /** Every row in order: k ≥ 0 is `rows[k]`; -1 - u is the u-th unchanged row. */
  sequence: Int32Array;
  /** Unchanged rows as (index in a, index in b, aRow, bRow). */
  pairs: Int32Array;
  /** Of the rows so far; of the whole comparison in the last part. */
  summary: Summary;
}

export type DiffResponse =
  | { id: number; ok: true; done: boolean; part: WirePart }
  | { id: number; ok: false; error: string };

/** Time between two partial replies: often enough to look alive, rarely enough to cost little. */
export const PART_MS = 250;

export function toWire(
  c: Omit<Comparison, 'rows'> & { rows: readonly RowComparison[] },
  a: RowSnapshot[],
  b: RowSnapshot[],
  from = 0,
  to = c.rows.length,
): WirePart {
  const ai = new Map(a.map((r, i) => [r, i]));
  const bi = new Map(b.map((r, i) => [r, i]));
  const index = (m: Map<RowSnapshot, number>, r: RowSnapshot) => m.get(r) ?? -1;
  const rows: WireRow[] = [];
  const sequence = new Int32Array(to - from);
  const pairs: number[] = [];
  for (let i = from; i < to; i++) {
    const r = c.rows[i];
    if (r.type === 'unchanged') {
      sequence[i - from] = -1 - pairs.length / 4;
      pairs.push(index(ai, r.a[0]), index(bi, r.b[0]), r.aRow, r.bRow);
      continue;
    }
    sequence[i - from] = rows.length;
    rows.push({
      ...r,
      a: r.a.map((x) => index(ai, x)),
      b: r.b.map((x) => index(bi, x)),
      target: r.target.hunks.length ? r.target : null,
    });
  }
  return {
    sourceLang: c.sourceLang,
    targetLang: c.targetLang,
    summary: c.summary,
    from,
    total: c.rows.length,
    rows,
    sequence,
    pairs: Int32Array.from(pairs),
  };
}

// Typed through a narrow interface: this file is compiled with the DOM lib, not WebWorker.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<DiffRequest>) => void) | null;
  postMessage(message: DiffResponse, transfer?: Transferable[]): void;
};

const send = (id: number, done: boolean, part: WirePart) =>
  scope.postMessage({ id, ok: true, done, part }, [part.sequence.buffer, part.pairs.buffer]);

scope.onmessage = (e) => {
  const { id, a, b, options } = e.data;
  try {
    const run = compareRowsInChunks(a, b, options);
    let sent = 0;
    let last = -Infinity;
    for (;;) {
      const step = run.next();
      if (step.done) {
        send(id, true, toWire(step.value, a, b, sent));
        return;
      }
      const p = step.value;
      // The first rows go at once; later ones only every PART_MS.
      if (sent > 0 && performance.now() - last < PART_MS) continue;
      const ready = p.rows.slice(0, p.ready);
      const summary = summarize(ready, p.sourceLang, p.targetLang);
      send(id, false, toWire({ ...p, summary }, a, b, sent, p.ready));
      sent = p.ready;
      last = performance.now();
    }
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
