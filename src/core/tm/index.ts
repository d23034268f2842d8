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
export { createTmIndex, scoreBound, type TmIndexOptions } from './gram-index.js';
export { exhaustiveLookup } from './exhaustive.js';
export { DEFAULT_MAX, DEFAULT_MIN } from './rank.js';
