// The second thread of one `bitext align`: the sentence features of a stretch of the document
// (see commands/align-parallel.ts), computed with this thread's own lexicon and vocabulary and
// sent back packed (core/align/features-pack.ts). Then, given every sentence's features in the
// main thread's ids, it works out the bead costs of the last rows of each sentence pass while
// the main thread runs the programme over the first rows (align-share.ts). Kept apart from the
// CLI's bundle so it starts fast.
import { parentPort, workerData } from 'node:worker_threads';
import { Vocabulary, featuresOf } from '../core/align/features.js';
import { packFeatures, packedBuffers } from '../core/align/features-pack.js';
import type { LangCode } from '../core/align/index.js';
import { loadLexiconFile } from './lexicon-file.js';
import { pinyinNames } from '../core/align/pinyin.js';
import { onShareMessage } from './commands/align-share-worker.js';

export interface FeaturesJob {
  /** Runs of sentences, in the document's order (a source tail, then target sentences). */
  parts: { sentences: string[]; lang: LangCode }[];
  /** The lexicon file the main thread uses, or undefined for none. */
  lexicon?: string;
  /**
   * Wait for the pinyin names of the English side (Vocabulary.pinyinNames) before starting: the
   * main thread works them out while this thread starts, and sends a NamesMessage.
   */
  awaitNames?: boolean;
}

/** The main thread's pinyin name keys, or null for none (every run's keys offered). */
export interface NamesMessage {
  pinyinNames: string[] | null;
}

const job = workerData as FeaturesJob;
const vocab = new Vocabulary();
const lexicon = job.lexicon === undefined ? undefined : loadLexiconFile(job.lexicon);

function run(): void {
  const features = job.parts.flatMap((p) => featuresOf(p.sentences, p.lang, vocab, lexicon));
  const packed = packFeatures(features, vocab);
  parentPort!.on('message', onShareMessage);
  parentPort!.postMessage(packed, packedBuffers(packed));
}

if (job.awaitNames)
  parentPort!.once('message', (m: NamesMessage) => {
    if (m.pinyinNames) vocab.pinyinNames = pinyinNames(m.pinyinNames);
    run();
  });
else run();
