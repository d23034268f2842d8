// Word boundaries of a Chinese text, so a Chinese term is not found across them: 中国 is a term,
// but 发展中国家 is 发展中 + 国家 (developing countries), and 人才 is not in 个人才能 (个人 + 才能).
// Tokens are single Han characters, so the matcher alone cannot tell; ICU's dictionary word
// segmenter (Intl.Segmenter, in browsers and Node, no dependency) can. A match is refused when a
// word of the text partially overlaps it; one inside a word (中国 in 中国人) or covering whole
// words (光谱 + 仪 for 光谱仪) stays. The text is segmented at most once, lazily, on the first question.

/**
 * Grammatical words of one character that ICU's dictionary sometimes glues to a neighbour of a
 * term (客户端的 → 客户 + 端的, 用户名和密码 → 用户 + 名和 + 密码, 以上诉 → 以上 + 诉): a word
 * that reaches out of a match by one of these alone does not refuse the match. Content
 * characters are not here, so 发展中国家 (国家 reaches out by 家) still refuses 中国. Place words
 * (上 中 里…) follow a noun, so they are glue only after a match: 中文本地化 refuses 文本.
 */
const GLUE_AFTER = new Set(
  // particles, conjunctions, prepositions, place words, adverbs, copula, determiners
  '的地得之了着过和与及或并而在对把被将从向为于由以给到用按自跟同上下中里内外前后都就也才又还再不已所可能会要是有这那该本各每其',
);
const PLACE = '上下中里内外前后';
const GLUE_BEFORE = new Set([...GLUE_AFTER].filter((c) => !PLACE.includes(c)));

let segmenter: Intl.Segmenter | null | undefined;

/** Null where the runtime has no Intl.Segmenter: every match then stands, as before. */
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  return segmenter;
}

export class ChineseWords {
  /** The text's words, segmented lazily: only the words at a match's edges are ever asked for. */
  #words: Intl.Segments | null | undefined;
  /**
   * Per UTF-16 offset, where the word holding it starts and ends (0: not asked yet). A position
   * is asked again for each shorter term tried there, and ICU's `containing` costs microseconds.
   */
  #start: Int32Array | undefined;
  #end: Int32Array | undefined;

  constructor(readonly text: string) {}

  /** The start of the word holding the UTF-16 offset `at`, its end left in #end[at]. */
  #word(at: number): number {
    const end = (this.#end ??= new Int32Array(this.text.length));
    const start = (this.#start ??= new Int32Array(this.text.length));
    if (end[at] === 0) {
      const w = this.#words!.containing(at)!;
      const to = w.index + w.segment.length;
      start.fill(w.index, w.index, to);
      end.fill(to, w.index, to);
    }
    return start[at]!;
  }

  /**
   * Whether the match [from, to) (UTF-16 offsets) keeps to the text's words: no word starts
   * before it and ends inside it, nor starts inside it and ends after it, save a glued
   * grammatical character (see GLUE_AFTER).
   */
  fits(from: number, to: number): boolean {
    if (this.#words === undefined) this.#words = zhSegmenter()?.segment(this.text) ?? null;
    if (!this.#words) return true;
    const s = this.#word(from);
    if (this.#end![from]! >= to) return true; // inside one word
    if (s < from && !(from - s === 1 && GLUE_BEFORE.has(this.text[s]!))) return false;
    this.#word(to - 1);
    const e = this.#end![to - 1]!;
    if (e > to && !(e - to === 1 && GLUE_AFTER.has(this.text[to]!))) return false;
    return true;
  }
}
