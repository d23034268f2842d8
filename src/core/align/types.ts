import type { Lexicon } from './lexicon.js';
import type { LangCode } from '../text/lang.js';
import type { AlignWeights } from './weights.js';
import type { AlignAnchor } from './anchors.js';

export type { AlignAnchor } from './anchors.js';

/** One aligned group: 0-based sentence indices of each side (either may be empty). */
export interface Bead {
  src: number[];
  tgt: number[];
  /**
   * 0…1: the bead's posterior probability among nearby alignments (an unpaired sentence is kept
   * below LOW_CONFIDENCE); below LOW_CONFIDENCE it is worth checking.
   */
  confidence: number;
}

export interface AlignOptions {
  sourceLang: LangCode;
  targetLang: LangCode;
  /** zh→en lexicon; without it alignment relies on length, numbers, names and marks. */
  lexicon?: Lexicon;
  /** Fraction of the work done, 0…1, non-decreasing. */
  onProgress?: (fraction: number) => void;
  /** Aborting throws an error named "AbortError". */
  signal?: AbortSignal;
  /** The bead cost's weights, where they differ from DEFAULT_WEIGHTS (the tuning bench's). */
  weights?: Partial<AlignWeights>;
  /**
   * Beads the result must contain exactly (rows a person fixed), in order and apart from one
   * another; the rest is aligned around them with the model learned on the whole document.
   * They come back with confidence 1.
   */
  anchors?: readonly AlignAnchor[];
}
