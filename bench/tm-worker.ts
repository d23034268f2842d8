// The TM benchmark inside a browser Worker, where the app runs its TM: the same runTm as Node.
import type { BasePair } from './tm-data.js';
import type { Direction } from './tm-gen.js';
import { runTm } from './tm-run.js';

interface Job {
  base: BasePair[];
  runs: { size: number; dir: Direction; exhaustive: number }[];
  queries: number;
}

self.onmessage = (e: MessageEvent<Job>) => {
  const { base, runs, queries } = e.data;
  try {
    for (const r of runs) {
      const figures = runTm(base, r.size, r.dir, {
        queries,
        exhaustiveQueries: r.exhaustive,
        now: () => performance.now(),
        onPhase: (phase) => {
          // Lets the page tell the bench, which reads this thread's CPU time from /proc; the
          // lookups sleep a moment (no CPU: the page is cross-origin isolated) so the message is
          // read before they start.
          self.postMessage({ phase: `${phase}:${r.size}` });
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
        },
      });
      self.postMessage({ figures });
    }
    self.postMessage({ done: true });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};
