// Compares two versions off the main thread: a 10,000-row comparison must never block the UI.
// The reply is kept small, because the main thread pays for copying it: rows refer to the
// request's snapshots by index, and unchanged targets are left out (the client rebuilds them).
import {
  compareRows,
  type CompareOptions,
  type Comparison,
  type RowComparison,
  type RowSnapshot,
  type TextDiff,
} from '../core/diff/index.js';

export interface DiffRequest {
  id: number;
  a: RowSnapshot[];
  b: RowSnapshot[];
  options?: CompareOptions;
}

/** A compared row as sent back: indices into the request's `a` and `b`. */
export interface WireRow extends Omit<RowComparison, 'a' | 'b' | 'target'> {
  a: number[];
  b: number[];
  /** Null when the target did not change. */
  target: TextDiff | null;
}

export interface WireComparison extends Omit<Comparison, 'rows'> {
  rows: WireRow[];
}

export type DiffResponse =
  { id: number; ok: true; comparison: WireComparison } | { id: number; ok: false; error: string };

export function toWire(c: Comparison, a: RowSnapshot[], b: RowSnapshot[]): WireComparison {
  const ai = new Map(a.map((r, i) => [r, i]));
  const bi = new Map(b.map((r, i) => [r, i]));
  const index = (m: Map<RowSnapshot, number>, r: RowSnapshot) => m.get(r) ?? -1;
  return {
    ...c,
    rows: c.rows.map((r) => ({
      ...r,
      a: r.a.map((x) => index(ai, x)),
      b: r.b.map((x) => index(bi, x)),
      target: r.target.hunks.length ? r.target : null,
    })),
  };
}

// Typed through a narrow interface: this file is compiled with the DOM lib, not WebWorker.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<DiffRequest>) => void) | null;
  postMessage(message: DiffResponse): void;
};

scope.onmessage = (e) => {
  const { id, a, b, options } = e.data;
  try {
    scope.postMessage({ id, ok: true, comparison: toWire(compareRows(a, b, options), a, b) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
