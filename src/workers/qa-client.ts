// Promise client for the QA Worker: one Worker per run, so cancelling is terminating it.
import type { Finding } from '../core/qa/index.js';
import type { QaInput, QaReply } from './qa-protocol.js';

export type { QaInput } from './qa-protocol.js';

export interface QaInWorkerOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const abortError = (): DOMException => new DOMException('quality checks cancelled', 'AbortError');

export function checkInWorker(input: QaInput, opts: QaInWorkerOptions = {}): Promise<Finding[]> {
  const { onProgress, signal } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<Finding[]>((resolve, reject) => {
    const worker = new Worker(new URL('./qa.worker.ts', import.meta.url), { type: 'module' });
    const finish = (): void => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<QaReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.fraction);
      else if (m.type === 'done') {
        finish();
        resolve(m.findings);
      } else {
        finish();
        reject(new Error(m.message));
      }
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      finish();
      reject(new Error(e.message || 'quality-check worker failed to start'));
    });
    worker.postMessage(input);
  });
}
