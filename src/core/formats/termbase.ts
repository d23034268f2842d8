// A termbase file by its extension: .tbx (TBX 2008 or v3), .tsv, .csv (or .txt, tab-separated).
import { decodeText, assertText } from './decode.js';
import { parseGlossary, writeGlossary, type GlossaryOptions } from './glossary.js';
import { parseTbx, writeTbx } from './tbx.js';
import { DEFAULT_MAX_BYTES, FormatError } from './types.js';
import type { TermEntry, TermbaseData } from '../terms/types.js';

export const TERMBASE_EXTENSIONS = ['tbx', 'tsv', 'csv', 'txt'] as const;
export type TermbaseFormat = 'tbx' | 'tsv' | 'csv';

const extOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export function termbaseFormat(name: string): TermbaseFormat {
  const ext = extOf(name);
  if (ext === 'tbx' || ext === 'xml') return 'tbx';
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'txt') return 'tsv';
  const supported = TERMBASE_EXTENSIONS.join(', ');
  throw new FormatError(
    'unsupported-type',
    { ext, supported },
    `unsupported file type ".${ext}" for a termbase (supported: ${supported})`,
    name,
  );
}

/** Reads a termbase file whole (the app streams big TBX through `tbxStream` instead). */
export function importTermbase(
  name: string,
  bytes: Uint8Array,
  opts: GlossaryOptions & { maxBytes?: number } = {},
): TermbaseData {
  const format = termbaseFormat(name);
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max)
    throw new FormatError(
      'too-large',
      { size: bytes.length, limit: max },
      `the file is ${bytes.length} bytes, over the limit of ${max}`,
      name,
    );
  if (bytes.length === 0) throw new FormatError('empty', {}, 'the file is empty', name);
  const { text } = decodeText(bytes, undefined, name);
  assertText(text, name);
  if (format === 'tbx') return parseTbx(text, name);
  return parseGlossary(text, format === 'csv' ? ',' : '\t', name, opts);
}

/** A termbase as a file of `format`; glossaries list `source` terms beside `target` ones. */
export function exportTermbase(
  entries: readonly TermEntry[],
  format: TermbaseFormat,
  source: string,
  target: string,
): string {
  if (format === 'tbx') return writeTbx(entries, [source, target]);
  return writeGlossary(entries, format === 'csv' ? ',' : '\t', source, target, { bom: true });
}
