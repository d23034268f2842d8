// Writing a parsed import into the workspace from inside the import Worker, so the page never
// holds, clones or posts the rows of a big file (issue #12: a 262k-row TMX). A streamed file is
// read again from the File as its rows are written, a batch per transaction; a file read whole is
// kept here between parsing and writing. All or nothing as in the page (store/create-streamed.ts).
import { importRow, importRows, type ImportRow } from '../core/exchange.js';
import type { ImportOptions, ImportResult } from '../core/formats/index.js';
import type { Lang } from '../core/model.js';
// The layer rule keeps workers away from the store; this one Worker writes the rows itself, so
// that 262k rows are never cloned into and out of the page (eslint exception on purpose).
// eslint-disable-next-line no-restricted-imports
import { Connection } from '../store/connection.js';
// eslint-disable-next-line no-restricted-imports
import { createStreamed } from '../store/create-streamed.js';
// eslint-disable-next-line no-restricted-imports
import { Projects } from '../store/projects.js';
import { readStream, type Source, type StreamPlan } from './import-stream.js';

/** What a parse kept for writing: the File to read again, or the result read whole. */
export type Staged = { total: number } & (
  | { kind: 'stream'; name: string; source: Source; plan: StreamPlan; options: ImportOptions }
  | { kind: 'whole'; result: ImportResult }
);

export interface WriteTarget {
  /** The workspace database's name. */
  db: string;
  project: { id: string; name: string; sourceLang: Lang; targetLang: Lang };
  /** Rows per transaction; up to this many are written in one. */
  batchSize: number;
}

/** The rows of a staged import, `size` at a time (a streamed file: as its batches come). */
export async function* rowsOf(s: Staged, size: number): AsyncGenerator<ImportRow[]> {
  if (s.kind === 'whole') {
    const rows = importRows(s.result);
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
    return;
  }
  const started = new Set<number>();
  for await (const batch of readStream(s.name, s.source, s.plan, s.options)) {
    const rows: ImportRow[] = [];
    for (const run of batch) {
      const first = !started.has(run.document);
      started.add(run.document);
      run.pairs.forEach((p, i) => rows.push(importRow(p, first && i === 0)));
    }
    if (rows.length > 0) yield rows;
  }
}

/** Creates the project with the staged rows; `onProgress` gets the rows written so far. */
export async function writeStaged(
  s: Staged,
  to: WriteTarget,
  onProgress: (written: number) => void,
): Promise<void> {
  const conn = await Connection.open(to.db);
  try {
    const projects = new Projects(conn);
    if (s.total <= to.batchSize) {
      // One transaction, as a small project is created in the page.
      const rows: ImportRow[] = [];
      for await (const batch of rowsOf(s, to.batchSize)) for (const r of batch) rows.push(r);
      if (rows.length !== s.total)
        throw new Error(`the file changed since it was read (${rows.length} rows, not ${s.total})`);
      await projects.create(to.project, rows);
      onProgress(rows.length);
    } else {
      await createStreamed(conn, to.project, s.total, rowsOf(s, to.batchSize), { onProgress });
    }
  } finally {
    conn.shut('closed');
  }
}
