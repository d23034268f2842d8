// Reading a TMX or XLIFF file as a stream: the encoding settled from its start, then 1 MiB at a
// time decoded, checked as the whole-file import checks text, and parsed into batches of pairs.
// Neither the file, its text nor a tree is held whole. Shared by the import Worker (parsing, and
// writing rows to the workspace) and the command line's `convert`.
import type { PairBatch, StreamSummary } from './batches.js';
import { decodeText } from './decode.js';
import { EXTENSIONS, extensionOf } from './index.js';
import { bitextStream } from './stream.js';
import { FormatError, type EncodingGuess, type ImportOptions } from './types.js';
import { assertNoDtdTricks } from './xml-safety.js';

/** Bytes read and decoded at a time; progress is reported after each. */
export const CHUNK = 1 << 20;
/** Enough of the start to find the encoding (BOM, declaration) and the root element. */
export const HEAD = 64 * 1024;
/** Pairs per batch: big enough that cloning is cheap per pair, small enough to keep memory low. */
export const BATCH = 5000;

export type Source = Blob | Uint8Array;

export const sizeOf = (s: Source) => (s instanceof Blob ? s.size : s.length);

export async function bytesOf(s: Source, start: number, end: number): Promise<Uint8Array> {
  return s instanceof Blob
    ? new Uint8Array(await s.slice(start, end).arrayBuffer())
    : s.subarray(start, end);
}

/** The start of the file cut after a `>` or a newline, a byte no multi-byte sequence contains. */
export function cutHead(head: Uint8Array, whole: boolean): Uint8Array {
  if (whole) return head;
  for (let i = head.length - 1; i > 0; i--)
    if (head[i] === 0x3e || head[i] === 0x0a) return head.subarray(0, i + 1);
  return head;
}

/** The root element's name, as `importFile` sniffs it (comments, declarations and PIs skipped). */
function rootOf(text: string): string | undefined {
  const head = text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, '');
  if (/^\s*(<\?xml[^>]*>\s*)?(<!DOCTYPE\s+html|<html)/i.test(head)) return undefined;
  return /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(head.replace(/<[?!][^>]*>/g, ''))?.[1];
}

export interface StreamPlan {
  encoding: EncodingGuess;
  /** True when the encoding was guessed as UTF-8: bytes that are not fall back to a whole read. */
  fatal: boolean;
}

/**
 * Whether the file can be streamed, and how to decode it: TMX or XLIFF whose extension agrees with
 * its root, in an encoding the start settles (forced, a BOM, a declaration, or UTF-8). Anything
 * else — statistical guesses, mismatches, errors — goes the whole-file way, which says why.
 */
export function plan(
  name: string,
  head: Uint8Array,
  options: ImportOptions,
): StreamPlan | undefined {
  const kind = EXTENSIONS[extensionOf(name)];
  if (kind !== 'tmx' && kind !== 'xliff' && kind !== 'xml') return undefined;
  if (head[0] === 0x50 && head[1] === 0x4b) return undefined;
  // Zero bytes without a BOM: UTF-16 told by its pattern, which only the whole read decides.
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!options.encoding && !bom16 && head.subarray(0, 4096).includes(0)) return undefined;
  let decoded;
  try {
    decoded = decodeText(head, options.encoding, name);
  } catch {
    return undefined;
  }
  const { text, encoding } = decoded;
  const root = rootOf(text);
  const found = root === 'tmx' ? 'tmx' : root && /(^|:)xliff$/.test(root) ? 'xliff' : undefined;
  if (!found || (kind !== 'xml' && kind !== found)) return undefined;
  // UTF-8 unless a later byte says otherwise, as importFile's whole-text check would find.
  const fatal = !options.encoding && encoding.name === 'utf-8' && encoding.overridable;
  if (!options.encoding && encoding.confidence < 1 && !fatal) return undefined;
  assertNoDtdTricks(text, name);
  return { encoding, fatal };
}

/** The whole-file check that a text is text (no NUL, few control characters), a chunk at a time. */
class TextCheck {
  private line = 1;
  private controls = 0;
  private length = 0;

  constructor(private readonly file: string) {}

  add(chunk: string): void {
    this.length += chunk.length;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c >= 0x20) continue;
      if (c === 10) this.line++;
      else if (c === 0)
        throw new FormatError(
          'binary-nul',
          {},
          'binary data (a NUL character), not a text file',
          this.file,
          this.line,
        );
      else if (c !== 9 && c !== 13) this.controls++;
    }
  }

  end(): void {
    if (this.controls > this.length * 0.05)
      throw new FormatError(
        'binary-control',
        {},
        'binary data (control characters), not a text file',
        this.file,
      );
  }
}

/** Thrown when bytes guessed as UTF-8 turn out not to be: the file is read whole instead. */
export class NotUtf8 extends Error {}

/**
 * The pairs of a streamed file, a batch at a time as the parser hands them out; returns the
 * summary. `onProgress` gets the share of the bytes read after each chunk. Reading waits while the
 * caller has not asked for the next batch, and before each chunk for what `hold` returns (a
 * caller that writes batches away slower than they come pauses it so).
 */
export async function* readStream(
  name: string,
  source: Source,
  p: StreamPlan,
  options: ImportOptions,
  onProgress?: (fraction: number) => void,
  hold?: () => Promise<void> | undefined,
): AsyncGenerator<PairBatch, StreamSummary & { encoding: EncodingGuess }> {
  const size = sizeOf(source);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(p.encoding.name, { fatal: p.fatal });
  } catch {
    throw new FormatError(
      'unknown-encoding',
      { encoding: p.encoding.name },
      `unknown text encoding "${p.encoding.name}"`,
      name,
    );
  }
  const check = new TextCheck(name);
  const ready: PairBatch[] = [];
  const xml = bitextStream(name, {
    batchSize: BATCH,
    targetLang: options.targetLang,
    onBatch: (batch) => ready.push(batch),
  });
  const write = (text: string) => {
    check.add(text);
    xml.write(text);
  };
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8();
    }
  };
  let first = true;
  for (let at = 0; at < size; at += CHUNK) {
    for (let wait = hold?.(); wait; wait = hold?.()) await wait;
    let text = decode(await bytesOf(source, at, Math.min(size, at + CHUNK)));
    // A forced encoding keeps the whole-file rule: one leading BOM is dropped whatever it is.
    if (first && options.encoding && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    write(text);
    onProgress?.(Math.min(at + CHUNK, size) / size);
    yield* ready.splice(0);
  }
  write(decode());
  check.end();
  const summary = xml.end();
  yield* ready.splice(0);
  return { ...summary, encoding: p.encoding };
}
