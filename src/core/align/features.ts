// What each sentence offers as evidence. A sentence becomes a list of "words", each a small set
// of keys (a Chinese word's stemmed English glosses; an English stem; a number; a mark), and
// an "offer": every key it has. A word of one side is matched when one of its keys is offered
// by the other side. Keys are interned to integers so matching is array work.
import { latinWords, stem, textStems } from './english.js';
import { namePinyinKeys, pinyinNamesOf, type PinyinNames } from './pinyin.js';
import type { Lexicon } from './lexicon.js';
import { ZhReader } from './features-zh.js';
import { enNumbers, zhNumbers } from './numbers.js';
import { charLength } from './length.js';
import type { LangCode } from '../text/lang.js';

export interface SentenceFeatures {
  /** Non-space characters. */
  len: number;
  /** Clauses: one more than the sentence-internal commas, semicolons and colons. */
  clauses: number;
  /** Each word's keys. */
  words: Int32Array[];
  /** Every key of the sentence, sorted, unique. */
  offer: Int32Array;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Reads Chinese words and pinyin runs, remembering what each gave: a document repeats them. */
  zh?: ZhReader;
  /** Pinyin name keys of each English word met so far (names recur: see englishFeatures). */
  readonly enNameKeys = new Map<string, string[]>();
  /** What each English word token met so far gives (a book repeats its words: see englishWord). */
  readonly enWords = new Map<string, EnglishWord>();
  /**
   * Set before any Chinese sentence is read when the other side is English (`pinyinFacing`): the
   * only pinyin run keys a Chinese sentence offers. Most runs spell no name of the other side,
   * and their keys were two fifths of a Chinese sentence's features.
   */
  pinyinNames?: PinyinNames;
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
  /** Every key, in id order (to carry features to another thread's vocabulary). */
  keys(): string[] {
    return [...this.ids.keys()];
  }
}

/** Question and exclamation marks and quotations survive translation in both directions. */
export function marks(text: string): string[] {
  const out: string[] = [];
  if (/[?？]/.test(text)) out.push('mark:?');
  if (/[!！]/.test(text)) out.push('mark:!');
  // British-style dialogue quotes in single marks ('At you!' he said), told apart from
  // apostrophes (Trinket's, don't) by what is around them: an opening mark after a space or at
  // the start, a closing one after sentence punctuation.
  // A quotation's opening and closing marks are kept apart: a sentence that opens a quotation
  // another sentence closes faces a translation split the same way.
  if (/[“「『‘]|(^|[\s:：,，])["']\p{L}/u.test(text)) out.push('mark:q<');
  // A curly apostrophe inside a word (Qiyao’s, don’t) closes nothing.
  if (/[”」』]|’(?![A-Za-z])|[.!?,…。！？，]["'](\s|$)/u.test(text)) out.push('mark:q>');
  // Speech that trails off or breaks: …… in Chinese, ... or . . . in English.
  if (/…|\.\s?\.\s?\./u.test(text)) out.push('mark:…');
  return out;
}

/** `extra`: keys offered to the other side that belong to no word of this one. */
/** Clause marks inside a sentence, in either script (the final stop ends it, not a clause). */
function clausesOf(text: string): number {
  // , ; : and their full-width forms counted by code unit (a regex match built an array).
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0xff0c || c === 0xff1b || c === 0xff1a) n++;
  }
  return n;
}

/**
 * Per key id, the stamp of the last sentence one of whose kept words began with it: a repeated
 * word is found with one look-up instead of a scan of the words kept (and a closure per word).
 * Stamps only grow, so entries from another document or vocabulary never match.
 */
let firstKeySeen: Int32Array = new Int32Array(1 << 14);
/** The same for every key of the sentence's offer (a stamp per offer: see `build`). */
let keySeen: Int32Array = new Int32Array(1 << 14);
let sentenceStamp = 0;
/** The offer being gathered (unsorted, unique), reused from sentence to sentence. */
let scratch: Int32Array = new Int32Array(256);

const grownTo = (a: Int32Array, size: number): Int32Array => {
  const grown = new Int32Array(Math.max(size, 2 * a.length));
  grown.set(a);
  return grown;
};

/** Adds the keys of `ids` not yet in the offer stamped `stamp`; returns the offer's new size. */
function gather(ids: Int32Array, stamp: number, k: number): number {
  for (let x = 0; x < ids.length; x++) {
    const id = ids[x]!;
    if (id >= keySeen.length) keySeen = grownTo(keySeen, id + 1);
    if (keySeen[id] === stamp) continue;
    keySeen[id] = stamp;
    if (k >= scratch.length) scratch = grownTo(scratch, k + 1);
    scratch[k++] = id;
  }
  return k;
}

function build(text: string, groups: Int32Array[], extra: Int32Array = NONE): SentenceFeatures {
  const len = charLength(text);
  const words: Int32Array[] = [];
  const stamp = ++sentenceStamp;
  for (const ids of groups) {
    // A word repeated in one sentence is one piece of evidence, not several; its first key
    // (the word itself, or a single stem) identifies it.
    if (!ids.length) continue;
    const first = ids[0]!;
    if (first >= firstKeySeen.length) firstKeySeen = grownTo(firstKeySeen, first + 1);
    if (firstKeySeen[first] === stamp) continue;
    firstKeySeen[first] = stamp;
    words.push(ids);
  }
  // Every key once, sorted: gathered unique by stamp, then an insertion sort of the few (the
  // typed-array sort of every key with its duplicates, and the copies around it, cost more).
  let k = gather(extra, stamp, 0);
  for (const w of words) k = gather(w, stamp, k);
  const offer = scratch.slice(0, k);
  if (k > 64) offer.sort();
  else
    for (let i = 1; i < k; i++) {
      const v = offer[i]!;
      let j = i - 1;
      for (; j >= 0 && offer[j]! > v; j--) offer[j + 1] = offer[j]!;
      offer[j + 1] = v;
    }
  return { len, clauses: clausesOf(text), words, offer };
}

const NONE: Int32Array = new Int32Array(0);

/**
 * Chinese function words: particles, pronouns, the copula, prepositions, conjunctions,
 * demonstratives and degree adverbs, the counterparts of the English stopwords. Their glosses
 * are the rare senses of the same characters (的 "real, aim", 着 "touch, catch fire", 把 "hold",
 * 被 "quilt"), so they matched unrelated English words by chance, and every unmatched one was
 * counted against a bead; English drops its function words, so Chinese drops these.
 */
const ZH_FUNCTION_WORDS = new Set(
  (
    '的 了 着 过 地 得 之 所 吗 呢 吧 啊 呀 嘛 么 哦 哪 是 在 把 被 和 与 及 而 并 或 对 从 向 ' +
    '于 以 为 给 让 将 这 那 这个 那个 这些 那些 这样 那样 这种 那种 这里 那里 这儿 那儿 ' +
    '我 你 您 他 她 它 我们 你们 他们 她们 它们 咱们 咱 自己 其 也 就 都 又 还 很 再 才 便 ' +
    '却 只 已 已经 更 最 个 一个 些 一些 就是 但 但是 可是 所以 如果 们'
  ).split(' '),
);

const single = (vocab: Vocabulary, keys: string[]): Int32Array[] =>
  keys.map((k) => Int32Array.of(vocab.id(k)));

/** An English word token, read once per document (the stemmer and its regexes ran per use). */
interface EnglishWord {
  /** Its stem as a text key (textStems of the token alone), or undefined for a stopword. */
  textStem: string | undefined;
  /** `stem(token)`: where its pinyin name keys are filed in a sentence. */
  nameStem: string;
  /** Its pinyin name keys (empty: none, or no lexicon). */
  nameKeys: string[];
  /** [id of textStem], made on first use and shared by every sentence with the word. */
  ids?: Int32Array;
}

function englishWord(w: string, vocab: Vocabulary, lexicon?: Lexicon): EnglishWord {
  let out = vocab.enWords.get(w);
  if (!out) {
    let nameKeys: string[] = NO_KEYS;
    if (lexicon) {
      nameKeys = vocab.enNameKeys.get(w) ?? namePinyinKeys(w, lexicon);
      vocab.enNameKeys.set(w, nameKeys);
    }
    // A token is its own only Latin word, so textStems of it is its share of the sentence's.
    // The name is keyed as textStems reads the word (’ as ').
    out = { textStem: textStems(w)[0], nameStem: stem(w.replace(/’/g, "'")), nameKeys };
    vocab.enWords.set(w, out);
  }
  return out;
}

const NO_KEYS: string[] = [];

/**
 * Features of an English sentence: content stems, numbers, marks; with a lexicon, a name in
 * pinyin also carries its reading (and offers its syllables).
 */
export function englishFeatures(
  text: string,
  vocab: Vocabulary,
  lexicon?: Lexicon,
): SentenceFeatures {
  const tokens = latinWords(text).map((w) => englishWord(w, vocab, lexicon));
  let names: Map<string, string[]> | undefined;
  for (const t of tokens) if (t.nameKeys.length) (names ??= new Map()).set(t.nameStem, t.nameKeys);
  const extra: number[] = [];
  const groups: Int32Array[] = [];
  for (const t of tokens) {
    const st = t.textStem;
    if (st === undefined) continue;
    const keys = names?.get(st);
    if (!keys) {
      groups.push((t.ids ??= Int32Array.of(vocab.id(st))));
      continue;
    }
    for (const k of keys.slice(1)) extra.push(vocab.id(k));
    groups.push(Int32Array.of(vocab.id(st), vocab.id(keys[0]!)));
  }
  groups.push(
    ...single(
      vocab,
      enNumbers(text).map((n) => 'num:' + n),
    ),
    ...single(vocab, marks(text)),
  );
  return build(text, groups, extra.length ? Int32Array.from(extra) : NONE);
}

/**
 * Features of a Chinese sentence: dictionary words (with their glosses, and the word itself so
 * two Chinese texts can match too), numbers, Latin words such as names and acronyms, marks.
 */
export function chineseFeatures(
  text: string,
  vocab: Vocabulary,
  lexicon?: Lexicon,
): SentenceFeatures {
  const groups: Int32Array[] = [];
  let extra: Int32Array = NONE;
  if (lexicon) {
    const han = text.replace(/[0-9０-９A-Za-z]+/g, ' ');
    if (vocab.zh?.lexicon !== lexicon)
      vocab.zh = new ZhReader(lexicon, vocab, ZH_FUNCTION_WORDS, vocab.pinyinNames);
    extra = vocab.zh.read(han, groups);
  }
  groups.push(
    ...single(
      vocab,
      zhNumbers(text).map((n) => 'num:' + n),
    ),
  );
  groups.push(...single(vocab, textStems(latinWords(text).join(' '))));
  groups.push(...single(vocab, marks(text)));
  return build(text, groups, extra);
}

export function featuresOf(
  sentences: readonly string[],
  lang: LangCode,
  vocab: Vocabulary,
  lexicon?: Lexicon,
  /** Fraction of the sentences done, every few hundred: features are a fifth of the work. */
  progress?: (fraction: number) => void,
): SentenceFeatures[] {
  return sentences.map((s, k) => {
    if (progress && (k & 255) === 0) progress(k / sentences.length);
    return lang === 'zh' ? chineseFeatures(s, vocab, lexicon) : englishFeatures(s, vocab, lexicon);
  });
}

/**
 * The pinyin names a Chinese side facing an English one may offer keys for (`Vocabulary.
 * pinyinNames`): undefined unless one side is Chinese, the other English, and there is a lexicon.
 */
export function pinyinFacing(
  sides: readonly { sentences: readonly string[]; lang: LangCode }[],
  lexicon?: Lexicon,
  /** Where the English words' name keys are kept for their features (the same document's). */
  vocab?: Vocabulary,
): PinyinNames | undefined {
  const en = sides.filter((s) => s.lang === 'en');
  if (!lexicon || en.length !== 1 || sides.length !== 2) return undefined;
  return pinyinNamesOf(en[0]!.sentences, lexicon, vocab?.enNameKeys);
}
