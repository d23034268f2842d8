// The zh→en lexicon: Chinese words with the stemmed English words their glosses use.
// It is plain data so the same object works in the browser, a Worker and Node; loading the
// generated file is the caller's job (see workers/align.worker.ts and cli/lexicon-file.ts).

import { contentStems } from './english.js';

export interface Lexicon {
  /** Simplified Chinese word → stemmed English gloss words (see english.ts `stem`). */
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** Longest word in `entries`, in UTF-16 code units. */
  readonly maxLength: number;
}

/** Parses the `word TAB stem stem…` lines of generated/lexicon/zh-en.tsv ('#' lines are notes). */
export function parseLexicon(text: string): Lexicon {
  const entries = new Map<string, string[]>();
  let maxLength = 0;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const stems = line
      .slice(tab + 1)
      .split(' ')
      .filter(Boolean);
    if (!stems.length) continue;
    entries.set(word, stems);
    if (word.length > maxLength) maxLength = word.length;
  }
  return { entries, maxLength };
}

/**
 * Builds a lexicon from plain English glosses (stemmed here, as the generated file already is);
 * for tests and small user glossaries.
 */
export function lexiconFrom(words: Record<string, readonly string[]>): Lexicon {
  const entries = new Map(
    Object.entries(words).map(([zh, glosses]) => [zh, [...new Set(glosses.flatMap(contentStems))]]),
  );
  return { entries, maxLength: Math.max(0, ...[...entries.keys()].map((w) => w.length)) };
}

/**
 * Dictionary words of a Chinese text, read by forward longest match. Characters that start
 * no known word are skipped: they carry no lexical evidence.
 */
export function zhWords(text: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  const max = lexicon.maxLength;
  let i = 0;
  while (i < text.length) {
    let found = 0;
    for (let n = Math.min(max, text.length - i); n >= 1; n--) {
      if (lexicon.entries.has(text.slice(i, i + n))) {
        found = n;
        break;
      }
    }
    if (found) {
      out.push(text.slice(i, i + found));
      i += found;
    } else i++;
  }
  return out;
}
