// Promise client for the alignment Worker: one Worker per job, so cancelling is simply
// terminating it (the dynamic programme never has to poll for a cancel message).
import type { Bead } from '../core/align/index.js';
import type { AlignInput, WorkerReply } from './align-protocol.js';

export type { AlignInput } from './align-protocol.js';

export interface AlignInWorkerOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const abortError = (): DOMException => new DOMException('alignment cancelled', 'AbortError');

export function alignInWorker(input: AlignInput, opts: AlignInWorkerOptions = {}): Promise<Bead[]> {
  const { onProgress, signal } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<Bead[]>((resolve, reject) => {
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
      if (m.type === 'progress') onProgress?.(m.fraction);
      else if (m.type === 'done') {
        finish();
        resolve(m.beads);
      } else {
        finish();
        reject(new Error(m.message));
      }
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      finish();
      reject(new Error(e.message || 'alignment worker failed to start'));
    });
    worker.postMessage(input);
  });
}
