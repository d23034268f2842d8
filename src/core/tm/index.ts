// Translation memory core: the match score, the candidate index and its exhaustive reference.
export * from './types.js';
export {
  matchScore,
  boundedDistance,
  prepare,
  scorePrepared,
  Vocab,
  type Prepared,
} from './score.js';
export { tmTokens, normalizeSpaces, type TmToken, type TokenKind } from './tokens.js';
export {
  createTmIndex,
  loadTmIndex,
  type TmIndexOptions,
  type TmIndexSnapshot,
} from './gram-index.js';
export { scoreBound } from './gram-rank.js';
export { exhaustiveLookup } from './exhaustive.js';
export { DEFAULT_MAX, DEFAULT_MIN } from './rank.js';
export {
  concordance,
  ConcordanceIndex,
  type ConcordanceHit,
  type ConcordanceOptions,
  type ConcordanceResult,
  type ConcordanceSide,
} from './concordance.js';
export { adjustNumbers, mapCodes, type Adjusted, type MappedCodes } from './adjust.js';
export {
  analyze,
  analysisCsv,
  bandOfScore,
  BAND_LABELS_EN,
  type Analysis,
  type AnalysisRow,
  type BandFigures,
} from './analyze.js';
// TM files (core/tm/files.ts) are imported from there: they bring the XML formats code along.
