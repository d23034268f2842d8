// The import Worker's streamed reading (core/formats/file-stream.ts), with the Worker's pause: a
// caller that writes batches away slower than they come (a TM import) pauses reading, so unwritten
// pairs never pile up in the page.
import {
  readStream as readFileStream,
  type Source,
  type StreamPlan,
} from '../core/formats/file-stream.js';
import type { ImportOptions } from '../core/formats/index.js';

export {
  BATCH,
  bytesOf,
  CHUNK,
  cutHead,
  HEAD,
  NotUtf8,
  plan,
  sizeOf,
  type Source,
  type StreamPlan,
} from '../core/formats/file-stream.js';

let paused: { promise: Promise<void>; resume: () => void } | undefined;

export function flow(f: 'pause' | 'resume') {
  if (f === 'pause' && !paused) {
    let resume = () => {};
    const promise = new Promise<void>((r) => (resume = r));
    paused = { promise, resume };
  } else if (f === 'resume' && paused) {
    paused.resume();
    paused = undefined;
  }
}

/** The pairs of a streamed file, a batch at a time; reading waits while the Worker is paused. */
export const readStream = (
  name: string,
  source: Source,
  p: StreamPlan,
  options: ImportOptions,
  onProgress?: (fraction: number) => void,
) => readFileStream(name, source, p, options, onProgress, () => paused?.promise);
