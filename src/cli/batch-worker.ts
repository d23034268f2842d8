// A worker thread of `bitext align --batch`: loads the lexicon once, then aligns the documents
// the main thread hands it one at a time (so a long document never holds up the queue).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type BatchJob } from './batch-job.js';
import type { AlignSettings } from './commands/align.js';
import { loadLexiconFile } from './lexicon-file.js';

export interface WorkerSetup {
  jobs: BatchJob[];
  settings: AlignSettings;
  outDir: string;
  useLexicon: boolean;
}
/** Main → worker: the index of the next job; worker → main: its result. */
export type WorkerResult = { index: number; out?: string; error?: string };

const setup = workerData as WorkerSetup;
const lexicon = setup.useLexicon ? loadLexiconFile() : undefined;
parentPort!.on('message', (index: number) => {
  runJob(setup.jobs[index]!, setup.settings, setup.outDir, lexicon).then(
    (out) => parentPort!.postMessage({ index, out } satisfies WorkerResult),
    (e: unknown) =>
      parentPort!.postMessage({
        index,
        error: (e instanceof Error ? e.message : String(e)).split('\n')[0],
      } satisfies WorkerResult),
  );
});
parentPort!.postMessage('ready');
