// Inline codes as the grid shows them: the text split into plain runs and numbered chips.
import type { InlineCode } from './model.js';
import { hasInvisible, INVISIBLES, marker } from './text/invisible.js';

/**
 * The placeholder of code 0 (formats/inline-codes.ts CODE_BASE; a test checks they agree). Kept
 * here so the grid does not load the XML code to draw chips.
 */
export const CHIP_BASE = 0xe000;

export type ChipPart = { text: string } | { code: InlineCode; label: string };

/** `⟨1` opens, `1⟩` closes, `⟨1⟩` stands alone: numbered as the codes are listed. */
export function chipLabel(code: InlineCode, n: number): string {
  if (code.kind === 'open' || (code.kind === 'isolated' && code.pos !== 'end')) return `⟨${n}`;
  if (code.kind === 'close' || code.kind === 'isolated') return `${n}⟩`;
  return `⟨${n}⟩`;
}

/**
 * Text split into plain runs and placeholders (a private-use character naming a code). A close
 * code carries the number of the open code it ends, so a pair shows as `⟨1 … 1⟩`.
 */
export function chipParts(text: string, codes: readonly InlineCode[] | undefined): ChipPart[] {
  if (!codes?.length) return text ? [{ text }] : [];
  const opened = new Map<string, number>();
  codes.forEach((c, i) => {
    if (c.kind === 'open' && c.id && !opened.has(c.id)) opened.set(c.id, i + 1);
  });
  const out: ChipPart[] = [];
  let run = '';
  for (const ch of text) {
    const i = ch.length === 1 ? ch.charCodeAt(0) - CHIP_BASE : -1;
    const code = i >= 0 && i < codes.length ? codes[i] : undefined;
    if (!code) run += ch;
    // A private-use character that was text in the file stays text.
    else if (code.tag === '#char') run += code.data;
    else {
      if (run) out.push({ text: run });
      run = '';
      const n = (code.kind === 'close' && opened.get(code.id)) || i + 1;
      out.push({ code, label: chipLabel(code, n) });
    }
  }
  if (run) out.push({ text: run });
  return out;
}

// An editable field cannot draw chips, so there each placeholder is written as its chip label
// (`⟨1`, `1⟩`, `⟨1⟩`, the same the read-only source shows), and each hidden character (bidi control,
// zero-width character) as its marker (`⟦RLO⟧`), which it cannot show either without reordering
// the text around it. After an edit the stored text is worked out from the pieces the edit left
// whole, so a hidden character round-trips exactly; a label or marker the user breaks (deletes a
// bracket of) is plain text from then on: that code or character is dropped.

/** Label of each code by index: a close code carries the number of the open code it ends. */
function labelsOf(codes: readonly InlineCode[]): string[] {
  const opened = new Map<string, number>();
  codes.forEach((c, i) => {
    if (c.kind === 'open' && c.id && !opened.has(c.id)) opened.set(c.id, i + 1);
  });
  return codes.map((c, i) => chipLabel(c, (c.kind === 'close' && opened.get(c.id)) || i + 1));
}

/** One stored character and what an editable field shows for it. */
interface Piece {
  shown: string;
  stored: string;
}

function pieces(text: string, codes: readonly InlineCode[] | undefined): Piece[] {
  const labels = codes?.length ? labelsOf(codes) : [];
  const out: Piece[] = [];
  for (const ch of text) {
    const i = ch.length === 1 ? ch.charCodeAt(0) - CHIP_BASE : -1;
    const code = i >= 0 ? codes?.[i] : undefined;
    const hidden = INVISIBLES.get(ch);
    if (code) out.push({ shown: code.tag === '#char' ? code.data : labels[i]!, stored: ch });
    else if (hidden) out.push({ shown: marker(hidden), stored: ch });
    else out.push({ shown: ch, stored: ch });
  }
  return out;
}

/** Placeholder character of each label, for the codes a text can hold. */
function labelMap(codes: readonly InlineCode[]): Map<string, string> {
  const map = new Map<string, string>();
  labelsOf(codes).forEach((label, i) => {
    if (codes[i]!.tag !== '#char' && !map.has(label))
      map.set(label, String.fromCharCode(CHIP_BASE + i));
  });
  return map;
}

const LABEL = /⟨\d+⟩|⟨\d+|\d+⟩/gu;

/** The text as an editable field shows it: placeholders as labels, hidden characters as markers. */
export function toEditable(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length && !hasInvisible(text)) return text;
  return pieces(text, codes)
    .map((p) => p.shown)
    .join('');
}

/**
 * Text typed into an editable field, with the labels of known codes made placeholders (typing
 * `⟨1⟩` inserts code 1). A typed marker stays text: only `storedAfterEdit` knows which are real.
 */
export function fromEditable(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length) return text;
  const map = labelMap(codes);
  // `#char` codes stand for a private-use character of the file itself: written as that character.
  const chars = new Map(
    codes.flatMap((c, i) =>
      c.tag === '#char' ? [[c.data, String.fromCharCode(CHIP_BASE + i)] as const] : [],
    ),
  );
  const swapped = text.replace(LABEL, (label) => map.get(label) ?? label);
  return chars.size ? [...swapped].map((ch) => chars.get(ch) ?? ch).join('') : swapped;
}

/**
 * The stored text after an edit: `before` is the stored text the field showed (as `toEditable`
 * wrote it), `after` what the field holds now. The pieces before and after the changed span keep
 * their stored form exactly; the changed span, widened to whole labels and markers, is read as
 * typed text (`fromEditable`).
 */
export function storedAfterEdit(
  before: string,
  after: string,
  codes: readonly InlineCode[] | undefined,
): string {
  if (!codes?.length && !hasInvisible(before)) return after;
  const ps = pieces(before, codes);
  const shown = ps.map((p) => p.shown).join('');
  let head = 0;
  const max = Math.min(shown.length, after.length);
  while (head < max && shown[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && shown[shown.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  // Pieces wholly inside the unchanged head and tail keep their stored form.
  let kept = '';
  let at = 0;
  let i = 0;
  for (; i < ps.length && at + ps[i]!.shown.length <= head; i++) {
    kept += ps[i]!.stored;
    at += ps[i]!.shown.length;
  }
  const from = at;
  let keptTail = '';
  let end = shown.length;
  for (let j = ps.length - 1; j >= i && end - ps[j]!.shown.length >= shown.length - tail; j--) {
    keptTail = ps[j]!.stored + keptTail;
    end -= ps[j]!.shown.length;
  }
  const typed = after.slice(from, after.length - (shown.length - end));
  return kept + fromEditable(typed, codes) + keptTail;
}

/** A caret offset in the field showing `stored`, as an offset in the stored text. */
export function storedOffset(
  stored: string,
  offset: number,
  codes: readonly InlineCode[] | undefined,
): number {
  let at = 0;
  let n = 0;
  for (const p of pieces(stored, codes)) {
    // A caret inside a label or marker counts as before it.
    if (at + p.shown.length > offset) break;
    at += p.shown.length;
    n += p.stored.length;
  }
  return n;
}

/**
 * Codes of the source the translation lacks, and codes it has more often than the source, by
 * label (as a CAT tool's tag check reports them). Empty lists when the translation is empty.
 */
export function codeMismatch(
  source: string,
  target: string,
  codes: readonly InlineCode[] | undefined,
): { missing: string[]; extra: string[] } {
  const none = { missing: [], extra: [] };
  if (!codes?.length || !target) return none;
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const p of chipParts(text, codes))
      if ('code' in p) m.set(p.label, (m.get(p.label) ?? 0) + 1);
    return m;
  };
  const [src, tgt] = [count(source), count(target)];
  const missing = [...src].filter(([l, n]) => (tgt.get(l) ?? 0) < n).map(([l]) => l);
  const extra = [...tgt].filter(([l, n]) => n > (src.get(l) ?? 0)).map(([l]) => l);
  return { missing, extra };
}
