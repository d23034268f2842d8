// The rules engine: finds the positions where sentences end in one paragraph. It knows nothing
// about any language; that lives in the rule sets (rules-en.ts, rules-zh.ts).
import type { RuleSet, SegRule } from './types.js';

interface CompiledRule {
  rule: SegRule;
  /** Sticky test at one position. */
  at: RegExp;
}

export interface CompiledRuleSet {
  rules: CompiledRule[];
  /** Global scanners of the break rules, to find candidate positions. */
  scanners: RegExp[];
  protect: RegExp[];
  open: Set<string>;
  close: Set<string>;
}

const cache = new WeakMap<RuleSet, CompiledRuleSet>();

/**
 * A sentence ends right after a visible character, so positions inside runs of whitespace are
 * skipped first (otherwise an `after` of \\s+… rescans the run from each of its positions). The
 * `after` test comes next: a cheap forward look that fails at most positions, so the backward
 * `before` test (the costly one on long runs of one character) runs only where needed.
 */
function positionRegex(r: SegRule, flags: string): RegExp {
  // A back-reference in `after` ("I... I") needs the group `before` captures, so it goes first.
  if (/\\[1-9]/.test(r.after)) return new RegExp(`(?<=\\S)(?<=${r.before})(?=${r.after})`, flags);
  return new RegExp(`(?<=\\S)(?=${r.after})(?<=${r.before})`, flags);
}

export function compile(set: RuleSet): CompiledRuleSet {
  const hit = cache.get(set);
  if (hit) return hit;
  const compiled: CompiledRuleSet = {
    rules: set.rules.map((rule) => ({ rule, at: positionRegex(rule, 'uy') })),
    scanners: set.rules.filter((r) => r.break).map((r) => positionRegex(r, 'gu')),
    protect: set.protect.map((p) => new RegExp(p, 'gu')),
    open: new Set(set.quotes.map((q) => q[0])),
    close: new Set(set.quotes.map((q) => q[1])),
  };
  cache.set(set, compiled);
  return compiled;
}

/** Quotation depth before each position; a stray opening mark never leaves text "quoted" forever. */
function quoteDepths(text: string, open: Set<string>, close: Set<string>): Uint8Array {
  const depth = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    depth[i] = d;
    const c = text[i];
    // Chinese does not nest the same marks, so a second opening mark means the first was a typo.
    if (open.has(c)) d = 1;
    else if (close.has(c)) d = 0;
  }
  depth[text.length] = d;
  return depth;
}

function protectedMask(text: string, patterns: RegExp[]): Uint8Array | null {
  let mask: Uint8Array | null = null;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      mask ??= new Uint8Array(text.length + 1);
      // Positions strictly inside the span are protected, its two ends are not.
      for (let i = m.index + 1; i < m.index + m[0].length; i++) mask[i] = 1;
    }
  }
  return mask;
}

/**
 * End offsets (exclusive, UTF-16) of every sentence but the last, in order. A sentence ends
 * after its closing punctuation; the whitespace that follows belongs to no sentence.
 */
export function findBreaks(text: string, set: RuleSet): number[] {
  if (text.length < 2) return [];
  const c = compile(set);
  const candidates = new Set<number>();
  for (const re of c.scanners) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      candidates.add(m.index);
      re.lastIndex = m.index + 1;
    }
  }
  if (candidates.size === 0) return [];
  const mask = protectedMask(text, c.protect);
  const needsQuotes = c.rules.some((r) => r.rule.inQuote !== undefined);
  const depth = needsQuotes ? quoteDepths(text, c.open, c.close) : null;
  const out: number[] = [];
  for (const pos of [...candidates].sort((a, b) => a - b)) {
    if (pos <= 0 || pos >= text.length || mask?.[pos]) continue;
    for (const { rule, at } of c.rules) {
      if (rule.inQuote !== undefined && depth && depth[pos] > 0 !== rule.inQuote) continue;
      at.lastIndex = pos;
      if (at.test(text)) {
        if (rule.break) out.push(pos);
        break;
      }
    }
  }
  return out;
}

/** Cuts the text at the breaks; trims each piece and drops empty ones. */
export function cut(text: string, breaks: number[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (const b of [...breaks, text.length]) {
    const s = text.slice(start, b).trim();
    if (s) out.push(s);
    start = b;
  }
  return out;
}
