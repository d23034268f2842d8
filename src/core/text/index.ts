// Text utilities shared by the segmenter, the editor header and the diff.
export { normalizeText, splitLines } from './normalize.js';
export { detectLang, langCode, type LangCode } from './lang.js';
export { joinText, joinTexts } from './join.js';
export { graphemeSegmenter, wordSegmenter } from './segmenter.js';
export { wordTokens, countUnits, type Token, type UnitCounts } from './tokens.js';
