// One long document on two cores: a worker thread computes the target side's sentence features
// while this thread computes the source side's, then the two are joined over one vocabulary
// (core/align/features-pack.ts) and the passes run here. The result is the one a single thread
// gives, byte for byte (bench/align-same.ts checks it on every shared set): the key ids come out
// the same, and nothing after the features changes.
import { availableParallelism } from 'node:os';
import { Vocabulary, featuresOf } from '../../core/align/features.js';
import { unpackFeatures, type PackedFeatures } from '../../core/align/features-pack.js';
import type { PreparedFeatures } from '../../core/align/align.js';
import type { LangCode, Lexicon } from '../../core/align/index.js';
import type { FeaturesJob } from '../features-worker.js';
import { startWorker } from '../worker-thread.js';

/**
 * Sentences (both sides together) below which one thread is quicker: a thread's start and its
 * own lexicon cost some 50 ms of wall time, features about 0.1 ms a sentence.
 */
export const PARALLEL_MIN = 1500;

/** Whether a document is worth a second thread on this machine. */
export const worthParallel = (n: number, m: number): boolean =>
  n + m >= PARALLEL_MIN && availableParallelism() > 1;

/** The target side's features, computed in a worker thread; rejects if the thread fails. */
export function startTargetFeatures(
  sentences: string[],
  lang: LangCode,
  lexiconPath: string | undefined,
): Promise<PackedFeatures> {
  return new Promise((resolve, reject) => {
    const worker = startWorker('features-worker', {
      sentences,
      lang,
      lexicon: lexiconPath,
    } satisfies FeaturesJob);
    worker.once('message', (m: PackedFeatures) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`features worker exited (${code})`)));
  });
}

/**
 * Both sides' features: the source's here, the target's from `pending` (or here too, should the
 * worker fail: the thread is a speed-up, never a reason to fail).
 */
export async function prepareFeatures(
  source: readonly string[],
  target: readonly string[],
  langs: { sourceLang: LangCode; targetLang: LangCode },
  lexicon: Lexicon | undefined,
  pending: Promise<PackedFeatures>,
): Promise<PreparedFeatures> {
  const vocab = new Vocabulary();
  const src = featuresOf(source, langs.sourceLang, vocab, lexicon);
  let tgt;
  try {
    tgt = unpackFeatures(await pending, vocab);
  } catch {
    tgt = featuresOf(target, langs.targetLang, vocab, lexicon);
  }
  return { src, tgt, vocab };
}
