// Page of the TM benchmark: hands the base pairs to the Worker and publishes its figures on window
// for bench/tm.ts to read.
import type { TmFigures } from './tm-run.js';

const target = window as unknown as {
  benchFigures: TmFigures[];
  benchDone?: boolean;
  benchError?: string;
  benchPhase?: string;
};
target.benchFigures = [];

async function main(): Promise<void> {
  const job = (await (await fetch('./job.json')).json()) as unknown;
  const worker = new Worker('./tm-worker.js', { type: 'module' });
  worker.onmessage = (
    e: MessageEvent<{ figures?: TmFigures; done?: boolean; error?: string; phase?: string }>,
  ) => {
    if (e.data.phase) target.benchPhase = e.data.phase;
    if (e.data.figures) target.benchFigures.push(e.data.figures);
    if (e.data.error) target.benchError = e.data.error;
    if (e.data.done) target.benchDone = true;
  };
  worker.onerror = (e) => (target.benchError = e.message || 'worker failed');
  worker.postMessage(job);
}

main().catch((e: unknown) => (target.benchError = String(e)));
