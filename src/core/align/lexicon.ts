// The zh→en lexicon: Chinese words with the stemmed English words their glosses use.
// It is plain data so the same object works in the browser, a Worker and Node; loading the
// generated file is the caller's job (see workers/align.worker.ts and cli/lexicon-file.ts).

import { contentStems } from './english.js';
import { PinyinReadings } from './readings.js';

export { parseLexicon, encodeLexicon, decodeLexicon } from './lexicon-binary.js';

/** Simplified Chinese word → its stemmed English gloss words (see english.ts `stem`). */
export interface Lexicon {
  /** The word's gloss stems, or undefined for a word the lexicon does not know. */
  glosses(word: string): readonly string[] | undefined;
  /** Whether the lexicon knows the word (cheaper than glosses). */
  has(word: string): boolean;
  /** Whether it knows text[at, at+len), without cutting the string (the reader's hot path). */
  hasAt(text: string, at: number, len: number): boolean;
  /** The word text[at, at+len)'s index in the lexicon (stable per lexicon), or -1. */
  indexAt(text: string, at: number, len: number): number;
  /** Bit k set: some word of k characters starts with this UTF-16 code unit (0: none). */
  lengthsFrom(code: number): number;
  /** Toneless pinyin readings of one Han character (for names), or undefined. */
  readings(char: string): readonly string[] | undefined;
  /** Every toneless pinyin syllable the readings use. */
  readonly syllables: ReadonlySet<string>;
  /** Longest word, in UTF-16 code units. */
  readonly maxLength: number;
  readonly size: number;
}

/**
 * Words map to their still-unsplit gloss text: a document meets a few thousand of the ~100k
 * words, so splitting (and caching) on first use keeps loading to one pass over the file.
 */
class LazyLexicon implements Lexicon {
  private readonly split = new Map<string, readonly string[]>();
  private readonly pinyin: PinyinReadings;
  constructor(
    private readonly raw: Map<string, string>,
    readonly maxLength: number,
    rawReadings = new Map<string, string>(),
    private readonly lengths = lengthsOf(raw.keys()),
  ) {
    this.pinyin = new PinyinReadings(() => rawReadings);
  }
  lengthsFrom(code: number): number {
    return this.lengths.get(code) ?? 0;
  }
  has(word: string): boolean {
    return this.raw.has(word);
  }
  hasAt(text: string, at: number, len: number): boolean {
    return this.raw.has(text.slice(at, at + len));
  }
  private index?: Map<string, number>;
  indexAt(text: string, at: number, len: number): number {
    this.index ??= new Map([...this.raw.keys()].map((w, k) => [w, k]));
    return this.index.get(text.slice(at, at + len)) ?? -1;
  }
  readings(char: string): readonly string[] | undefined {
    return this.pinyin.of(char);
  }
  get syllables(): ReadonlySet<string> {
    return this.pinyin.syllables;
  }
  get size(): number {
    return this.raw.size;
  }
  glosses(word: string): readonly string[] | undefined {
    let out = this.split.get(word);
    if (out) return out;
    const text = this.raw.get(word);
    if (text === undefined) return undefined;
    out = text.split(' ').filter(Boolean);
    this.split.set(word, out);
    return out;
  }
}

/** First code unit → bit mask of the lengths of the words that start with it. */
function lengthsOf(words: Iterable<string>, out = new Map<number, number>()): Map<number, number> {
  for (const w of words) {
    const c = w.charCodeAt(0);
    out.set(c, (out.get(c) ?? 0) | (1 << w.length));
  }
  return out;
}

/**
 * Builds a lexicon from plain English glosses (stemmed here, as the generated file already is);
 * for tests and small user glossaries.
 */
export function lexiconFrom(
  words: Record<string, readonly string[]>,
  readings: Record<string, readonly string[]> = {},
): Lexicon {
  const raw = new Map(
    Object.entries(words).map(([zh, g]) => [zh, [...new Set(g.flatMap(contentStems))].join(' ')]),
  );
  return new LazyLexicon(
    raw,
    Math.max(0, ...[...raw.keys()].map((w) => w.length)),
    new Map(Object.entries(readings).map(([c, r]) => [c, r.join(' ')])),
  );
}

/**
 * Dictionary words of a Chinese text, read by forward longest match (words are a few
 * characters, so trying each length is cheaper than building a trie at load time). Characters
 * that start no known word are skipped: they carry no lexical evidence. `starts`, when given,
 * receives where each word starts.
 */
export function zhWords(text: string, lexicon: Lexicon, starts?: number[]): string[] {
  const out: string[] = [];
  const max = lexicon.maxLength;
  let i = 0;
  while (i < text.length) {
    let found = '';
    const lengths = lexicon.lengthsFrom(text.charCodeAt(i));
    for (let len = Math.min(max, text.length - i); lengths && len > 0; len--) {
      if (!(lengths & (1 << len)) || !lexicon.hasAt(text, i, len)) continue;
      found = text.slice(i, i + len);
      break;
    }
    if (found) {
      out.push(found);
      starts?.push(i);
      i += found.length;
    } else i++;
  }
  return out;
}
