// Browser page of the diff benchmark: measures on the main thread, then through the app's
// worker client, and publishes the figures on window for bench/diff.mjs to read.
import { compareInWorker } from '../src/workers/diff-client.js';
import { makeVersions } from './diff-data.js';
import { runBench, type Figures } from './diff-run.js';

export interface BrowserFigures extends Figures {
  /** Median milliseconds from the call until the worker's comparison was ready. */
  worker: number;
  /**
   * Median main-thread milliseconds each worker comparison costs: copying both versions into
   * the message, then reading the reply and rebuilding rows. This is what could block the UI.
   */
  workerMainThread: number;
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
// Chromium runs with --expose-gc here, so garbage of earlier runs does not land in a figure.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// Main-thread time spent inside the diff worker's postMessage and message handler. The client
// creates its worker lazily, so replacing the constructor first lets us time it unchanged.
let busy = 0;
class TimedWorker extends Worker {
  override postMessage(
    message: unknown,
    options?: StructuredSerializeOptions | Transferable[],
  ): void {
    const t = performance.now();
    if (Array.isArray(options)) super.postMessage(message, options);
    else super.postMessage(message, options);
    busy += performance.now() - t;
  }
  override set onmessage(handler: ((e: MessageEvent) => void) | null) {
    super.onmessage = handler
      ? (e: MessageEvent) => {
          const t = performance.now();
          handler.call(this, e);
          busy += performance.now() - t;
        }
      : null;
  }
  override get onmessage(): ((e: MessageEvent) => void) | null {
    return super.onmessage;
  }
}
globalThis.Worker = TimedWorker;

async function workerRoundTrip(runs: number): Promise<{ median: number; mainThread: number }> {
  const { a, b } = makeVersions();
  const times: number[] = [];
  const mainThread: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    busy = 0;
    const t = performance.now();
    const c = await compareInWorker(a, b, { sourceLang: 'zh-Hans', targetLang: 'en' });
    times.push(performance.now() - t);
    mainThread.push(busy);
    if (c.rows.length === 0) throw new Error('empty comparison');
  }
  return { median: median(times), mainThread: median(mainThread) };
}

async function main(): Promise<BrowserFigures> {
  const w = await workerRoundTrip(5);
  collect();
  const figures = runBench(5);
  return { ...figures, worker: w.median, workerMainThread: w.mainThread };
}

const target = window as unknown as { benchResult?: BrowserFigures; benchError?: string };
main().then(
  (r) => (target.benchResult = r),
  (e: unknown) => (target.benchError = String(e)),
);
