// The main thread's side of the diff worker: one lazily started worker, requests matched to
// replies by id, so several comparisons can be in flight.
import type { CompareOptions, Comparison, RowSnapshot } from '../core/diff/index.js';
import type { DiffRequest, DiffResponse } from './diff.worker.js';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (c: Comparison) => void; reject: (e: Error) => void }>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  // A crashed worker is replaced on the next request.
  worker?.terminate();
  worker = undefined;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<DiffResponse>) => {
    const reply = e.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.comparison);
    else p.reject(new Error(reply.error));
  };
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    failAll(new Error(e.message || 'diff worker failed'));
  };
  worker = w;
  return w;
}

/** Compares A (old) and B (new) in a Worker; resolves with the same result as `compareRows`. */
export function compareInWorker(
  a: readonly RowSnapshot[],
  b: readonly RowSnapshot[],
  options?: CompareOptions,
): Promise<Comparison> {
  const id = nextId++;
  const request: DiffRequest = { id, a: [...a], b: [...b], options };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      getWorker().postMessage(request);
    } catch (err) {
      pending.delete(id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Stops the worker (e.g. when the review view closes); the next comparison starts a new one. */
export function stopDiffWorker(): void {
  failAll(new Error('diff worker stopped'));
}
