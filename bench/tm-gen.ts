// Synthetic TMs and queries for the TM benchmark, from real sentence pairs: the pairs themselves,
// then variants of them as a TM collects them over years (clauses recombined, words and
// characters edited, numbers changed), so that fuzzy matches of every band exist. Pure and
// seeded: the Node run and the browser Worker build the same TM.
import type { TmUnit } from '../src/core/tm/index.js';
import type { BasePair } from './tm-data.js';

export type Direction = 'zh-en' | 'en-zh';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clauses = (s: string, zh: boolean) =>
  zh ? s.split(/(?<=[，；：。！？])/u) : s.split(/(?<=[,;:.!?]) /u);

/** Tokens an edit works on: characters for Chinese, words for English. */
const pieces = (s: string, zh: boolean) => (zh ? [...s] : s.split(' '));
const join = (p: string[], zh: boolean) => p.join(zh ? '' : ' ');

class Variants {
  private readonly rnd: () => number;
  constructor(
    private readonly base: BasePair[],
    private readonly dir: Direction,
    seed: number,
  ) {
    this.rnd = rng(seed);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)] as T;
  }
  private side(p: BasePair): [string, string] {
    return this.dir === 'zh-en' ? [p.zh, p.en] : [p.en, p.zh];
  }
  private get zh(): boolean {
    return this.dir === 'zh-en';
  }
  /** A clause of one sentence replaced by, or joined with, a clause of another. */
  recombine(source: string): string {
    const own = clauses(source, this.zh);
    const [other] = this.side(this.pick(this.base));
    const theirs = clauses(other, this.zh);
    const i = Math.floor(this.rnd() * own.length);
    if (this.rnd() < 0.5) own[i] = this.pick(theirs);
    else own.splice(i, 0, this.pick(theirs));
    return own.join(this.zh ? '' : ' ');
  }
  /** `k` characters (Chinese) or words (English) substituted, inserted or deleted. */
  edit(source: string, k: number): string {
    const p = pieces(source, this.zh);
    const [donor] = this.side(this.pick(this.base));
    const pool = pieces(donor, this.zh);
    for (let j = 0; j < k && p.length > 1; j++) {
      const i = Math.floor(this.rnd() * p.length);
      const r = this.rnd();
      if (r < 0.5) p[i] = this.pick(pool);
      else if (r < 0.75) p.splice(i, 0, this.pick(pool));
      else p.splice(i, 1);
    }
    return join(p, this.zh);
  }
  /** A number added or changed, on both sides. */
  number(source: string, target: string): [string, string] {
    const n = String(1 + Math.floor(this.rnd() * 2000));
    if (/\d+/.test(source) && /\d+/.test(target))
      return [source.replace(/\d+/, n), target.replace(/\d+/, n)];
    return [`${n}. ${source}`, `${n}. ${target}`];
  }
  /** One variant of a random base pair. */
  variant(): [string, string] {
    const [s, t] = this.side(this.pick(this.base));
    const r = this.rnd();
    if (r < 0.35) return [this.recombine(s), t];
    if (r < 0.65) return [this.edit(s, 1 + Math.floor(this.rnd() * 4)), t];
    if (r < 0.8) return this.number(s, t);
    const [a, b] = this.number(this.edit(this.recombine(s), 1 + Math.floor(this.rnd() * 2)), t);
    return [a, b];
  }
  /** A query: a base sentence unchanged, lightly edited, recombined, or new. */
  query(): string {
    const [s] = this.side(this.pick(this.base));
    const r = this.rnd();
    if (r < 0.15) return s;
    if (r < 0.55) return this.edit(s, 1 + Math.floor(this.rnd() * 3));
    if (r < 0.7) return this.number(s, '')[0];
    if (r < 0.85) return this.recombine(s);
    // Clauses of three unrelated sentences: most such queries have no good match.
    return this.recombine(this.recombine(this.edit(s, 6)));
  }
}

/** A TM of `size` units: every base pair once, then variants. */
export function makeTm(base: BasePair[], size: number, dir: Direction, seed = 1): TmUnit[] {
  const v = new Variants(base, dir, seed);
  const units: TmUnit[] = [];
  for (let i = 0; i < size; i++) {
    const p = base[i];
    const [source, target] =
      i < base.length && p ? (dir === 'zh-en' ? [p.zh, p.en] : [p.en, p.zh]) : v.variant();
    units.push({ id: `u${i}`, source, target, createdAt: i, changedAt: i });
  }
  return units;
}

export function makeQueries(base: BasePair[], count: number, dir: Direction, seed = 2): string[] {
  const v = new Variants(base, dir, seed);
  return Array.from({ length: count }, () => v.query());
}

/** Concordance phrases: common ones (the scan stops at 100 hits) and absent ones (a full scan). */
export function makePhrases(
  base: BasePair[],
  dir: Direction,
  seed = 3,
): { common: string[]; absent: string[] } {
  const r = rng(seed);
  const common: string[] = [];
  for (let i = 0; i < 20; i++) {
    const p = base[Math.floor(r() * base.length)] as BasePair;
    if (dir === 'zh-en') {
      const s = p.zh.replace(/[，。；：！？“”]/gu, '');
      const at = Math.floor(r() * Math.max(1, s.length - 3));
      common.push(s.slice(at, at + 2 + Math.floor(r() * 3)));
    } else {
      const w = p.en.split(' ').filter((x) => /^[a-z]+$/i.test(x));
      const at = Math.floor(r() * Math.max(1, w.length - 2));
      common.push(w.slice(at, at + 1 + Math.floor(r() * 2)).join(' '));
    }
  }
  const absent =
    dir === 'zh-en'
      ? ['量子纠缠态', '区块链', '光刻机']
      : ['quantum entanglement', 'blockchain', 'photolithography'];
  return { common: common.filter(Boolean), absent };
}
