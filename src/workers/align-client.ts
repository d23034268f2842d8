// Promise client for the alignment Worker: one Worker per job, so cancelling is simply
// terminating it (the dynamic programme never has to poll for a cancel message).
import type { Bead } from '../core/align/index.js';
import type { AlignInput, AlignPiecesInput, WorkerReply, WorkerRequest } from './align-protocol.js';

export type { AlignInput, AlignPiecesInput } from './align-protocol.js';

export interface AlignInWorkerOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const abortError = (): DOMException => new DOMException('alignment cancelled', 'AbortError');

function run<T>(
  request: WorkerRequest,
  result: (m: WorkerReply) => T | undefined,
  opts: AlignInWorkerOptions,
): Promise<T> {
  const { onProgress, signal } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'progress') {
        onProgress?.(m.fraction);
        return;
      }
      finish();
      const value = result(m);
      if (value !== undefined) resolve(value);
      else reject(new Error(m.type === 'error' ? m.message : `unexpected reply ${m.type}`));
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      finish();
      reject(new Error(e.message || 'alignment worker failed to start'));
    });
    worker.postMessage(request);
  });
}

export function alignInWorker(input: AlignInput, opts: AlignInWorkerOptions = {}): Promise<Bead[]> {
  return run(
    { kind: 'document', ...input },
    (m) => (m.type === 'done' ? m.beads : undefined),
    opts,
  );
}

/** Aligns each piece on its own, in one Worker; `beads[k]` belongs to `pieces[k]`. */
export function alignPiecesInWorker(
  input: AlignPiecesInput,
  opts: AlignInWorkerOptions = {},
): Promise<Bead[][]> {
  return run(
    { kind: 'pieces', ...input },
    (m) => (m.type === 'pieces-done' ? m.beads : undefined),
    opts,
  );
}
