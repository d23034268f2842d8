// Bilingual XML (TMX, XLIFF 1.2, XLIFF 2) read as a stream of text chunks, its pairs handed out in
// batches: a big file or a million-unit TM is never held as a tree, and a caller can store rows
// and show progress while it reads.
import type { BatchOptions, FormatReader, StreamSummary } from './batches.js';
import { tmxReader } from './tmx.js';
import { FormatError } from './types.js';
import { xliff12Reader } from './xliff12.js';
import { xliff2Reader } from './xliff2.js';
import { xmlReader, type XmlElement } from './xml.js';

export type { DocumentPairs, PairBatch, StreamSummary } from './batches.js';

export type XmlBitextFormat = 'tmx' | 'xliff12' | 'xliff2';

export interface BitextStreamOptions extends BatchOptions {
  /** The format to expect; by default the root element decides (and XLIFF's version). */
  format?: XmlBitextFormat;
  /** TMX: the target language (else the most frequent other language of the first batch). */
  targetLang?: string;
}

export interface BitextStream {
  /** The next piece of the text; it may end anywhere, even inside a tag or a character. */
  write(chunk: string): void;
  /** The end of the text: the last batch goes out and the summary comes back. */
  end(): StreamSummary;
}

/** XLIFF 2 says so in `version` or in its namespace; anything else is read as 1.2. */
function xliffVersion(root: XmlElement): 'xliff12' | 'xliff2' {
  const values = Object.values(root.attrs);
  return (root.attrs.version ?? '').startsWith('2.') ||
    values.some((v) => v.includes('urn:oasis:names:tc:xliff:document:2.'))
    ? 'xliff2'
    : 'xliff12';
}

/**
 * Reads TMX or XLIFF given in chunks. Every check of the whole-file import holds (no DTD
 * declarations, nesting limit, well-formedness, with file and line); `onBatch` receives the pairs
 * as they are read, and nothing else keeps them.
 */
export function bitextStream(file: string, opts: BitextStreamOptions): BitextStream {
  let reader: FormatReader | undefined;
  const make = (root: XmlElement): FormatReader => {
    const format =
      opts.format ??
      (root.local === 'tmx' ? 'tmx' : root.local === 'xliff' ? xliffVersion(root) : undefined);
    if (format === 'tmx') return tmxReader(file, opts, { targetLang: opts.targetLang });
    if (format === 'xliff12') return xliff12Reader(file, opts);
    if (format === 'xliff2') return xliff2Reader(file, opts);
    throw new FormatError(
      'unknown-xml',
      {},
      `neither TMX nor XLIFF: the root element is <${root.name}>`,
      file,
      root.line,
    );
  };
  const xml = xmlReader(file, {
    start(el, open) {
      reader ??= make(el);
      return reader.start(el, open);
    },
    element: (el, open) => reader?.element?.(el, open),
    end: (el, open) => reader?.end?.(el, open),
  });
  return {
    write: (chunk) => xml.write(chunk),
    end() {
      xml.close();
      if (!reader) throw new FormatError('no-root', {}, 'no XML root element', file);
      return reader.finish();
    },
  };
}

/**
 * `bitextStream` over an iterable of chunks (a `ReadableStream` of decoded text is one):
 * resolves to the summary once every batch was handed to `onBatch`.
 */
export async function readBitextStream(
  file: string,
  chunks: AsyncIterable<string> | Iterable<string>,
  opts: BitextStreamOptions,
): Promise<StreamSummary> {
  const stream = bitextStream(file, opts);
  for await (const chunk of chunks) stream.write(chunk);
  return stream.end();
}
