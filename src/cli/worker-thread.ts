// A worker thread running one of the CLI's worker files: the built .mjs beside the built CLI,
// or (under tsx, in development) the TypeScript source behind a small module that first
// registers tsx's loader in the new thread.
import { Worker } from 'node:worker_threads';

/** `name`: the worker's file in src/cli without its extension (e.g. 'batch-worker'). */
export function startWorker(name: string, workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL(`./${name}.mjs`, import.meta.url), { workerData });
  }
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const file = JSON.stringify(new URL(`./${name}.ts`, import.meta.url).href);
  return new Worker(`import(${api}).then((m) => { m.register(); return import(${file}); });`, {
    eval: true,
    workerData,
  });
}
