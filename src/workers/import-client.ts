// A promise API over the import Worker. The result is whole or the promise rejects: a failed
// import hands nothing back, so the caller's workspace stays as it was.
import type { PairBatch, StreamSummary } from '../core/formats/index.js';
import {
  FormatError,
  type EncodingGuess,
  type FormatErrorCode,
  type FormatErrorParams,
  type ImportOptions,
  type ImportResult,
  type ImportedDocument,
} from '../core/formats/types.js';

/** One file for the Worker to parse; state's ImportRequest is what a parsed file becomes. */
export interface ParseRequest {
  id: number;
  name: string;
  /** A File (read by the Worker a chunk at a time) or bytes (handed over, not shared). */
  source: Blob | Uint8Array;
  options?: ImportOptions;
}

/** Pauses or resumes the reading of the streams in the Worker (see ImportClient.pause). */
export interface FlowRequest {
  flow: 'pause' | 'resume';
}

export type ParseResponse = { id: number } & (
  | /** 0..1: the share of the file's bytes read so far. */ { type: 'progress'; fraction: number }
  | /** Pairs read from a TMX or XLIFF stream, in file order. */ { type: 'batch'; batch: PairBatch }
  | /** The stream's end: everything but the pairs, which came in batches. */ {
      type: 'summary';
      summary: StreamSummary & { encoding: EncodingGuess };
    }
  | /** The bytes were not UTF-8 after all: drop the batches, the whole file is read again. */ {
      type: 'restart';
    }
  | /** A file read whole (tables, text, DOCX, odd encodings). */ {
      type: 'result';
      result: ImportResult;
    }
  | {
      type: 'error';
      error:
        | {
            format: true;
            message: string;
            code: FormatErrorCode;
            params: FormatErrorParams;
            file?: string;
            line?: number;
          }
        | { format: false; message: string };
    }
);

type WorkerError = Extract<ParseResponse, { type: 'error' }>['error'];

/** Rebuilds the error thrown in the Worker; FormatError keeps its code, params, file and line. */
function toError(e: WorkerError): Error {
  if (!e.format) return new Error(e.message);
  // The message already names the file and line; keep them as fields without repeating them.
  const err = new FormatError(e.code, e.params, '', e.file, e.line);
  err.message = e.message;
  return err;
}

export interface ImportProgress {
  /** 0..1 of the file's bytes read; only streamed formats (TMX, XLIFF) report it. */
  onProgress?: (fraction: number) => void;
  /**
   * Takes a stream's pairs as they come instead of holding them (a TM import writes them away);
   * the result's documents then hold no pairs. `onRestart` says to drop what was handed out.
   */
  onBatch?: (batch: PairBatch) => void;
  onRestart?: () => void;
}

interface Pending extends ImportProgress {
  resolve: (r: ImportResult) => void;
  reject: (e: Error) => void;
  /** Pairs of a stream so far, by document index. */
  documents: ImportedDocument[];
}

export class ImportClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  /**
   * Parses a file in the Worker. A Blob (a File) is read there a chunk at a time, so the page
   * never holds its bytes; given bytes are copied, so the caller keeps its own.
   */
  import(
    name: string,
    source: Blob | Uint8Array,
    options?: ImportOptions,
    progress: ImportProgress = {},
  ): Promise<ImportResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, documents: [], ...progress });
      if (source instanceof Blob) {
        worker.postMessage({ id, name, source, options } satisfies ParseRequest);
      } else {
        const copy = source.slice();
        worker.postMessage({ id, name, source: copy, options } satisfies ParseRequest, [
          copy.buffer,
        ]);
      }
    });
  }

  /**
   * Holds the reading of streamed files until `resume()`: a caller that writes batches away
   * slower than they come keeps the unwritten ones few.
   */
  pause(): void {
    this.worker?.postMessage({ flow: 'pause' } satisfies FlowRequest);
  }

  resume(): void {
    this.worker?.postMessage({ flow: 'resume' } satisfies FlowRequest);
  }

  /** Stops the Worker; imports still running reject. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('import cancelled'));
    this.pending.clear();
  }

  private receive(m: ParseResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    switch (m.type) {
      case 'progress':
        p.onProgress?.(m.fraction);
        return;
      case 'batch':
        if (p.onBatch) return p.onBatch(m.batch);
        for (const run of m.batch) {
          const doc = p.documents[run.document];
          if (!doc) p.documents[run.document] = { name: run.name, pairs: run.pairs };
          // A loop, not push(...pairs): a spread of a big run overflows the stack.
          else for (const pair of run.pairs) doc.pairs.push(pair);
        }
        return;
      case 'restart':
        p.documents = [];
        p.onRestart?.();
        return;
    }
    this.pending.delete(m.id);
    // An idle Worker keeps the heap it grew reading a big file: let it go, the next import starts
    // another (imports are rare, a Worker starts in milliseconds).
    if (this.pending.size === 0) this.terminate();
    if (m.type === 'error') return p.reject(toError(m.error));
    if (m.type === 'result') return p.resolve(m.result);
    const { documents, ...rest } = m.summary;
    p.resolve({
      ...rest,
      documents: documents.map((d, i) => ({ name: d.name, pairs: p.documents[i]?.pairs ?? [] })),
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ParseResponse>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      const err = new Error(`the import worker failed: ${e.message}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }
}

let shared: ImportClient | undefined;

/** Imports a file in the shared Worker. */
export function importInWorker(
  name: string,
  source: Blob | Uint8Array,
  options?: ImportOptions,
  progress?: ImportProgress,
): Promise<ImportResult> {
  shared ??= new ImportClient();
  return shared.import(name, source, options, progress);
}
