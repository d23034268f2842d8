// Bytes → text for every encoding Chinese files come in: UTF-8 (± BOM), UTF-16 LE/BE (BOM, or
// no BOM recognised by its zero bytes or, for Chinese-only text, by its code unit ranges), GB18030/GBK and Big5. TextDecoder knows all of these in
// browsers and in Node with full ICU; the guessing is ours.
import type { EncodingGuess } from './types.js';
import { FormatError } from './types.js';

export interface Decoded {
  text: string;
  encoding: EncodingGuess;
}

// Frequent characters of written Chinese in both scripts. The right legacy decoding is full of
// them; the wrong one yields rare ideographs, so their share tells GBK from Big5.
const COMMON = new Set(
  '的一是不了在人有我他这這中大来來上个個国國到说說们們为為子和你地出道也时時年得就那要下以生会會' +
    '自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于於起还還发發成事只作当當想看文' +
    '无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些' +
    '与與高意进進把法此实實回二理美点點月明其种種声聲全工己话話儿兒者向情部正名定女问問力机機给給等',
);

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (COMMON.has(ch)) common++;
    }
  }
  return han === 0 ? 0 : common / han;
}

/** UTF-16 without a BOM: ASCII in it puts a zero in every other byte. */
function zeroPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even < odd * 0.05) return 'utf-16le';
  if (even > pairs * 0.2 && odd < even * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM and without ASCII (so without zero bytes): Chinese text puts nearly every
 * code unit in a few ranges (CJK ideographs, CJK and full-width punctuation, general
 * punctuation). GBK or Big5 bytes read as UTF-16 land in Hangul, Yi, surrogates and private use
 * instead, so a high share of such units tells the byte order apart from the legacy encodings.
 */
function cjkUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const units = Math.min(bytes.length, 8192) >> 1;
  const share = (le: boolean) => {
    let ok = 0;
    for (let i = 0; i < units; i++) {
      const c = le
        ? bytes[2 * i] | (bytes[2 * i + 1] << 8)
        : (bytes[2 * i] << 8) | bytes[2 * i + 1];
      if (
        (c >= 0x3400 && c <= 0x9fff) ||
        (c >= 0x3000 && c <= 0x303f) ||
        (c >= 0xff00 && c <= 0xffef) ||
        (c >= 0x2000 && c <= 0x206f) ||
        (c >= 0x20 && c < 0x7f) ||
        c === 9 ||
        c === 10 ||
        c === 13
      )
        ok++;
    }
    return ok / units;
  };
  const le = share(true);
  const be = share(false);
  if (Math.max(le, be) < 0.9) return undefined;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** The encoding an XML declaration names, read from ASCII-compatible bytes. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const m = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

function decodeWith(label: string, bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    throw new FormatError(
      'unknown-encoding',
      { encoding: label },
      `unknown text encoding "${label}"`,
      file,
    );
  }
}

/**
 * Decodes bytes to text, detecting the encoding unless `encoding` forces one. The guess and its
 * confidence are returned so the UI can show them and offer another choice.
 */
export function decodeText(bytes: Uint8Array, encoding?: string, file = 'input'): Decoded {
  const bomless = (n: number) => bytes.subarray(n);
  if (encoding) {
    const label = encoding.toLowerCase();
    const skip =
      label === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return {
      text: decodeWith(label, bomless(skip), file).replace(/^\uFEFF/, ''),
      encoding: { name: label, confidence: 1, overridable: true },
    };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return sure('utf-8', decodeWith('utf-8', bomless(3), file));
  // Sniffed by hand: TextDecoder('utf-16') means little-endian only.
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return sure('utf-16le', decodeWith('utf-16le', bomless(2), file));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return sure('utf-16be', decodeWith('utf-16be', bomless(2), file));
  const utf16 = zeroPattern(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== undefined) return guess(utf16, text, 0.9);
  }
  const declared = declaredEncoding(bytes);
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    if (declared.startsWith('utf-16'))
      throw new FormatError(
        'no-bom',
        { encoding: declared },
        `declares ${declared} but has no byte-order mark`,
        file,
      );
    return {
      text: decodeWith(declared, bytes, file),
      encoding: { name: declared, confidence: 1, overridable: true },
    };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return guess('utf-8', utf8, declared ? 1 : 0.95);
  const cjk16 = cjkUtf16(bytes);
  if (cjk16) {
    const text = tryDecode(cjk16, bytes);
    if (text !== undefined) return guess(cjk16, text, 0.8);
  }
  const gb = tryDecode('gb18030', bytes);
  const big5 = tryDecode('big5', bytes);
  if (gb === undefined && big5 === undefined)
    throw new FormatError(
      'not-text',
      {},
      'not text in any supported encoding (binary data?)',
      file,
    );
  if (big5 === undefined) return guess('gb18030', gb ?? '', 0.8);
  if (gb === undefined) return guess('big5', big5, 0.8);
  const g = commonShare(gb);
  const b = commonShare(big5);
  const margin = Math.abs(g - b) / Math.max(g, b, 0.01);
  const confidence = Math.round((0.5 + 0.45 * Math.min(1, margin)) * 100) / 100;
  return b > g ? guess('big5', big5, confidence) : guess('gb18030', gb, confidence);
}

function sure(name: string, text: string): Decoded {
  return { text, encoding: { name, confidence: 1, overridable: false } };
}

function guess(name: string, text: string, confidence: number): Decoded {
  return { text, encoding: { name, confidence, overridable: true } };
}

/**
 * Refuses bytes that are clearly not text: a NUL anywhere (named by line, so a stray one is easy
 * to find), or many other control characters. The whole text is read, not a first sample: a NUL
 * past the start would otherwise reach the output, and TSV or XML readers choke on it. Refused
 * rather than dropped, as a converter that silently changes content hides a damaged file.
 */
export function assertText(text: string, file: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20) continue;
    if (c === 0) {
      const line = text.slice(0, i).split('\n').length;
      throw new FormatError(
        'binary-nul',
        {},
        'binary data (a NUL character), not a text file',
        file,
        line,
      );
    }
    if (c !== 9 && c !== 10 && c !== 13) controls++;
  }
  if (controls > text.length * 0.05)
    throw new FormatError(
      'binary-control',
      {},
      'binary data (control characters), not a text file',
      file,
    );
}
