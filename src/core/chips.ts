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
