// One long document on two cores: the sentence features, a third of the work, are shared out.
// In the order one thread would go (every source sentence, then every target sentence), this
// thread takes a first stretch and a worker thread the rest, each about half the work; the
// worker's features come back packed and join this thread's vocabulary in the order its keys
// first appeared (core/align/features-pack.ts), so every key gets the id one thread would have
// given it, and the output is the single thread's, byte for byte (bench/align-same.ts checks it
// on every shared set). The passes after the features run here.
import { availableParallelism, loadavg } from 'node:os';
import { Vocabulary, featuresOf, pinyinFacing } from '../../core/align/features.js';
import { unpackFeatures, type PackedFeatures } from '../../core/align/features-pack.js';
import type { PreparedFeatures } from '../../core/align/align.js';
import type { LangCode, Lexicon } from '../../core/align/index.js';
import type { FeaturesJob, NamesMessage } from '../features-worker.js';
import { startWorker } from '../worker-thread.js';
import type { Worker } from 'node:worker_threads';
import { shareWith } from './align-share.js';

/**
 * Sentences (both sides together) below which one thread is quicker: a thread's start and its
 * own lexicon cost some 50 ms of wall time, features about 0.1 ms a sentence.
 */
export const PARALLEL_MIN = 1500;
/**
 * Work of a sentence's features per UTF-16 unit, by language (bible-001, a cold thread alone:
 * English ~0.4 µs a character, Chinese ~1.5 since its pinyin runs offer only the keys of the
 * English side's names; it was 7 when they offered every reading).
 */
const WORK_PER_UNIT: Record<LangCode, number> = { en: 1, zh: 4 };
/** The worker's start-up (a thread, its modules, its lexicon: ~50 ms) in those units. */
const START_WORK = 140_000;

export interface Side {
  sentences: readonly string[];
  lang: LangCode;
}

/**
 * Whether the worker should take a share of the passes too (align-share.ts). It costs CPU as
 * well as saving it: a second isolate compiles the cost code again, and the worker matches its
 * rows' pairs the main thread matches too (~0.6 s of CPU more on bible-001 for ~0.3 s less on
 * the main thread). On 2 cores, where V8's compiler threads need the same cores, that was a
 * loss at every load measured, so it needs a third core free by the load average.
 * BITEXT_ALIGN_SHARE=1 or 0 forces it on or off (bench/align-same.ts checks both).
 */
export function sharePasses(): boolean {
  const force = process.env.BITEXT_ALIGN_SHARE;
  if (force === '1' || force === '0') return force === '1';
  const cores = availableParallelism();
  return cores >= 3 && loadavg()[0]! + 2 <= cores;
}

/**
 * Whether a document is worth a second thread on this machine: three cores or more. On two, the
 * two threads and V8's own compiler and collector threads share the cores, and each thread ran
 * its features 1.5–2 times slower than alone: bible-001 took 1.63 s on two threads against
 * 1.48 s on one (best of 5, session 21). BITEXT_ALIGN_WORKER=1 or 0 forces it on or off.
 */
export function worthParallel(n: number, m: number): boolean {
  const force = process.env.BITEXT_ALIGN_WORKER;
  if (force === '1' || force === '0') return force === '1';
  return n + m >= PARALLEL_MIN && availableParallelism() >= 3;
}

/**
 * Where the worker's share starts, as an index into source ++ target: this thread's stretch
 * ends when it has done half the work plus half the worker's start-up, so both finish together.
 */
export function splitPoint(src: Side, tgt: Side): number {
  const work = (s: Side): number[] => s.sentences.map((x) => x.length * WORK_PER_UNIT[s.lang]);
  const all = [...work(src), ...work(tgt)];
  const total = all.reduce((a, b) => a + b, 0);
  let done = 0;
  for (let k = 0; k < all.length; k++) {
    if (done >= (total + START_WORK) / 2) return k;
    done += all[k]!;
  }
  return all.length;
}

/**
 * Features of `parts` (in order, one vocabulary) in a worker thread; rejects if it fails. The
 * worker is then left running but unreferenced (the process does not wait for it), for
 * `shareWith`, unless `keep` is false.
 */
export function featuresInWorker(
  parts: Side[],
  lexiconPath: string | undefined,
  keep?: (worker: Worker) => void,
  /**
   * The worker is to wait for a NamesMessage (see pinyinFacing): given the worker, which keeps
   * no one waiting until the message is sent, so a main thread that fails first still exits.
   */
  awaitNames?: (worker: Worker) => void,
): Promise<PackedFeatures> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('features-worker', {
      parts: parts.map((p) => ({ sentences: [...p.sentences], lang: p.lang })),
      lexicon: lexiconPath,
      awaitNames: awaitNames !== undefined,
    } satisfies FeaturesJob);
    if (awaitNames) {
      worker.unref();
      awaitNames(worker);
    }
    worker.once('message', (m: PackedFeatures) => {
      resolve(m);
      if (keep) {
        worker.unref();
        keep(worker);
      } else void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`features worker exited (${code})`)));
  });
}

/** The stretches before and after `cut` (an index into source ++ target). */
export function cutSides(src: Side, tgt: Side, cut: number): { mine: Side[]; theirs: Side[] } {
  const n = src.sentences.length;
  const piece = (s: Side, from: number, to?: number): Side[] => {
    const sentences = s.sentences.slice(from, to);
    return sentences.length ? [{ sentences, lang: s.lang }] : [];
  };
  return cut <= n
    ? { mine: piece(src, 0, cut), theirs: [...piece(src, cut), ...piece(tgt, 0)] }
    : { mine: [...piece(src, 0), ...piece(tgt, 0, cut - n)], theirs: piece(tgt, cut - n) };
}

/**
 * Starts the worker on its share and returns the function that finishes the job: this thread's
 * share, then the worker's joined on (or computed here too, should the worker fail: the thread
 * is a speed-up, never a reason to fail).
 */
export function startFeatures(
  src: Side,
  tgt: Side,
  lexiconPath: string | undefined,
  /** Where the worker's share starts (tests choose it). */
  cut = splitPoint(src, tgt),
): (lexicon: Lexicon | undefined) => Promise<PreparedFeatures> {
  const n = src.sentences.length;
  const { mine, theirs } = cutSides(src, tgt, cut);
  let worker: Worker | undefined;
  // This thread works out the pinyin names of the English side (see pinyinFacing) while the
  // worker starts, and sends them over: both threads' Chinese sentences offer the same keys.
  let waiting: Worker | undefined;
  const pending = featuresInWorker(
    theirs,
    lexiconPath,
    sharePasses() ? (w) => (worker = w) : undefined,
    src.lang !== tgt.lang ? (w) => (waiting = w) : undefined,
  );
  pending.catch(() => undefined);
  const sides = [src, tgt];
  return async (lexicon) => {
    const vocab = new Vocabulary();
    vocab.pinyinNames = pinyinFacing(sides, lexicon, vocab);
    if (waiting) {
      const keys = vocab.pinyinNames && [...vocab.pinyinNames.keys];
      waiting.ref();
      waiting.postMessage({ pinyinNames: keys ?? null } satisfies NamesMessage);
    }
    const all = mine.flatMap((p) => featuresOf(p.sentences, p.lang, vocab, lexicon));
    try {
      all.push(...unpackFeatures(await pending, vocab));
    } catch {
      for (const p of theirs) all.push(...featuresOf(p.sentences, p.lang, vocab, lexicon));
    }
    const src = all.slice(0, n);
    const tgt = all.slice(n);
    const share = worker && shareWith(worker, src, tgt, vocab.size);
    return { src, tgt, vocab, share };
  };
}
