// Compares two versions off the main thread: a 10,000-row comparison must never block the UI.
// The reply is kept small, because the main thread pays for copying it: changed rows refer to
// the request's snapshots by index, and unchanged rows travel as index pairs in typed arrays
// (the client rebuilds them).
import {
  compareRows,
  type CompareLangs,
  type Comparison,
  type RowComparison,
  type RowSnapshot,
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

export interface WireComparison extends Omit<Comparison, 'rows'> {
  /** The rows that are not `unchanged`. */
  rows: WireRow[];
  /** Every row in order: k ≥ 0 is `rows[k]`; -1 - u is the u-th unchanged pair. */
  sequence: Int32Array;
  /** Unchanged rows as (index in a, index in b) pairs. */
  pairs: Int32Array;
}

export type DiffResponse =
  { id: number; ok: true; comparison: WireComparison } | { id: number; ok: false; error: string };

export function toWire(c: Comparison, a: RowSnapshot[], b: RowSnapshot[]): WireComparison {
  const ai = new Map(a.map((r, i) => [r, i]));
  const bi = new Map(b.map((r, i) => [r, i]));
  const index = (m: Map<RowSnapshot, number>, r: RowSnapshot) => m.get(r) ?? -1;
  const rows: WireRow[] = [];
  const sequence = new Int32Array(c.rows.length);
  const pairs: number[] = [];
  c.rows.forEach((r, i) => {
    if (r.type === 'unchanged') {
      sequence[i] = -1 - pairs.length / 2;
      pairs.push(index(ai, r.a[0]), index(bi, r.b[0]));
      return;
    }
    sequence[i] = rows.length;
    rows.push({
      ...r,
      a: r.a.map((x) => index(ai, x)),
      b: r.b.map((x) => index(bi, x)),
      target: r.target.hunks.length ? r.target : null,
    });
  });
  return { ...c, rows, sequence, pairs: Int32Array.from(pairs) };
}

// Typed through a narrow interface: this file is compiled with the DOM lib, not WebWorker.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<DiffRequest>) => void) | null;
  postMessage(message: DiffResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { id, a, b, options } = e.data;
  try {
    const comparison = toWire(compareRows(a, b, options), a, b);
    scope.postMessage({ id, ok: true, comparison }, [
      comparison.sequence.buffer,
      comparison.pairs.buffer,
    ]);
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
