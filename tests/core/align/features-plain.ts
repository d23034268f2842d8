// The plain reading of a sentence's features, as features.ts read them before the speed work
// (nothing remembered per word): the reference the quick
// reading must equal, features and the order the vocabulary meets its keys alike.
import { latinWords, stem, textStems } from '../../../src/core/align/english.js';
import { Vocabulary, marks, type SentenceFeatures } from '../../../src/core/align/features.js';
import { zhWords, type Lexicon } from '../../../src/core/align/lexicon.js';
import { enNumbers, zhNumbers } from '../../../src/core/align/numbers.js';
import { charLength } from '../../../src/core/align/length.js';
import { MAX_RUN, MIN_RUN, namePinyinKeys, runReadings } from '../../../src/core/align/pinyin.js';

const NONE = new Int32Array(0);

function build(text: string, groups: Int32Array[], extra: Int32Array = NONE): SentenceFeatures {
  const words: Int32Array[] = [];
  for (const ids of groups) {
    if (!ids.length || words.some((w) => w[0] === ids[0])) continue;
    words.push(ids);
  }
  const offer = [...new Set([...extra, ...words.flatMap((w) => [...w])])].sort((a, b) => a - b);
  const clauses = 1 + (text.match(/[,;:，；：]/g)?.length ?? 0);
  return { len: charLength(text), clauses, words, offer: Int32Array.from(offer) };
}

const single = (vocab: Vocabulary, keys: string[]): Int32Array[] =>
  keys.map((k) => Int32Array.of(vocab.id(k)));

export function plainEnglish(text: string, vocab: Vocabulary, lexicon?: Lexicon): SentenceFeatures {
  const names = new Map<string, string[]>();
  if (lexicon) {
    for (const w of latinWords(text)) {
      const keys = namePinyinKeys(w, lexicon);
      if (keys.length) names.set(stem(w.replace(/’/g, "'")), keys);
    }
  }
  const extra: number[] = [];
  const stems = textStems(text).map((st) => {
    const keys = names.get(st);
    if (!keys) return Int32Array.of(vocab.id(st));
    for (const k of keys.slice(1)) extra.push(vocab.id(k));
    return Int32Array.of(vocab.id(st), vocab.id(keys[0]!));
  });
  const groups = [
    ...stems,
    ...single(
      vocab,
      enNumbers(text).map((n) => 'num:' + n),
    ),
    ...single(vocab, marks(text)),
  ];
  return build(text, groups, Int32Array.from(extra));
}

function pinyinIds(text: string, vocab: Vocabulary, lexicon: Lexicon): Int32Array {
  const ids: number[] = [];
  for (const stretch of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
    for (let i = 0; i + MIN_RUN <= stretch.length; i++) {
      for (let k = MIN_RUN; k <= MAX_RUN && i + k <= stretch.length; k++) {
        for (const r of runReadings(stretch.slice(i, i + k), lexicon))
          ids.push(vocab.id('py:' + r));
      }
    }
  }
  return Int32Array.from(ids);
}

export function plainChinese(
  text: string,
  vocab: Vocabulary,
  lexicon: Lexicon,
  functionWords: ReadonlySet<string>,
): SentenceFeatures {
  const groups: Int32Array[] = [];
  const han = text.replace(/[0-9０-９A-Za-z]+/g, ' ');
  const starts: number[] = [];
  const words = zhWords(han, lexicon, starts);
  for (const w of words) {
    if (functionWords.has(w)) continue;
    const readings =
      w.length <= 3 && w.length >= MIN_RUN ? runReadings(w, lexicon).map((r) => 'py:' + r) : [];
    groups.push(
      Int32Array.from(['zh:' + w, ...lexicon.glosses(w)!, ...readings], (k) => vocab.id(k)),
    );
  }
  let rest = han;
  words.forEach((w, k) => {
    if (w.length > 1)
      rest = rest.slice(0, starts[k]) + ' '.repeat(w.length) + rest.slice(starts[k]! + w.length);
  });
  const extra = pinyinIds(rest, vocab, lexicon);
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
