// Sentence alignment for zh↔en (see DESIGN.md and the README's Alignment section).
export { align, LOW_CONFIDENCE } from './align.js';
export { alignParagraphs } from './paragraphs.js';
export { galeChurch } from './gale-church.js';
export {
  parseLexicon,
  encodeLexicon,
  decodeLexicon,
  lexiconFrom,
  zhWords,
  type Lexicon,
} from './lexicon.js';
export { zhNumbers, enNumbers, parseChineseNumeral } from './numbers.js';
export { stem, contentStems } from './english.js';
export { BEAD_TYPES } from './dp.js';
export type { LangCode } from '../text/lang.js';
export type { AlignAnchor, AlignOptions, Bead } from './types.js';
