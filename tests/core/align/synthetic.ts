// Synthetic parallel text for alignment tests: a made-up zh–en glossary, sentences built from
// it, and a gold alignment that the generator knows. Seeded, so every run sees the same text.
import { lexiconFrom, type Lexicon } from '../../../src/core/align/index.js';
import { MAX_SIDE } from '../../../src/core/align/evidence.js';

const PAIRS: [string, string][] = [
  ['老师', 'teacher'],
  ['学生', 'student'],
  ['城市', 'city'],
  ['河流', 'river'],
  ['山', 'mountain'],
  ['书', 'book'],
  ['汽车', 'car'],
  ['医生', 'doctor'],
  ['农民', 'farmer'],
  ['工厂', 'factory'],
  ['花园', 'garden'],
  ['窗户', 'window'],
  ['音乐', 'music'],
  ['电影', 'film'],
  ['朋友', 'friend'],
  ['早上', 'morning'],
  ['晚上', 'evening'],
  ['市场', 'market'],
  ['学校', 'school'],
  ['医院', 'hospital'],
  ['桥', 'bridge'],
  ['森林', 'forest'],
  ['海', 'sea'],
  ['天空', 'sky'],
  ['鸟', 'bird'],
  ['狗', 'dog'],
  ['猫', 'cat'],
  ['房子', 'house'],
  ['火车', 'train'],
  ['报纸', 'newspaper'],
  ['钱', 'money'],
  ['水', 'water'],
  ['米饭', 'rice'],
  ['茶', 'tea'],
  ['雨', 'rain'],
  ['雪', 'snow'],
  ['风', 'wind'],
  ['灯', 'lamp'],
  ['门', 'door'],
  ['路', 'road'],
];

export const glossary: Lexicon = lexiconFrom(Object.fromEntries(PAIRS.map(([z, e]) => [z, [e]])));

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One "sentence" as parallel word lists. */
function sentencePair(rand: () => number): [string, string] {
  const k = 3 + Math.floor(rand() * 6);
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < k; i++) {
    const [z, e] = PAIRS[Math.floor(rand() * PAIRS.length)]!;
    zh.push(z);
    en.push(e);
  }
  const enText = en.join(' and the ');
  return [zh.join('和') + '。', enText[0]!.toUpperCase() + enText.slice(1) + '.'];
}

export interface Parallel {
  zh: string[];
  en: string[];
  /** Gold beads as "src:tgt" keys with zh as the source, e.g. "3:4,5". */
  gold: string[];
}

/**
 * A document whose beads have the given shapes, in order: [1,2] splits the English
 * translation in two, [2,1] merges two Chinese sentences' translations, [1,0] drops one.
 */
export function parallel(shapes: [number, number][], seed = 1): Parallel {
  const rand = rng(seed);
  const out: Parallel = { zh: [], en: [], gold: [] };
  for (const [a, b] of shapes) {
    const zh: string[] = [];
    const en: string[] = [];
    // A true 2-2 bead crosses: three pieces, cut after the second on one side and after the
    // first on the other (two clean halves would just be two 1-1 beads).
    const pieces = a === 2 && b === 2 ? 3 : Math.max(a, b, 1);
    for (let k = 0; k < pieces; k++) {
      const [z, e] = sentencePair(rand);
      zh.push(z);
      en.push(e);
    }
    const group = (parts: string[], n: number, sep: string, late: boolean): string[] => {
      if (n === 0) return [];
      if (n === 2 && parts.length === 3) {
        const cutAt = late ? 2 : 1;
        return [parts.slice(0, cutAt).join(sep), parts.slice(cutAt).join(sep)];
      }
      const size = Math.ceil(parts.length / n);
      return Array.from({ length: n }, (_, i) => parts.slice(i * size, (i + 1) * size).join(sep));
    };
    const zs = group(zh, a, '', true);
    const es = group(en, b, ' ', false);
    const ids = (start: number, n: number): string =>
      Array.from({ length: n }, (_, i) => start + i).join(',');
    out.gold.push(`${ids(out.zh.length, zs.length)}:${ids(out.en.length, es.length)}`);
    out.zh.push(...zs);
    out.en.push(...es);
  }
  return out;
}

export const key = (b: { src: number[]; tgt: number[] }): string =>
  `${b.src.join(',')}:${b.tgt.join(',')}`;

/** Checks that beads cover every sentence once, in order, without crossing; returns a reason. */
export function invariantProblem(
  beads: { src: number[]; tgt: number[]; confidence: number }[],
  n: number,
  m: number,
): string | undefined {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (!b.src.length && !b.tgt.length) return 'empty bead';
    if (b.src.length > MAX_SIDE || b.tgt.length > MAX_SIDE) return `bead too big: ${key(b)}`;
    for (const x of b.src) if (x !== i++) return `source out of order at ${key(b)}`;
    for (const y of b.tgt) if (y !== j++) return `target out of order at ${key(b)}`;
    if (!(b.confidence >= 0 && b.confidence <= 1)) return `confidence ${b.confidence}`;
  }
  if (i !== n || j !== m) return `covered ${i}/${n} source, ${j}/${m} target`;
  return undefined;
}
