// Text utilities shared by the segmenter, the editor header and the diff.
export { normalizeText, splitLines } from './normalize.js';
export { detectLang, type DetectedLang } from './lang.js';
export { wordTokens, countUnits, type Token, type TokenLang, type UnitCounts } from './tokens.js';
