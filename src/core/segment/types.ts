// The data a segmentation rule set is made of (SRX-like), shared by the engine and the rules.
import type { LangCode } from '../text/lang.js';

/**
 * One rule, tested at a position between two characters: `before` must match the text that
 * ends there and `after` the text that starts there. Rules are ordered; the first rule that
 * matches a position decides whether a sentence ends there. Positions no break rule matches
 * never end a sentence. Patterns are JavaScript regular-expression sources (Unicode mode).
 */
export interface SegRule {
  /** True: a sentence ends here. False: an exception that keeps the sentence going. */
  break: boolean;
  before: string;
  after: string;
  /** When set, the rule applies only inside (true) or outside (false) a quotation. */
  inQuote?: boolean;
  /** Why the rule exists; shown to whoever edits the rules. */
  note?: string;
}

export interface RuleSet {
  lang: LangCode;
  rules: SegRule[];
  /** Patterns of spans never split inside (URLs, e-mail addresses, book titles). */
  protect: string[];
  /** Quotation marks as [open, close] pairs, for rules with `inQuote`. */
  quotes: [string, string][];
}

/** What a caller may add to the built-in rules, e.g. from user settings. */
export interface SegmentOptions {
  /** Extra abbreviations that never end a sentence, written with their dots: "Approx.", "z.B.". */
  abbreviations?: string[];
  /** Extra rules, tried before the built-in ones so they can override them. */
  rules?: SegRule[];
  /** Chinese only: let ；end a sentence (off by default, as in most zh-en corpora). */
  semicolon?: boolean;
}
