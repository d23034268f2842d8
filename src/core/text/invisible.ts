// Characters that draw nothing yet change what the reader sees: bidi controls reorder the text
// around them (`abc\u202Egpj.exe` reads as "abcexe.jpg"), zero-width ones hide inside words.
// Shown as markers (as CAT tools show non-printing characters); the stored text never changes.

/** One hidden character: its conventional abbreviation, code point and Unicode name. */
export interface Invisible {
  char: string;
  label: string;
  /** `U+202E` */
  code: string;
  name: string;
}

const TABLE: [number, string, string][] = [
  [0x202a, 'LRE', 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RLE', 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'PDF', 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LRO', 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RLO', 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LRI', 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RLI', 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FSI', 'FIRST STRONG ISOLATE'],
  [0x2069, 'PDI', 'POP DIRECTIONAL ISOLATE'],
  [0x200e, 'LRM', 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RLM', 'RIGHT-TO-LEFT MARK'],
  [0x061c, 'ALM', 'ARABIC LETTER MARK'],
  [0x200b, 'ZWSP', 'ZERO WIDTH SPACE'],
  [0x200c, 'ZWNJ', 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZWJ', 'ZERO WIDTH JOINER'],
  [0x2060, 'WJ', 'WORD JOINER'],
  [0xfeff, 'ZWNBSP', 'ZERO WIDTH NO-BREAK SPACE'],
];

export const INVISIBLES: ReadonlyMap<string, Invisible> = new Map(
  TABLE.map(([cp, label, name]) => {
    const char = String.fromCharCode(cp);
    const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return [char, { char, label, code, name }];
  }),
);

const ANY = new RegExp(`[${[...INVISIBLES.keys()].join('')}]`, 'u');

/** Whether the text holds any hidden character (a fast test before splitting it). */
export function hasInvisible(text: string): boolean {
  return ANY.test(text);
}

export type InvisiblePart = { text: string } | { hidden: Invisible };

/** The text as plain runs and hidden characters, in order; joined back it is the text. */
export function invisibleParts(text: string): InvisiblePart[] {
  if (!hasInvisible(text)) return text ? [{ text }] : [];
  const out: InvisiblePart[] = [];
  let run = '';
  for (const ch of text) {
    const hidden = INVISIBLES.get(ch);
    if (!hidden) {
      run += ch;
      continue;
    }
    if (run) out.push({ text: run });
    run = '';
    out.push({ hidden });
  }
  if (run) out.push({ text: run });
  return out;
}

/** A hidden character as plain text shows it: `⟦RLO⟧`. */
export function marker(hidden: Invisible): string {
  return `⟦${hidden.label}⟧`;
}

/**
 * The text with each hidden character written as its marker, for places that show text as one
 * string (a name in a header, a title, an editable field): nothing in it can reorder or hide text.
 */
export function visibleControls(text: string): string {
  if (!hasInvisible(text)) return text;
  return invisibleParts(text)
    .map((p) => ('hidden' in p ? marker(p.hidden) : p.text))
    .join('');
}
