// Termbases: recognition of terms in a text, the QA term check, duplicate merging on import.
export * from './types.js';
export { tokenize, termKey, singular, wordKey, type Token } from './tokens.js';
export { SequenceMatcher, containsTokens } from './matcher.js';
export { TermIndex } from './recognize.js';
export { ChineseWords } from './words.js';
export { termLang, servesLang, termsIn, languagesOf, assertServes } from './langs.js';
export { finishTermbase } from './merge.js';
export { termCheck, type TermCheck } from './check.js';
