// Compares two versions off the main thread: a 10,000-row comparison must never block the UI.
import {
  compareRows,
  type CompareOptions,
  type Comparison,
  type RowSnapshot,
} from '../core/diff/index.js';

export interface DiffRequest {
  id: number;
  a: RowSnapshot[];
  b: RowSnapshot[];
  options?: CompareOptions;
}

export type DiffResponse =
  { id: number; ok: true; comparison: Comparison } | { id: number; ok: false; error: string };

// Typed through a narrow interface: this file is compiled with the DOM lib, not WebWorker.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<DiffRequest>) => void) | null;
  postMessage(message: DiffResponse): void;
};

scope.onmessage = (e) => {
  const { id, a, b, options } = e.data;
  try {
    scope.postMessage({ id, ok: true, comparison: compareRows(a, b, options) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
