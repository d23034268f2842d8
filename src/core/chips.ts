// Inline codes as the grid shows them: the text split into plain runs and numbered chips.
import type { InlineCode } from './model.js';

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
// (`⟨1`, `1⟩`, `⟨1⟩`, the same the read-only source shows) and read back when the text changes. A
// label the user breaks (deletes a bracket of) is plain text from then on: that code is dropped.

/** Placeholder character of each label, for the codes a text can hold. */
function labelMap(codes: readonly InlineCode[]): Map<string, string> {
  const all = codes.map((_, i) => String.fromCharCode(CHIP_BASE + i)).join('');
  const map = new Map<string, string>();
  for (const p of chipParts(all, codes)) {
    if ('code' in p && !map.has(p.label)) {
      map.set(p.label, String.fromCharCode(CHIP_BASE + codes.indexOf(p.code)));
    }
  }
  return map;
}

const LABEL = /⟨\d+⟩|⟨\d+|\d+⟩/gu;

/** The text as an editable field shows it: placeholders written as their labels. */
export function toEditable(text: string, codes: readonly InlineCode[] | undefined): string {
  if (!codes?.length) return text;
  return chipParts(text, codes)
    .map((p) => ('code' in p ? p.label : p.text))
    .join('');
}

/** What the user typed in an editable field, with the labels of known codes made placeholders. */
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

/** A caret offset in the editable text, as an offset in the stored text. */
export function storedOffset(
  editable: string,
  offset: number,
  codes: readonly InlineCode[] | undefined,
): number {
  return fromEditable(editable.slice(0, offset), codes).length;
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
