// Parses dropped files off the main thread, so a 50 MB TMX never freezes the tab. TMX and XLIFF are
// read from the file a chunk at a time (import-stream.ts), and their pairs posted in batches as
// they come, or — for the import dialog ("staged") — only counted: the File is kept and read
// again when the project is created, its rows written to the workspace from here
// (import-write.ts), so the page never holds them. Other formats (tables, text, DOCX) are small
// and read whole.
import { ImportTally, importSummary } from '../core/exchange.js';
import {
  DEFAULT_MAX_BYTES,
  FormatError,
  importFile,
  type ImportResult,
} from '../core/formats/index.js';
import type {
  DropRequest,
  FlowRequest,
  ParseRequest,
  ParseResponse,
  WriteRequest,
} from './import-client.js';
import {
  bytesOf,
  cutHead,
  flow,
  HEAD,
  NotUtf8,
  plan,
  readStream,
  sizeOf,
  type Source,
  type StreamPlan,
} from './import-stream.js';
import { writeStaged, type Staged } from './import-write.js';

type Request = ParseRequest | FlowRequest | WriteRequest | DropRequest;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (m: ParseResponse) => void;
};

/** Parsed files kept for writing, by the id of their parse. */
const staged = new Map<number, Staged>();

/** A file read whole, without its pairs (they stay here until written or dropped). */
const withoutPairs = (r: ImportResult): ImportResult => ({
  ...r,
  documents: r.documents.map((d) => ({ name: d.name, pairs: [] })),
});

async function stream(req: ParseRequest, source: Source, p: StreamPlan) {
  const { id, name, options = {} } = req;
  const tally = req.stage ? new ImportTally() : undefined;
  const reading = readStream(name, source, p, options, (fraction) =>
    scope.postMessage({ id, type: 'progress', fraction }),
  );
  for (;;) {
    const next = await reading.next();
    if (next.done) {
      const summary = next.value;
      if (!tally) return scope.postMessage({ id, type: 'summary', summary });
      const { counts } = tally;
      // Documents without a pair never came in a batch; the summary names them all.
      counts.documents = summary.documents.map((d) => ({ ...d }));
      staged.set(id, { kind: 'stream', name, source, plan: p, options, total: counts.pairs });
      const result = { ...summary, documents: summary.documents.map((d) => ({ ...d, pairs: [] })) };
      return scope.postMessage({ id, type: 'staged', result, counts });
    }
    if (!tally) scope.postMessage({ id, type: 'batch', batch: next.value });
    else for (const run of next.value) tally.add(run.document, run.name, run.pairs);
  }
}

async function parse(req: ParseRequest): Promise<void> {
  const { id, name, source, options = {} } = req;
  const size = sizeOf(source);
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Refused before anything is read, with importFile's words.
  if (size > max)
    throw new FormatError(
      'too-large',
      { size, limit: max },
      `the file is ${size} bytes, over the limit of ${max}`,
      name,
    );
  const head = await bytesOf(source, 0, Math.min(size, HEAD));
  const p = size > 0 ? plan(name, cutHead(head, head.length === size), options) : undefined;
  if (p) {
    try {
      await stream(req, source, p);
      return;
    } catch (e) {
      if (!(e instanceof NotUtf8)) throw e;
      // The batches sent so far are void: the whole read decides the encoding afresh.
      if (!req.stage) scope.postMessage({ id, type: 'restart' });
    }
  }
  const bytes = await bytesOf(source, 0, size);
  const result = importFile(name, bytes, options);
  if (!req.stage) return scope.postMessage({ id, type: 'result', result });
  const counts = importSummary(result);
  staged.set(id, { kind: 'whole', result, total: counts.pairs });
  scope.postMessage({ id, type: 'staged', result: withoutPairs(result), counts });
}

async function write(req: WriteRequest): Promise<void> {
  const s = staged.get(req.write);
  if (!s) throw new Error(`nothing staged as ${req.write}`);
  const every = Math.max(1, Math.floor(s.total / 100));
  let told = 0;
  await writeStaged(s, req, (n) => {
    // About a hundred progress messages, whatever the size.
    if (n - told < every && n < s.total) return;
    told = n;
    scope.postMessage({ id: req.id, type: 'progress', fraction: s.total ? n / s.total : 1 });
  });
  staged.delete(req.write);
  scope.postMessage({ id: req.id, type: 'written' });
}

scope.onmessage = (e) => {
  const m = e.data;
  if ('flow' in m) return flow(m.flow);
  if ('drop' in m) return void staged.delete(m.drop);
  const job = 'write' in m ? write(m) : parse(m);
  job.catch((err: unknown) => {
    const error =
      err instanceof FormatError
        ? {
            format: true as const,
            message: err.message,
            code: err.code,
            params: err.params,
            file: err.file,
            line: err.line,
          }
        : {
            format: false as const,
            message: err instanceof Error ? err.message : String(err),
            // A StoreError's kind (quota, conflict…), for the page to word it.
            ...(err instanceof Error && 'kind' in err ? { kind: String(err.kind) } : {}),
            ...(err instanceof Error && 'reason' in err && err.reason
              ? { reason: String(err.reason) }
              : {}),
          };
    scope.postMessage({ id: m.id, type: 'error', error });
  });
};
