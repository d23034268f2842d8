// `bitext align --batch PAIRS.tsv --out DIR`: many documents in one process, in parallel across
// cores (worker_threads, one lexicon per worker). Each PAIRS line is `source<TAB>target[<TAB>name]`
// (paths relative to the current directory; '#' lines and empty lines are skipped); the result of
// each goes to DIR/NAME.align (or .tsv/.tmx/.json by --format), NAME defaulting to the source
// file's name without its extension. A document that fails is reported on stderr, one line, and
// the others still run; the exit code is then 1.
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, extname } from 'node:path';
import { UsageError, type Io } from '../bitext.js';
import { runJob, type BatchJob } from '../batch-job.js';
import type { WorkerResult, WorkerSetup } from '../batch-worker.js';
import { fileError, readNamed } from '../file-errors.js';
import { LEXICON_PATH, loadLexiconFile } from '../lexicon-file.js';
import { startWorker } from '../worker-thread.js';
import { NO_LEXICON, decodeText, needsLexicon, splitLines, type AlignSettings } from './align.js';

/** Jobs of a PAIRS.tsv; a malformed line is a usage error naming the line. */
export function parsePairs(text: string, file: string): BatchJob[] {
  const jobs: BatchJob[] = [];
  const names = new Map<string, number>();
  splitLines(text).forEach((line, k) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cols = line.split('\t');
    const where = `${file}:${k + 1}`;
    if (cols.length < 2 || cols.length > 3 || !cols[0] || !cols[1])
      throw new UsageError(`${where}: expected source<TAB>target[<TAB>name]`);
    const name = cols[2] || basename(cols[0], extname(cols[0]));
    if (/[/\\]/.test(name) || name === '.' || name === '..')
      throw new UsageError(`${where}: the name "${name}" must not be a path`);
    const seen = names.get(name);
    if (seen !== undefined)
      throw new UsageError(`${where}: the name "${name}" is already used on line ${seen}`);
    names.set(name, k + 1);
    jobs.push({ source: cols[0], target: cols[1], name });
  });
  return jobs;
}

/** Runs every job on `threads` workers, each taking the next job as soon as it is free. */
function inWorkers(setup: WorkerSetup, threads: number): Promise<WorkerResult[]> {
  const results: WorkerResult[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    let live = threads;
    for (let w = 0; w < threads; w++) {
      const worker = startWorker('batch-worker', setup);
      const feed = (): void => {
        if (next < setup.jobs.length) worker.postMessage(next++);
        else void worker.terminate();
      };
      worker.on('message', (m: WorkerResult | 'ready') => {
        if (m !== 'ready') results.push(m);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', () => {
        if (--live === 0) resolve(results);
      });
    }
  });
}

export async function runBatch(
  pairsFile: string,
  outDir: string,
  settings: AlignSettings,
  io: Io,
): Promise<number> {
  const jobs = parsePairs(
    decodeText(await readNamed(io.readInput, pairsFile), pairsFile),
    pairsFile,
  );
  if (!jobs.length) throw new Error(`${pairsFile}: no pairs to align`);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw fileError(outDir, e);
  }
  // Only the threads that align load the lexicon.
  const useLexicon = needsLexicon(settings) && existsSync(LEXICON_PATH);
  if (!useLexicon && settings.sourceLang !== settings.targetLang) io.stderr(NO_LEXICON);
  const threads = Math.min(jobs.length, availableParallelism());
  let results: WorkerResult[];
  if (threads <= 1) {
    // One core or one document: a worker would only add its start-up.
    results = [];
    const lexicon = useLexicon ? loadLexiconFile() : undefined;
    for (let index = 0; index < jobs.length; index++) {
      try {
        results.push({ index, out: await runJob(jobs[index]!, settings, outDir, lexicon) });
      } catch (e) {
        results.push({ index, error: (e instanceof Error ? e.message : String(e)).split('\n')[0] });
      }
    }
  } else {
    results = await inWorkers({ jobs, settings, outDir, useLexicon }, threads);
  }
  results.sort((a, b) => a.index - b.index);
  const failed = results.filter((r) => r.error);
  for (const r of failed) io.stderr(`bitext align: ${jobs[r.index]!.name}: ${r.error}\n`);
  io.stderr(
    `bitext align: ${results.length - failed.length} of ${jobs.length} documents aligned into ${outDir}` +
      ` (${threads} thread${threads === 1 ? '' : 's'})\n`,
  );
  return failed.length ? 1 : 0;
}
