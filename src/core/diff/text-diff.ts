// Word diff of two texts, with a character-level second look inside changed Chinese words.
// We diff our own token arrays with jsdiff's diffArrays rather than calling diffWords with an
// intlSegmenter: it lets us keep whitespace runs and punctuation as tokens of their own, refine
// Chinese hunks by grapheme, and bound the work on very long rows.
import { diffArrays } from 'diff';
import type { Lang } from '../model.js';
import { classifyChange, type ChangeKind } from './classify.js';
import { graphemes, hasHan, tokenize } from './tokenize.js';

export type PartKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: PartKind;
  text: string;
  /** Index into `TextDiff.hunks` for inserted and deleted parts; absent on equal parts. */
  hunk?: number;
}

/** One change: a run of deleted text replaced by a run of inserted text (either may be empty). */
export interface Hunk {
  deleted: string;
  inserted: string;
  kinds: ChangeKind[];
}

export interface TextDiff {
  /** Equal and deleted parts concatenate to the old text; equal and inserted to the new one. */
  parts: DiffPart[];
  hunks: Hunk[];
  /** Every kind found in the hunks, each once. Empty when the texts are equal. */
  kinds: ChangeKind[];
}

// Beyond this many token edits a row is treated as rewritten: jsdiff's Myers search grows with
// the square of the edit count, and a row that differs this much reads better as one
// replacement anyway. Any two rows of up to 300 tokens each stay below it.
const MAX_EDIT_LENGTH = 600;
// Character refinement runs on hunks up to this many graphemes a side.
const MAX_REFINE = 400;

type Raw = { kind: PartKind; text: string };

function push(parts: Raw[], kind: PartKind, text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

function tokenDiff(ta: string[], tb: string[]): Raw[] {
  // Common ends are cheap to strip and keep long rows with a local edit fast.
  let start = 0;
  while (start < ta.length && start < tb.length && ta[start] === tb[start]) start++;
  let endA = ta.length;
  let endB = tb.length;
  while (endA > start && endB > start && ta[endA - 1] === tb[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: Raw[] = [];
  push(parts, 'equal', ta.slice(0, start).join(''));
  const midA = ta.slice(start, endA);
  const midB = tb.slice(start, endB);
  const changes =
    midA.length && midB.length
      ? diffArrays(midA, midB, { maxEditLength: MAX_EDIT_LENGTH })
      : undefined;
  if (changes) {
    for (const c of changes) {
      push(parts, c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
    }
  } else {
    push(parts, 'delete', midA.join(''));
    push(parts, 'insert', midB.join(''));
  }
  push(parts, 'equal', ta.slice(endA).join(''));
  return parts;
}

/** Runs of consecutive changed parts as [deleted, inserted] with their position in `parts`. */
function changeRuns(parts: Raw[]): { from: number; to: number; del: string; ins: string }[] {
  const runs: { from: number; to: number; del: string; ins: string }[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind === 'equal') continue;
    const from = i;
    let del = '';
    let ins = '';
    for (; i < parts.length && parts[i].kind !== 'equal'; i++) {
      if (parts[i].kind === 'delete') del += parts[i].text;
      else ins += parts[i].text;
    }
    runs.push({ from, to: i, del, ins });
  }
  return runs;
}

/** A space between two changed words joins them, so "a b c" → "x y z" reads as one change. */
function absorbSpaces(parts: Raw[]): Raw[] {
  const out: Raw[] = [];
  parts.forEach((p, i) => {
    const between = i > 0 && i < parts.length - 1;
    if (
      p.kind === 'equal' &&
      between &&
      parts[i - 1].kind !== 'equal' &&
      parts[i + 1].kind !== 'equal' &&
      /^\s+$/u.test(p.text)
    ) {
      out.push({ kind: 'delete', text: p.text }, { kind: 'insert', text: p.text });
    } else out.push(p);
  });
  return out;
}

/** Diffs a changed Chinese hunk by grapheme when enough of it survives to make that readable. */
function refine(del: string, ins: string): Raw[] | undefined {
  if (!del || !ins || !hasHan(del) || !hasHan(ins)) return undefined;
  const ga = graphemes(del);
  const gb = graphemes(ins);
  if (ga.length > MAX_REFINE || gb.length > MAX_REFINE) return undefined;
  const changes = diffArrays(ga, gb);
  let kept = 0;
  for (const c of changes) if (!c.added && !c.removed) kept += c.count;
  // "智能" → "智慧" keeps half and reads better as 能 → 慧; "发展" → "进步" keeps nothing.
  if (kept * 2 < Math.max(ga.length, gb.length)) return undefined;
  return changes.map((c) => ({
    kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value.join(''),
  }));
}

/** Merges neighbours and puts each hunk's deletion before its insertion. */
function finish(parts: Raw[]): TextDiff {
  const out: DiffPart[] = [];
  const hunks: Hunk[] = [];
  const kinds = new Set<ChangeKind>();
  for (const run of changeRuns(parts).reverse()) {
    parts.splice(run.from, run.to - run.from, { kind: 'delete', text: run.del });
    parts.splice(run.from + 1, 0, { kind: 'insert', text: run.ins });
  }
  const merged: Raw[] = [];
  for (const p of parts) push(merged, p.kind, p.text);
  for (let i = 0; i < merged.length; i++) {
    const p = merged[i];
    if (p.kind === 'equal') {
      out.push({ kind: 'equal', text: p.text });
      continue;
    }
    const del = p.kind === 'delete' ? p.text : '';
    const insPart = p.kind === 'delete' && merged[i + 1]?.kind === 'insert' ? merged[++i] : p;
    const ins = insPart.kind === 'insert' ? insPart.text : '';
    const hunk = hunks.length;
    const hk = classifyChange(del, ins);
    hunks.push({ deleted: del, inserted: ins, kinds: hk });
    for (const k of hk) kinds.add(k);
    if (del) out.push({ kind: 'delete', text: del, hunk });
    if (ins) out.push({ kind: 'insert', text: ins, hunk });
  }
  return { parts: out, hunks, kinds: [...kinds] };
}

// A cut right after one of these always falls between two tokens (none of them can sit inside
// a word or number), so text on either side can be tokenized on its own.
const HARD = /[\s，。！？；：、（）【】《》〈〉「」『』“”‘’…—!?;()[\]{}<>"]/u;
const GLUE = /^[\s\p{M}\u200D\p{Emoji_Modifier}]/u;
// When a cut is not allowed inside a text we may need to look back this far for one; beyond it
// the text is simply tokenized whole.
const MAX_BACKOFF = 200;

/** Whether both texts may be cut at `i` (a shared prefix ends there). */
const cutsAt = (a: string, b: string, i: number): boolean =>
  i === 0 ||
  (HARD.test(a[i - 1]) && !GLUE.test(a.slice(i, i + 2)) && !GLUE.test(b.slice(i, i + 2)));

/**
 * The longest shared head and tail of `a` and `b` that end on token boundaries. Segmenting
 * Chinese is the costly part of a diff, and a reviewer's edit usually touches a few words of a
 * row, so only the middle is tokenized.
 */
function sharedEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let head = p;
  while (head > 0 && p - head < MAX_BACKOFF && !cutsAt(a, b, head)) head--;
  if (!cutsAt(a, b, head)) head = 0;
  let s = 0;
  while (s < max - head && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // The tail starts after a hard character that belongs to the shared tail itself.
  let tail = s - 1;
  const okTail = (t: number) =>
    t <= 0 ||
    (HARD.test(a[a.length - t - 1]) && !GLUE.test(a.slice(a.length - t, a.length - t + 2)));
  while (tail > 0 && s - tail < MAX_BACKOFF && !okTail(tail)) tail--;
  if (tail < 0 || !okTail(tail)) tail = 0;
  return [head, tail];
}

/** Word-level diff of `a` (old) and `b` (new) in `lang`; never splits a grapheme. */
export function diffText(a: string, b: string, lang: Lang): TextDiff {
  if (a === b) return { parts: a ? [{ kind: 'equal', text: a }] : [], hunks: [], kinds: [] };
  const [head, tail] = sharedEnds(a, b);
  const words: Raw[] = [];
  push(words, 'equal', a.slice(0, head));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const p of tokenDiff(tokenize(midA, lang), tokenize(midB, lang)))
    push(words, p.kind, p.text);
  push(words, 'equal', a.slice(a.length - tail));
  const spaced = absorbSpaces(words);
  const refined: Raw[] = [];
  let last = 0;
  for (const run of changeRuns(spaced)) {
    for (const p of spaced.slice(last, run.from)) push(refined, p.kind, p.text);
    const chars = refine(run.del, run.ins);
    const inner = chars ?? [
      { kind: 'delete', text: run.del },
      { kind: 'insert', text: run.ins },
    ];
    for (const p of inner) push(refined, p.kind, p.text);
    last = run.to;
  }
  for (const p of spaced.slice(last)) push(refined, p.kind, p.text);
  return finish(refined);
}

/** The old text of a diff (equal + deleted parts). */
export const oldText = (d: TextDiff): string =>
  d.parts.map((p) => (p.kind === 'insert' ? '' : p.text)).join('');

/** The new text of a diff (equal + inserted parts). */
export const newText = (d: TextDiff): string =>
  d.parts.map((p) => (p.kind === 'delete' ? '' : p.text)).join('');
