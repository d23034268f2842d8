// Browser page of the diff benchmark: measures on the main thread, then through the worker the
// app uses (the same request/response protocol as src/workers/diff-client.ts), and publishes
// the figures on window for bench/diff.mjs to read.
import type { DiffRequest, DiffResponse } from '../src/workers/diff.worker.js';
import { makeVersions } from './diff-data.js';
import { runBench, type Figures } from './diff-run.js';

export interface BrowserFigures extends Figures {
  /** Median milliseconds from posting both versions to the worker until its result arrived. */
  worker: number;
  /** Longest main-thread stall while the worker compared (a rAF-free timer probe). */
  workerMainThreadStall: number;
}

async function workerRoundTrip(runs: number): Promise<{ median: number; stall: number }> {
  const { a, b } = makeVersions();
  const worker = new Worker(new URL('./diff-worker.js', import.meta.url), { type: 'module' });
  const times: number[] = [];
  let stall = 0;
  for (let i = 0; i < runs; i++) {
    const request: DiffRequest = {
      id: i,
      a,
      b,
      options: { sourceLang: 'zh-Hans', targetLang: 'en' },
    };
    // A 5 ms timer keeps firing while the worker computes, unless the main thread is blocked.
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 5);
    const t = performance.now();
    const reply = await new Promise<DiffResponse>((resolve) => {
      worker.onmessage = (e: MessageEvent<DiffResponse>) => resolve(e.data);
      worker.postMessage(request);
    });
    times.push(performance.now() - t);
    clearInterval(probe);
    if (!reply.ok) throw new Error(reply.error);
  }
  worker.terminate();
  return { median: [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)], stall };
}

async function main(): Promise<BrowserFigures> {
  const figures = runBench(5);
  const w = await workerRoundTrip(5);
  return { ...figures, worker: w.median, workerMainThreadStall: w.stall };
}

const target = window as unknown as { benchResult?: BrowserFigures; benchError?: string };
main().then(
  (r) => (target.benchResult = r),
  (e: unknown) => (target.benchError = String(e)),
);
