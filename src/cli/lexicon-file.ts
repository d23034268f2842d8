// Node side of the lexicon: read generated/lexicon/zh-en.bin (built with the .tsv by
// scripts/build-lexicon.mjs at install time) from the project root: a file read and typed-array
// views, a few milliseconds. A checkout that has only the .tsv (built before the binary form)
// still works, parsing the text. Missing both → undefined; callers say so and carry on.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeLexicon, parseLexicon, type Lexicon } from '../core/align/lexicon.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'generated', 'lexicon');
export const LEXICON_BIN = join(DIR, 'zh-en.bin');
export const LEXICON_TSV = join(DIR, 'zh-en.tsv');
/** The form to load: the binary one when it exists. */
export const LEXICON_PATH = existsSync(LEXICON_BIN) ? LEXICON_BIN : LEXICON_TSV;

let cached: Lexicon | undefined;

export function loadLexiconFile(path = LEXICON_PATH): Lexicon | undefined {
  if (path === LEXICON_PATH && cached) return cached;
  if (!existsSync(path)) return undefined;
  const lex = path.endsWith('.bin')
    ? decodeLexicon(readFileSync(path))
    : parseLexicon(readFileSync(path, 'utf8'));
  if (path === LEXICON_PATH) cached = lex;
  return lex;
}
