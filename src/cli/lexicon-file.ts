// Node side of the lexicon: read generated/lexicon/zh-en.tsv (built by scripts/build-lexicon.mjs
// at install time) from the project root. Missing file → undefined; callers say so and carry on.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexicon, type Lexicon } from '../core/align/lexicon.js';

export const LEXICON_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'generated',
  'lexicon',
  'zh-en.tsv',
);

let cached: Lexicon | undefined;

export function loadLexiconFile(path = LEXICON_PATH): Lexicon | undefined {
  if (path === LEXICON_PATH && cached) return cached;
  if (!existsSync(path)) return undefined;
  const lex = parseLexicon(readFileSync(path, 'utf8'));
  if (path === LEXICON_PATH) cached = lex;
  return lex;
}
