// The main thread's side of the diff worker: one lazily started worker, requests matched to
// replies by id, so several comparisons can be in flight. A comparison arrives in parts (the
// first rows at once, then the rest); each part is rebuilt as it comes.
import {
  diffText,
  guessLang,
  type CompareLangs,
  type Comparison,
  type RowComparison,
  type RowSnapshot,
} from '../core/diff/index.js';
import { joinTexts } from '../core/text/join.js';
import type { DiffRequest, DiffResponse, WirePart } from './diff.worker.js';

/** A comparison while it is computed: the rows so far, in order, and their summary. */
export type CompareProgress = (partial: Comparison, progress: number) => void;

let worker: Worker | undefined;
let nextId = 1;
interface Pending {
  a: RowSnapshot[];
  b: RowSnapshot[];
  rows: RowComparison[];
  onProgress?: CompareProgress;
  resolve: (c: Comparison) => void;
  reject: (e: Error) => void;
}
const pending = new Map<number, Pending>();

/** Rebuilds the rows of one part of the worker's reply from the snapshots we sent. */
function fromWire(w: WirePart, a: RowSnapshot[], b: RowSnapshot[], rows: RowComparison[]): void {
  const { sequence, pairs, rows: changed } = w;
  for (const k of sequence) {
    if (k < 0) {
      const u = -1 - k;
      const [x, y] = [a[pairs[4 * u]], b[pairs[4 * u + 1]]];
      rows.push({
        type: 'unchanged',
        id: y.id,
        a: [x],
        b: [y],
        source: null,
        target: diffText(y.target, y.target, w.targetLang),
        statusChanged: false,
        noteChanged: false,
        moved: false,
        aRow: pairs[4 * u + 2],
        bRow: pairs[4 * u + 3],
      });
      continue;
    }
    const r = changed[k];
    const bs = r.b.map((i) => b[i]);
    // An unchanged target reads the same as compareRows makes it: one row's text, or the join.
    const same =
      bs.length === 1
        ? bs[0].target
        : joinTexts(
            bs.map((x) => x.target),
            w.targetLang,
          );
    rows.push({
      ...r,
      a: r.a.map((i) => a[i]),
      b: bs,
      target: r.target ?? diffText(same, same, w.targetLang),
    });
  }
}

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  // A crashed worker is replaced on the next request.
  worker?.terminate();
  worker = undefined;
}

function getWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./diff.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<DiffResponse>) => {
    const reply = e.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (!reply.ok) {
      pending.delete(reply.id);
      p.reject(new Error(reply.error));
      return;
    }
    const { part } = reply;
    fromWire(part, p.a, p.b, p.rows);
    const c: Comparison = {
      rows: reply.done ? p.rows : [...p.rows],
      summary: part.summary,
      sourceLang: part.sourceLang,
      targetLang: part.targetLang,
    };
    if (!reply.done) {
      p.onProgress?.(c, part.total ? p.rows.length / part.total : 0);
      return;
    }
    pending.delete(reply.id);
    p.resolve(c);
  };
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    failAll(new Error(e.message || 'diff worker failed'));
  };
  worker = w;
  return w;
}

/**
 * What the worker needs to see. A row identical in A and B can never be part of a merge or split
 * (those change the surviving row's text), so its texts stay here: copying them into the
 * message would be most of the main thread's cost.
 */
function slim(
  a: readonly RowSnapshot[],
  b: readonly RowSnapshot[],
): [RowSnapshot[], RowSnapshot[]] {
  const byId = new Map(a.map((r) => [r.id, r]));
  const same = new Set<string>();
  for (const r of b) {
    const o = byId.get(r.id);
    if (
      o &&
      o.source === r.source &&
      o.target === r.target &&
      o.status === r.status &&
      o.note === r.note
    )
      same.add(r.id);
  }
  const strip = (r: RowSnapshot): RowSnapshot =>
    same.has(r.id)
      ? { id: r.id, order: r.order, source: '', target: '', status: r.status, note: '' }
      : r;
  return [a.map(strip), b.map(strip)];
}

/**
 * Compares A (old) and B (new) in a Worker; resolves with the same result as `compareRows`.
 * `onProgress` gets the first rows as soon as they are diffed, then more of them now and then.
 */
export function compareInWorker(
  a: readonly RowSnapshot[],
  b: readonly RowSnapshot[],
  options: CompareLangs = {},
  onProgress?: CompareProgress,
): Promise<Comparison> {
  const id = nextId++;
  const both = [...a, ...b];
  // Guessed here, from the full texts the worker will not see.
  const langs: CompareLangs = {
    sourceLang: options.sourceLang ?? guessLang(both, 'source'),
    targetLang: options.targetLang ?? guessLang(both, 'target'),
  };
  const [sa, sb] = slim(a, b);
  const request: DiffRequest = { id, a: sa, b: sb, options: langs };
  return new Promise((resolve, reject) => {
    pending.set(id, { a: [...a], b: [...b], rows: [], onProgress, resolve, reject });
    try {
      getWorker().postMessage(request);
    } catch (err) {
      pending.delete(id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
