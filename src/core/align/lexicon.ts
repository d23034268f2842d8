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
  const lexicon = { entries, maxLength };
  // Built now, so loading pays for it rather than the first alignment.
  trieOf(lexicon);
  return lexicon;
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

interface TrieNode {
  /** Length of the word ending here, or 0. */
  word: number;
  next: Map<number, TrieNode>;
}

const tries = new WeakMap<Lexicon, TrieNode>();

/** A character trie over the lexicon, built once per lexicon: reading walks it without slicing. */
function trieOf(lexicon: Lexicon): TrieNode {
  let root = tries.get(lexicon);
  if (root) return root;
  root = { word: 0, next: new Map() };
  for (const w of lexicon.entries.keys()) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { word: 0, next: new Map() }));
      node = child;
    }
    node.word = w.length;
  }
  tries.set(lexicon, root);
  return root;
}

/**
 * Dictionary words of a Chinese text, read by forward longest match. Characters that start
 * no known word are skipped: they carry no lexical evidence.
 */
export function zhWords(text: string, lexicon: Lexicon): string[] {
  const root = trieOf(lexicon);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let node: TrieNode | undefined = root;
    let found = 0;
    for (let k = i; k < text.length; k++) {
      node = node.next.get(text.charCodeAt(k));
      if (!node) break;
      if (node.word) found = node.word;
    }
    if (found) {
      out.push(text.slice(i, i + found));
      i += found;
    } else i++;
  }
  return out;
}
