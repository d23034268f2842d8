// Promise client for the alignment Worker. A Worker that finished a job is kept (one, for a few
// minutes) for the next job, so the ~3 MB lexicon is fetched and parsed once, not per job.
// Cancelling still terminates the Worker (the dynamic programme never polls for a cancel
// message); the next job then starts a fresh one.
import type { Bead } from '../core/align/index.js';
import type {
  AlignAnchoredInput,
  AlignInput,
  WorkerReply,
  WorkerRequest,
  WorkerStats,
} from './align-protocol.js';

export type { AlignAnchoredInput, AlignInput, WorkerStats } from './align-protocol.js';

export interface AlignInWorkerOptions {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** An idle Worker (and its lexicon, ~100 MB) is let go after this long unused. */
const IDLE_MS = 5 * 60_000;

/** The kept Worker; `warm` once it has the lexicon (or is loading it). */
let idle: { worker: Worker; timer: ReturnType<typeof setTimeout>; warm: boolean } | undefined;
let started = 0;
let running = 0;

const abortError = (): DOMException => new DOMException('alignment cancelled', 'AbortError');

/** The kept Worker if there is one (it leaves the shelf), else a new one. */
function take(): Worker {
  if (idle) {
    const { worker, timer } = idle;
    clearTimeout(timer);
    idle = undefined;
    return worker;
  }
  started++;
  return new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });
}

/** Shelves a Worker that finished cleanly; a second one (jobs ran side by side) is let go. */
function release(worker: Worker, warm: boolean): void {
  if (idle) {
    worker.terminate();
    return;
  }
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    worker.terminate();
  }, IDLE_MS);
  idle = { worker, timer, warm };
}

/** Workers started so far in this page (tests check that jobs share one). */
export const alignWorkersStarted = (): number => started;

/**
 * Starts a Worker and has it fetch and parse the lexicon, so that a job soon after (the user is
 * typing or pasting the texts) finds it ready. Cheap to call again: the kept Worker is reused.
 */
export function warmAlignWorker(): void {
  // A running job's Worker is warming already; a second Worker would only compete with it.
  if (running || idle?.warm) return;
  const worker = take();
  worker.postMessage({ kind: 'warm' } satisfies WorkerRequest);
  release(worker, true);
}

function run<T>(
  request: WorkerRequest,
  result: (m: WorkerReply) => T | undefined,
  opts: AlignInWorkerOptions,
): Promise<T> {
  const { onProgress, signal } = opts;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const worker = take();
    running++;
    const detach = (): void => {
      running--;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      detach();
      worker.terminate();
      reject(abortError());
    };
    const onMessage = (e: MessageEvent<WorkerReply>): void => {
      const m = e.data;
      if (m.type === 'progress') {
        onProgress?.(m.fraction);
        return;
      }
      detach();
      const value = result(m);
      if (value !== undefined) {
        release(worker, 'lexicon' in m && m.lexicon);
        resolve(value);
      } else {
        worker.terminate();
        reject(new Error(m.type === 'error' ? m.message : `unexpected reply ${m.type}`));
      }
    };
    const onError = (e: ErrorEvent): void => {
      detach();
      worker.terminate();
      reject(new Error(e.message || 'alignment worker failed to start'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(request);
  });
}

export interface AlignResult {
  beads: Bead[];
  stats: WorkerStats;
}

export async function alignInWorker(
  input: AlignInput,
  opts: AlignInWorkerOptions = {},
): Promise<Bead[]> {
  return (await alignInWorkerWithStats(input, opts)).beads;
}

/** As alignInWorker, with what the Worker has done so far (how often it fetched the lexicon). */
export function alignInWorkerWithStats(
  input: AlignInput,
  opts: AlignInWorkerOptions = {},
): Promise<AlignResult> {
  return run(
    { kind: 'document', ...input },
    (m) => (m.type === 'done' ? { beads: m.beads, stats: m.stats } : undefined),
    opts,
  );
}

/** Aligns a document of sentences around anchors (beads kept exactly), in the Worker. */
export async function alignAnchoredInWorker(
  input: AlignAnchoredInput,
  opts: AlignInWorkerOptions = {},
): Promise<Bead[]> {
  const r = await run(
    { kind: 'anchored', ...input },
    (m) => (m.type === 'done' ? { beads: m.beads } : undefined),
    opts,
  );
  return r.beads;
}
