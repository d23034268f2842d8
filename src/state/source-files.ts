// Reading a dropped or chosen file as paragraphs of text: .txt in any Chinese encoding (the guess
// is returned so the user can override it), .docx by paragraph, .md as text, .html by its blocks.
// A TMX or XLIFF is refused: it is a project's worth of pairs, opened by the import instead.
// The format code is loaded on first use, so the shell stays small.
import type { EncodingGuess } from '../core/formats/index.js';

export interface LoadedText {
  name: string;
  text: string;
  /** Set for plain-text files: what the bytes were decoded as. */
  encoding?: EncodingGuess;
  bytes: Uint8Array;
}

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;

/** Paragraph texts of an HTML document: block elements' text, never its markup. */
function htmlParagraphs(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = doc.body.querySelectorAll(
    'p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote, pre',
  );
  const texts = blocks.length
    ? [...blocks].map((b) => b.textContent ?? '')
    : (doc.body.textContent ?? '').split('\n');
  return texts
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export async function loadText(
  name: string,
  bytes: Uint8Array,
  encoding?: string,
): Promise<LoadedText> {
  const formats = await import('../core/formats/index.js');
  const ext = formats.extensionOf(name);
  if (ext === 'docx') {
    return { name, bytes, text: formats.readDocxParagraphs(bytes, name).join('\n') };
  }
  const decoded = formats.decodeText(bytes, encoding, name);
  formats.assertMonolingual(name, decoded.text);
  const text = ext === 'html' || ext === 'htm' ? htmlParagraphs(decoded.text) : decoded.text;
  return { name, bytes, text, encoding: decoded.encoding };
}
