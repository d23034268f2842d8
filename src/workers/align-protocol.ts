// Messages between the app and the alignment Worker.
import type { AlignAnchor, Bead, LangCode } from '../core/align/index.js';

export interface AlignInput {
  /** Source paragraphs, each a list of sentences (one paragraph = a plain sentence list). */
  source: string[][];
  target: string[][];
  sourceLang: LangCode;
  targetLang: LangCode;
  /** Load the CC-CEDICT lexicon (default true); it is fetched only when a job needs it. */
  lexicon?: boolean;
}

/** A document of sentences to align around anchors, beads kept as they are (re-aligning). */
export interface AlignAnchoredInput {
  source: string[];
  target: string[];
  anchors: AlignAnchor[];
  sourceLang: LangCode;
  targetLang: LangCode;
  lexicon?: boolean;
}

export type WorkerRequest =
  | ({ kind: 'document' } & AlignInput)
  | ({ kind: 'anchored' } & AlignAnchoredInput)
  /** Fetch and parse the lexicon now, so the next job finds it ready (no reply). */
  | { kind: 'warm' };

/** What the Worker has done in its life: a kept Worker fetches the lexicon once. */
export interface WorkerStats {
  jobs: number;
  lexiconFetches: number;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; beads: Bead[]; lexicon: boolean; stats: WorkerStats }
  | { type: 'error'; message: string };
