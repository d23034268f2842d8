// Browser page of the diff benchmark: measures on the main thread, then through the app's
// worker client, and publishes the figures on window for bench/diff.mjs to read.
import { compareInWorker } from '../src/workers/diff-client.js';
import { makeVersions } from './diff-data.js';
import { runBench, type Figures } from './diff-run.js';

export interface BrowserFigures extends Figures {
  /** Median milliseconds from the call until the worker's comparison was ready. */
  worker: number;
  /**
   * Median main-thread milliseconds each worker comparison costs: the whole synchronous call
   * (copying and slimming both versions, serialising the message), then
   * reading the reply and rebuilding rows. This is what could block the UI.
   */
  workerMainThread: number;
  /** 5,000 rows through the worker: median ms until the first rows arrive, and until all do. */
  firstRows5k: number;
  whole5k: number;
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
// Chromium runs with --expose-gc here, so garbage of earlier runs does not land in a figure.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

// Main-thread time spent in the diff worker's message handler (reading the reply, which Chromium
// deserialises when the handler reads it, and rebuilding rows). The client creates its worker
// lazily, so replacing the constructor first lets us time it unchanged. The request side is timed
// around the client call itself, so nothing it does before posting is left out.
let busy = 0;
class TimedWorker extends Worker {
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
    const reply = compareInWorker(a, b, { sourceLang: 'zh-Hans', targetLang: 'en' });
    const call = performance.now() - t;
    const c = await reply;
    times.push(performance.now() - t);
    mainThread.push(call + busy);
    if (c.rows.length === 0) throw new Error('empty comparison');
  }
  return { median: median(times), mainThread: median(mainThread) };
}

/** What a reviewer waits for: the first rows (the first partial reply) and the whole result. */
async function firstAndWhole(
  rows: number,
  runs: number,
): Promise<{ first: number; whole: number }> {
  const { a, b } = makeVersions(rows);
  const first: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    let seen = 0;
    await compareInWorker(a, b, { sourceLang: 'zh-Hans', targetLang: 'en' }, () => {
      if (!seen) seen = performance.now() - t;
    });
    whole.push(performance.now() - t);
    first.push(seen || whole[whole.length - 1]);
  }
  return { first: median(first), whole: median(whole) };
}

async function main(): Promise<BrowserFigures> {
  const w = await workerRoundTrip(5);
  const five = await firstAndWhole(5000, 5);
  collect();
  const figures = runBench(5);
  return {
    ...figures,
    worker: w.median,
    workerMainThread: w.mainThread,
    firstRows5k: five.first,
    whole5k: five.whole,
  };
}

const target = window as unknown as { benchResult?: BrowserFigures; benchError?: string };
main().then(
  (r) => (target.benchResult = r),
  (e: unknown) => (target.benchError = String(e)),
);
