// A promise API over the import Worker. The result is whole or the promise rejects: a failed
// import hands nothing back, so the caller's workspace stays as it was. A staged import keeps
// its pairs in the Worker, which writes them to the workspace itself when asked (`write`).
import type { ImportCounts } from '../core/exchange.js';
import type { PairBatch, StreamSummary } from '../core/formats/index.js';
import type { Lang } from '../core/model.js';
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
  /**
   * Keep the file (a File is read again when written) or its result in the Worker and post only
   * the counts, never the pairs: a `staged` answer, then `WriteRequest` or `DropRequest`.
   */
  stage?: boolean;
}

/** Creates a project in the workspace from a staged parse (its id as `write`). */
export interface WriteRequest {
  id: number;
  write: number;
  /** The workspace database's name. */
  db: string;
  project: { id: string; name: string; sourceLang: Lang; targetLang: Lang };
  /** Rows per transaction. */
  batchSize: number;
}

/** Forgets a staged parse (the dialog was closed, or the file read again). */
export interface DropRequest {
  drop: number;
}

/** Pauses or resumes the reading of the streams in the Worker (see ImportClient.pause). */
export interface FlowRequest {
  flow: 'pause' | 'resume';
}

export type ParseResponse = { id: number } & (
  | /** 0..1: the share of the file's bytes read, or of a staged import's rows written. */ {
      type: 'progress';
      fraction: number;
    }
  | /** A staged parse: what the file holds, its documents without pairs. */ {
      type: 'staged';
      result: ImportResult;
      counts: ImportCounts;
    }
  | /** A staged import's project is written. */ { type: 'written' }
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
        | { format: false; message: string; kind?: string; reason?: string };
    }
);

type WorkerError = Extract<ParseResponse, { type: 'error' }>['error'];

/** A failed write of a staged import: the store's kind of error (quota, conflict…), if any. */
export class WriteError extends Error {
  constructor(
    message: string,
    readonly kind?: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** Rebuilds the error thrown in the Worker; FormatError keeps its code, params, file and line. */
function toError(e: WorkerError): Error {
  if (!e.format) return e.kind ? new WriteError(e.message, e.kind, e.reason) : new Error(e.message);
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

/** A file parsed and kept in the Worker: what it holds, and the ticket to write or drop it. */
export interface StagedImport {
  ticket: number;
  /** The documents have no pairs: they stayed in the Worker. */
  result: ImportResult;
  counts: ImportCounts;
}

interface Pending extends ImportProgress {
  resolve: (r: ImportResult | StagedImport | undefined) => void;
  reject: (e: Error) => void;
  /** Pairs of a stream so far, by document index. */
  documents: ImportedDocument[];
}

export class ImportClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Tickets of staged imports the Worker keeps. */
  private held = new Set<number>();

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
    const id = this.nextId++;
    return this._parse(id, { id, name, source, options }, progress) as Promise<ImportResult>;
  }

  /**
   * Parses a file and keeps it in the Worker (`ParseRequest.stage`): resolves to its counts and a
   * ticket for `write` (creates the project) or `drop`. The pairs never reach the page.
   */
  async stage(
    name: string,
    source: Blob | Uint8Array,
    options?: ImportOptions,
    progress: Pick<ImportProgress, 'onProgress'> = {},
  ): Promise<StagedImport> {
    this.ensureWorker();
    const id = this.nextId++;
    this.held.add(id);
    try {
      const staged = (await this._parse(
        id,
        { id, name, source, options, stage: true },
        progress,
      )) as Omit<StagedImport, 'ticket'>;
      return { ...staged, ticket: id };
    } catch (e) {
      this.drop(id);
      throw e;
    }
  }

  /**
   * Creates a project from a staged import, written to the workspace by the Worker; `onProgress`
   * gets the share of rows written. Written, the ticket is used up; failed, it stays for a retry.
   */
  async write(
    ticket: number,
    target: Omit<WriteRequest, 'id' | 'write'>,
    onProgress?: (fraction: number) => void,
  ): Promise<void> {
    if (!this.held.has(ticket) || !this.worker) throw new Error(`nothing staged as ${ticket}`);
    const worker = this.worker;
    const id = this.nextId++;
    await new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, documents: [], onProgress });
      worker.postMessage({ id, write: ticket, ...target } satisfies WriteRequest);
    });
    this.drop(ticket);
  }

  /** Forgets a staged import; the Worker stops once it holds nothing and has nothing to do. */
  drop(ticket: number): void {
    if (!this.held.delete(ticket)) return;
    this.worker?.postMessage({ drop: ticket } satisfies DropRequest);
    this._idle();
  }

  private _parse(id: number, req: ParseRequest, progress: ImportProgress) {
    const worker = this.ensureWorker();
    return new Promise<ImportResult | StagedImport | undefined>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, documents: [], ...progress });
      if (req.source instanceof Blob) {
        worker.postMessage(req);
      } else {
        const copy = req.source.slice();
        worker.postMessage({ ...req, source: copy } satisfies ParseRequest, [copy.buffer]);
      }
    });
  }

  /**
   * An idle Worker keeps the heap it grew reading a big file: let it go, the next import starts
   * another (imports are rare, a Worker starts in milliseconds). One that keeps a staged import
   * stays.
   */
  private _idle(): void {
    if (this.pending.size === 0 && this.held.size === 0) this.terminate();
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
    this.held.clear();
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
    this._idle();
    if (m.type === 'error') return p.reject(toError(m.error));
    if (m.type === 'result') return p.resolve(m.result);
    if (m.type === 'staged') return p.resolve({ result: m.result, counts: m.counts, ticket: 0 });
    if (m.type === 'written') return p.resolve(undefined);
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
      this.held.clear();
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

/** Parses a file in the shared Worker, which keeps it for `writeStaged` (ImportClient.stage). */
export function stageInWorker(
  name: string,
  source: Blob | Uint8Array,
  options?: ImportOptions,
  progress?: Pick<ImportProgress, 'onProgress'>,
): Promise<StagedImport> {
  shared ??= new ImportClient();
  return shared.stage(name, source, options, progress);
}

/** Creates a project from a staged import in the shared Worker. */
export function writeStaged(
  ticket: number,
  target: Omit<WriteRequest, 'id' | 'write'>,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  if (!shared) return Promise.reject(new Error(`nothing staged as ${ticket}`));
  return shared.write(ticket, target, onProgress);
}

/** Forgets a staged import in the shared Worker. */
export function dropStaged(ticket: number): void {
  shared?.drop(ticket);
}
