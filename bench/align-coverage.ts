// Dev tool (not part of `npm run bench:align`): how many words of a gold set's beads the
// evidence matches at all — per side, in the true bead and against the neighbouring beads (the
// sentences a wrong border would pair them with) — and which words go unmatched most often.
// `npx tsx bench/align-coverage.ts [set] [--top N]`. The set's first language is read as the
// source (mac-dev: zh→en).
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import type { PathStep } from '../src/core/align/dp.js';
import { Vocabulary, featuresOf, type SentenceFeatures } from '../src/core/align/features.js';
import { learnPairs, withLearned } from '../src/core/align/learned.js';
import { align } from '../src/core/align/index.js';
import { SETS, loadScorer, loadSet } from './align-data.js';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--')) ?? 'mac-dev';
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
const { parseBeads } = await loadScorer();
const lexicon = loadLexiconFile()!;
const [, sl, tl] = SETS.find(([s]) => s === only)!;
const data = loadSet(only, sl, tl)!;
type B = [number[], number[]];

interface Tally {
  words: number;
  inTrue: number;
  inNeighbour: number;
  /** Sentences whose words match their neighbour bead's partner at least as much as their own. */
  sentences: number;
  neighbourAsGood: number;
}
const tally = (): Tally => ({
  words: 0,
  inTrue: 0,
  inNeighbour: 0,
  sentences: 0,
  neighbourAsGood: 0,
});
const variants = [
  'dictionary',
  'dictionary + learned (our beads)',
  'dictionary + learned (gold beads)',
];
const out = variants.map(() => ({ src: tally(), tgt: tally() }));
const unmatched = { src: new Map<string, number>(), tgt: new Map<string, number>() };

const offered = (f: SentenceFeatures[], ids: number[]): Set<number> => {
  const s = new Set<number>();
  for (const i of ids) for (const k of f[i]!.offer) s.add(k);
  return s;
};
const showAt = args.indexOf('--neither');
const showNeither = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const examples: string[] = [];
/** How many more words the gold's partner matches, where it matches more (4: four or more). */
const margins = new Map<number, number>();
const strongAt = args.indexOf('--strong');
const showStrong = strongAt >= 0 ? Number(args[strongAt + 1]) : 0;
let strongShown = 0;
/** Word → key that matched a partner only our wrong bead gives it. */
const misleading = new Map<string, number>();
const misplaced = { samePartners: 0, goldMore: 0, oursMore: 0, tie: 0, neither: 0, unpaired: 0 };
const key = (b: B): string => `${b[0].join(',')}:${b[1].join(',')}`;
/** Sentence → its bead, per side. */
const beadOf = (beads: B[]): [Map<number, B>, Map<number, B>] => {
  const out: [Map<number, B>, Map<number, B>] = [new Map(), new Map()];
  for (const b of beads) {
    for (const i of b[0]) out[0].set(i, b);
    for (const j of b[1]) out[1].set(j, b);
  }
  return out;
};
const hit = (w: Int32Array, offer: Set<number>): boolean => w.some((k) => offer.has(k));

for (const d of data.docs) {
  const gold = parseBeads(d.gold) as B[];
  const vocab = new Vocabulary();
  const src = featuresOf(d.source, sl, vocab, lexicon);
  const tgt = featuresOf(d.target, tl, vocab, lexicon);
  const names = vocab.keys();
  const steps = (beads: B[]): PathStep[] =>
    beads
      .filter(([s, t]) => s.length && t.length)
      .map(([s, t]) => ({ i0: s[0]!, a: s.length, j0: t[0]!, b: t.length, type: 0, cost: 0 }));
  const ours = align(d.source, d.target, { sourceLang: sl, targetLang: tl, lexicon }).map(
    (b) => [b.src, b.tgt] as B,
  );
  const sources = [
    src,
    withLearned(src, learnPairs(src, tgt, steps(ours))),
    withLearned(src, learnPairs(src, tgt, steps(gold))),
  ];
  // Misplaced sentences: matched words with the gold's partner side against ours.
  {
    const s = sources[1]!;
    const goldOf = beadOf(gold);
    const oursOf = beadOf(ours);
    for (const [side, mine, other, k] of [
      ['src', s, tgt, 0],
      ['tgt', tgt, s, 1],
    ] as const) {
      const n = side === 'src' ? d.source.length : d.target.length;
      for (let i = 0; i < n; i++) {
        const g = goldOf[k].get(i);
        const o = oursOf[k].get(i);
        if (!g || !o || key(g) === key(o)) continue;
        const pg = g[1 - k]!;
        const po = o[1 - k]!;
        if (!pg.length || !po.length) {
          misplaced.unpaired++;
          continue;
        }
        const count = (ids: number[]): number => {
          const off = offered(other, ids);
          return mine[i]!.words.filter((w) => hit(w, off)).length;
        };
        const goldOnly = pg.filter((x) => !po.includes(x));
        const oursOnly = po.filter((x) => !pg.includes(x));
        // Same partners, grouped differently on its own side: the words cannot tell.
        if (!goldOnly.length && !oursOnly.length) {
          misplaced.samePartners++;
          continue;
        }
        const a = count(goldOnly);
        const b = count(oursOnly);
        if (a > b) {
          misplaced.goldMore++;
          const m = Math.min(a - b, 4);
          if (m === 4 && strongShown++ < showStrong) {
            const text = (ids: number[], t: string[]) => ids.map((x) => `[${x}] ${t[x]}`).join(' ');
            const [mt, ot] = side === 'src' ? [d.source, d.target] : [d.target, d.source];
            console.log(
              `${d.id} ${side}${i} (${a} vs ${b}): ${mt[i]}\n   gold ${key(g)} ours ${key(o)}\n` +
                `   gold-only: ${text(goldOnly, ot)}\n   ours-only: ${text(oursOnly, ot)}`,
            );
          }
          margins.set(m, (margins.get(m) ?? 0) + 1);
        } else if (a < b) {
          misplaced.oursMore++;
          const off = offered(other, oursOnly);
          for (const w of mine[i]!.words) {
            if (!hit(w, off)) continue;
            const via = [...w].filter((x) => off.has(x)).map((x) => names[x]);
            const kk = `${names[w[0]!]}→${via.join('/')}`;
            misleading.set(kk, (misleading.get(kk) ?? 0) + 1);
          }
        } else if (a === 0) {
          misplaced.neither++;
          if (examples.length < showNeither) {
            const text = (ids: number[], t: string[]) => ids.map((x) => t[x]).join(' ');
            const [mt, ot] = side === 'src' ? [d.source, d.target] : [d.target, d.source];
            examples.push(
              `${d.id} ${side}${i}: ${mt[i]}\n   words: ${mine[i]!.words.map((w) => names[w[0]!]).join(' ')}\n` +
                `   gold-only partner: ${text(
                  pg.filter((x) => !po.includes(x)),
                  ot,
                )}\n` +
                `   ours-only partner: ${text(
                  po.filter((x) => !pg.includes(x)),
                  ot,
                )}`,
            );
          }
        } else misplaced.tie++;
      }
    }
  }
  sources.forEach((s, v) => {
    const paired = gold.filter(([a, b]) => a.length && b.length);
    paired.forEach(([gs, gt], k) => {
      const prev = paired[k - 1];
      const next = paired[k + 1];
      const sides = [
        ['src', s, gs, tgt, gt, [prev?.[1], next?.[1]]] as const,
        ['tgt', tgt, gt, s, gs, [prev?.[0], next?.[0]]] as const,
      ];
      for (const [side, mine, ids, other, partner, neighbours] of sides) {
        const t = out[v]![side];
        const own = offered(other, partner);
        for (const i of ids) {
          let a = 0;
          let best = 0;
          for (const n of neighbours) {
            if (!n) continue;
            const off = offered(other, n);
            const c = mine[i]!.words.filter((w) => hit(w, off)).length;
            best = Math.max(best, c);
            t.inNeighbour += c / 2;
          }
          for (const w of mine[i]!.words) {
            t.words++;
            if (hit(w, own)) {
              t.inTrue++;
              a++;
            } else if (v === 1) {
              const name = names[w[0]!]!;
              unmatched[side].set(name, (unmatched[side].get(name) ?? 0) + 1);
            }
          }
          t.sentences++;
          if (mine[i]!.words.length && best >= a) t.neighbourAsGood++;
        }
      }
    });
  });
}

const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
console.log(`${only} ${sl}→${tl}: words of the gold's paired beads matched by the other side`);
variants.forEach((name, v) => {
  console.log(name);
  for (const side of ['src', 'tgt'] as const) {
    const t = out[v]![side];
    console.log(
      `  ${side} (${side === 'src' ? sl : tl}): ${t.words} words, matched in the true bead ${pct(t.inTrue, t.words)}, ` +
        `against a neighbouring bead ${pct(t.inNeighbour, t.words)}; sentences matching a neighbour ` +
        `as much as their own bead ${pct(t.neighbourAsGood, t.sentences)} of ${t.sentences}`,
    );
  }
});
console.log(
  `sentences in a wrong bead (learned table), matched words with the partners only the gold gives ` +
    `it vs only ours: gold more ${misplaced.goldMore}, ours more ${misplaced.oursMore}, ` +
    `equal and > 0 ${misplaced.tie}, none either way ${misplaced.neither}; unpaired in one ` +
    `${misplaced.unpaired}; the same partners, grouped otherwise on its own side ${misplaced.samePartners}`,
);
console.log(
  `  by how many more words: ${[...margins]
    .sort((x, y) => x[0] - y[0])
    .map(([m, c]) => `${m}${m === 4 ? '+' : ''}: ${c}`)
    .join(', ')}`,
);
console.log(
  `  words matched by a partner only ours gives: ${[...misleading]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 40)
    .map(([k, c]) => `${k} ${c}`)
    .join(', ')}`,
);
if (examples.length) console.log(examples.join('\n'));
for (const side of ['src', 'tgt'] as const) {
  const list = [...unmatched[side]].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(
    `most often unmatched in the true bead (${side}, with the learned table):\n  ` +
      list.map(([w, c]) => `${w} ${c}`).join(', '),
  );
}
