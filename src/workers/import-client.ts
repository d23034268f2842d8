// A promise API over the import Worker. The result is whole or the promise rejects: a failed
// import hands nothing back, so the caller's workspace stays as it was.
import { FormatError, type ImportOptions, type ImportResult } from '../core/formats/types.js';

/** One file for the Worker to parse; state's ImportRequest is what a parsed file becomes. */
export interface ParseRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  options?: ImportOptions;
}

export type ParseResponse =
  | { id: number; ok: true; result: ImportResult }
  | {
      id: number;
      ok: false;
      error: { message: string; file?: string; line?: number; format: boolean };
    };

/** Rebuilds the error thrown in the Worker; FormatError keeps its file and line. */
function toError(e: Extract<ParseResponse, { ok: false }>['error']): Error {
  if (!e.format) return new Error(e.message);
  // The message already names the file and line; keep them as fields without repeating them.
  const err = new FormatError('', e.file, e.line);
  err.message = e.message;
  return err;
}

export class ImportClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (r: ImportResult) => void; reject: (e: Error) => void }
  >();

  /** Parses `bytes` in the Worker. The bytes are copied, so the caller keeps its own. */
  import(name: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportResult> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const copy = bytes.slice();
      const request: ParseRequest = { id, name, bytes: copy, options };
      worker.postMessage(request, [copy.buffer]);
    });
  }

  /** Stops the Worker; imports still running reject. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('import cancelled'));
    this.pending.clear();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ParseResponse>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(toError(e.data.error));
    };
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
  bytes: Uint8Array,
  options?: ImportOptions,
): Promise<ImportResult> {
  shared ??= new ImportClient();
  return shared.import(name, bytes, options);
}
