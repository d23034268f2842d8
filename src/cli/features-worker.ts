// The second thread of one `bitext align`: the sentence features of one side (see
// commands/align-parallel.ts), computed with this thread's own lexicon and vocabulary and sent
// back packed (core/align/features-pack.ts). Kept apart from the CLI's bundle so it starts fast.
import { parentPort, workerData } from 'node:worker_threads';
import { Vocabulary, featuresOf } from '../core/align/features.js';
import { packFeatures, packedBuffers } from '../core/align/features-pack.js';
import type { LangCode } from '../core/align/index.js';
import { loadLexiconFile } from './lexicon-file.js';

export interface FeaturesJob {
  sentences: string[];
  lang: LangCode;
  /** The lexicon file the main thread uses, or undefined for none. */
  lexicon?: string;
}

const job = workerData as FeaturesJob;
const vocab = new Vocabulary();
const lexicon = job.lexicon === undefined ? undefined : loadLexiconFile(job.lexicon);
const packed = packFeatures(featuresOf(job.sentences, job.lang, vocab, lexicon), vocab);
parentPort!.postMessage(packed, packedBuffers(packed));
