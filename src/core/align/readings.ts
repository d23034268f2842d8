// A lexicon's toneless pinyin readings of Han characters (`char → "reading reading…"`), split on
// first use: a document asks about a few hundred of the characters.
export class PinyinReadings {
  private readonly split = new Map<string, readonly string[]>();
  private all?: Set<string>;
  /** `raw` is asked on first use (a binary lexicon decodes its readings only then). */
  constructor(private readonly raw: () => ReadonlyMap<string, string>) {}

  of(char: string): readonly string[] | undefined {
    let out = this.split.get(char);
    if (out) return out;
    const text = this.raw().get(char);
    if (text === undefined) return undefined;
    out = text.split(' ').filter(Boolean);
    this.split.set(char, out);
    return out;
  }

  /** Every syllable the readings use. */
  get syllables(): ReadonlySet<string> {
    if (!this.all) {
      this.all = new Set();
      for (const r of this.raw().values()) for (const x of r.split(' ')) if (x) this.all.add(x);
    }
    return this.all;
  }
}
