// Names in romanisation: a Chinese name is rarely in a dictionary, and its translation spells it
// in pinyin (张云明 ↔ Zhang Yunming, 凤莲 ↔ Fenglian). Both sides get `py:` keys that meet when
// the romanised word reads as the characters: the Chinese side every run of one to three
// characters, the English side capitalised words that split wholly into pinyin syllables (each
// syllable too, for a name the Chinese reader cut into single-character words).
import type { Lexicon } from './lexicon.js';

/** Readings tried per character: a name character has one or two usual readings. */
export const MAX_READINGS = 2;
/**
 * Characters in a run whose reading is a key (a given name is two, a full name three). A
 * single character's reading would meet every one-syllable English name by chance.
 */
export const MIN_RUN = 2;
export const MAX_RUN = 3;
/** Syllables in a romanised word. */
const MAX_SYLLABLES = 4;

/** Readings of a run of characters, concatenated; empty if a character has none. */
export function runReadings(chars: string, lexicon: Lexicon): string[] {
  let out = [''];
  for (const c of chars) {
    const r = lexicon.readings(c);
    if (!r) return [];
    const next: string[] = [];
    for (const head of out) for (const x of r.slice(0, MAX_READINGS)) next.push(head + x);
    out = next;
  }
  return out;
}

/** `py:` keys of every run of 1…MAX_RUN Han characters of a Chinese text. */
export function zhPinyinKeys(text: string, lexicon: Lexicon): string[] {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      for (let k = MIN_RUN; k <= MAX_RUN && i + k <= chars.length; k++) {
        for (const r of runReadings(chars.slice(i, i + k).join(''), lexicon)) out.add('py:' + r);
      }
    }
  }
  return [...out];
}

/** The syllables of a lower-case word, if it splits wholly into pinyin syllables (fewest first). */
export function syllablesOf(word: string, lexicon: Lexicon): string[] | undefined {
  const syl = lexicon.syllables;
  const n = word.length;
  // best[i]: fewest syllables covering word[0, i), with the cut that got there.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let i = 1; i <= n; i++) {
    best[i] = { count: Infinity, from: -1 };
    for (let k = Math.max(0, i - 6); k < i; k++) {
      if (best[k]!.count + 1 < best[i]!.count && syl.has(word.slice(k, i))) {
        best[i] = { count: best[k]!.count + 1, from: k };
      }
    }
  }
  if (best[n]!.count > MAX_SYLLABLES) return undefined;
  const out: string[] = [];
  for (let i = n; i > 0; i = best[i]!.from) out.unshift(word.slice(best[i]!.from, i));
  return out;
}

/**
 * `py:` keys of a capitalised English word that reads as pinyin (apostrophes dropped: Xi'an;
 * a possessive's ending too):
 * the whole word first, then its syllables when there are several.
 */
export function namePinyinKeys(word: string, lexicon: Lexicon): string[] {
  // A possessive is the name's own reading (Peizhen's, Qiyao’s).
  const name = word.replace(/['’]s$/, '');
  if (!/^[A-Z][a-z']+$/.test(name)) return [];
  const w = name.toLowerCase().replace(/'/g, '');
  const syl = syllablesOf(w, lexicon);
  if (!syl) return [];
  return ['py:' + w, ...(syl.length > 1 ? syl.map((s) => 'py:' + s) : [])];
}

/**
 * The `py:` keys the words of an English text can hold, as a Chinese text facing it needs them:
 * the keys, and every leading part of what each spells, so a run of characters whose first
 * readings lead nowhere is passed over without building its keys.
 */
export interface PinyinNames {
  keys: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

/** A capitalised word where `latinWords` would start one (or a few more: see pinyinNamesOf). */
const CAPITALISED = /(?<![A-Za-z])[A-Z][A-Za-z]*(?:['’][A-Za-z]+)*/g;

/**
 * The first `namePinyinKeys` key of every word of `sentences` that has one: an English word's
 * keys hold no other `py:` key (englishFeatures), so a Chinese run's key outside these can never
 * be matched. A word `latinWords` reads from a letter further back (o'Zhang) is looked at too:
 * more keys than needed only keep more runs, never fewer.
 */
export function pinyinNamesOf(
  sentences: readonly string[],
  lexicon: Lexicon,
  /** Each word's namePinyinKeys, kept for the English side's features (Vocabulary.enNameKeys). */
  cache = new Map<string, string[]>(),
): PinyinNames {
  const keys = new Set<string>();
  for (const s of sentences) {
    for (const [w] of s.matchAll(CAPITALISED)) {
      let all = cache.get(w);
      if (!all) cache.set(w, (all = namePinyinKeys(w, lexicon)));
      if (all.length) keys.add(all[0]!);
    }
  }
  return pinyinNames(keys);
}

/** PinyinNames of these keys (another thread's, sent as a list). */
export function pinyinNames(keys: Iterable<string>): PinyinNames {
  const set = new Set(keys);
  const prefixes = new Set<string>();
  for (const key of set) for (let i = 4; i <= key.length; i++) prefixes.add(key.slice(3, i));
  return { keys: set, prefixes };
}
