// Fits the bead cost's weights (core/align/weights.ts) jointly, honestly: a dev tool, not part of
// `npm run bench:align`. mac-dev's six chapters are split in two folds (001–003, 004–006); each
// fold's weights are fitted by coordinate ascent (a grid of multiples per weight, rounds of finer
// grids) on its three chapters plus mag, both directions, maximising the mean strict F1 of the
// four, and scored on the other three chapters. A fitted change counts only if it raises the
// held-out chapters in both folds and both directions without lowering mag or bible-001 by more
// than 0.002 or the mac-dev + mag confidence AUC below 0.905.
//
//   npx tsx bench/align-tune.ts [--only lexical,edge,…] [--rounds N] [--pareto]   the 2-fold fit
//     (--pareto: a move must lower none of the fold's four figures, not only raise their mean)
//   npx tsx bench/align-tune.ts --eval '{"edge":2}'                    one vector against the defaults
//
// Every weight vector's alignments are cached on disk by the vector and the aligner's source
// (ALIGN_TUNE_CACHE, default $TMPDIR/align-tune-cache), so a rerun only aligns what is new.
import { alignDetailed } from '../src/core/align/align.js';
import { BEAD_TYPES } from '../src/core/align/dp.js';
import { TERM_NAMES, termWeights } from '../src/core/align/scorer.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from '../src/core/align/weights.js';
import {
  BIBLE,
  MAC,
  MAG,
  auc,
  byDir,
  cacheDir,
  f1,
  keyOf,
  lexicon,
  regions,
  stats,
  verseF1,
  type Pair,
  type Unit,
} from './align-tune-data.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
/** The chapters of each fold: 001–003 and 004–006 (`--folds alt`: odd and even, a second look). */
const FOLDS = args.includes('--folds')
  ? [
      ['001', '003', '005'],
      ['002', '004', '006'],
    ]
  : [
      ['001', '002', '003'],
      ['004', '005', '006'],
    ];

const macOf = (chapters: string[]): Unit[] => MAC.filter((u) => chapters.includes(u.doc));
/** What a fold maximises: the mean strict F1 of its chapters and of mag, each direction. */
const objective = (w: AlignWeights, chapters: string[]): number => {
  const groups = [...byDir(macOf(chapters)), ...byDir(MAG)];
  return groups.reduce((a, g) => a + f1(w, g), 0) / groups.length;
};
/** The four figures a fold is fitted on: its chapters and mag, each direction. */
const parts = (w: AlignWeights, chapters: string[]): number[] =>
  [...byDir(macOf(chapters)), ...byDir(MAG)].map((g) => f1(w, g));
const PARETO = args.includes('--pareto');
const MIN_AUC = 0.905;
const MIN_GAIN = 0.001;

// ---- the search ----
type Name = keyof AlignWeights;
const ALL: Name[] = Object.keys(DEFAULT_WEIGHTS) as Name[];
/** Weights that are offsets (0 by default) move by steps, the rest by factors. */
const ADDITIVE = new Set<Name>(['redecideMargin']);
const GRIDS: Record<'mul' | 'add', number[][]> = {
  mul: [
    [0.5, 0.75, 1.33, 2],
    [0.85, 1.18],
    [0.93, 1.08],
  ],
  add: [
    [-1, -0.5, 0.5, 1],
    [-0.25, 0.25],
    [-0.12, 0.12],
  ],
};
const candidates = (w: AlignWeights, k: Name, round: number): number[] => {
  const r = Math.min(round, GRIDS.mul.length - 1);
  return ADDITIVE.has(k)
    ? GRIDS.add[r]!.map((d) => w[k] + d)
    : GRIDS.mul[r]!.map((f) => +(w[k] * f).toPrecision(4));
};
const show = (w: AlignWeights): string => {
  const k = keyOf(w);
  return k === '{}' ? 'defaults' : k;
};

function fit(chapters: string[], names: Name[], rounds: number): AlignWeights {
  let w: AlignWeights = { ...DEFAULT_WEIGHTS };
  let best = objective(w, chapters);
  console.log(`fit on mac-dev ${chapters.join(',')} + mag: defaults ${best.toFixed(4)}`);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const k of names) {
      let top: { w: AlignWeights; score: number } | undefined;
      for (const v of candidates(w, k, round)) {
        const c = { ...w, [k]: v };
        const score = objective(c, chapters);
        // --pareto: a move may not lower any of the four figures it is fitted on.
        if (PARETO && parts(c, chapters).some((x, p) => x < parts(w, chapters)[p]! - 1e-9))
          continue;
        const fitAuc = auc(c, [...macOf(chapters), ...MAG]);
        if (fitAuc < MIN_AUC) continue;
        if (!top || score > top.score) top = { w: c, score };
      }
      if (top && top.score >= best + MIN_GAIN) {
        console.log(
          `  round ${round + 1}: ${k} ${w[k]} → ${top.w[k]}: ${best.toFixed(4)} → ${top.score.toFixed(4)}` +
            `  (${stats.aligned} alignments, ${stats.cpu.toFixed(0)} s CPU so far)`,
        );
        w = top.w;
        best = top.score;
        moved = true;
      }
    }
    if (!moved && round >= 1) break;
  }
  console.log(`  fitted: ${show(w)}`);
  return w;
}

function report(w: AlignWeights, label: string, withBible: boolean): void {
  const d = DEFAULT_WEIGHTS;
  const line = (name: string, a: number, b: number): string =>
    `  ${name.padEnd(28)} ${a.toFixed(3)} → ${b.toFixed(3)} (${b - a >= 0 ? '+' : ''}${(b - a).toFixed(3)})`;
  console.log(`${label}: ${show(w)}`);
  for (const [i, ch] of FOLDS.entries())
    for (const g of byDir(macOf(ch)))
      console.log(line(`mac-dev fold ${i + 1} ${g[0]!.dir}`, f1(d, g), f1(w, g)));
  for (const g of byDir(MAC)) console.log(line(`mac-dev ${g[0]!.dir}`, f1(d, g), f1(w, g)));
  for (const g of byDir(MAG)) console.log(line(`mag ${g[0]!.dir}`, f1(d, g), f1(w, g)));
  if (withBible)
    for (const g of byDir(BIBLE)) {
      console.log(line(`bible-001 ${g[0]!.dir}`, f1(d, g), f1(w, g)));
      console.log(line(`  verse-merged`, verseF1(d, g), verseF1(w, g)));
    }
  console.log(line('AUC mac-dev + mag', auc(d, [...MAC, ...MAG]), auc(w, [...MAC, ...MAG])));
}

/**
 * A small random search around the defaults: `count` vectors, each moving two to four weights
 * (factors e^N(0, 0.3); the margin by N(0, 0.5)), seeded so a rerun meets its cache. Each fold
 * takes its best vector (on its chapters + mag, AUC guard) and is scored on the other fold; the
 * correlation of the two folds' gains over all vectors says whether there is signal to fit.
 */
function randomSearch(count: number, names: Name[]): void {
  let seed = 17;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const d = DEFAULT_WEIGHTS;
  const base = FOLDS.map((ch) => objective(d, ch));
  const rows: { w: AlignWeights; gain: number[]; auc: number }[] = [];
  for (let n = 0; n < count; n++) {
    const w: AlignWeights = { ...d };
    const k = 2 + Math.floor(rand() * 3);
    const pick = [...names].sort(() => rand() - 0.5).slice(0, k);
    for (const x of pick)
      w[x] = ADDITIVE.has(x)
        ? +(w[x] + 0.5 * gauss()).toFixed(2)
        : +(w[x] * Math.exp(0.3 * gauss())).toPrecision(3);
    rows.push({
      w,
      gain: FOLDS.map((ch, i) => objective(w, ch) - base[i]!),
      auc: auc(w, [...MAC, ...MAG]),
    });
    if ((n + 1) % 25 === 0) console.log(`  ${n + 1} vectors (${stats.cpu.toFixed(0)} s CPU)`);
  }
  twoFold(rows);
}

/**
 * The 2-fold rule over evaluated vectors: the correlation of the two folds' held-in gains, then
 * each fold's best vectors (on its chapters + mag, AUC guard) scored on the other fold's chapters.
 */
function twoFold(rows: { w: AlignWeights; gain: number[]; auc: number }[]): void {
  const d = DEFAULT_WEIGHTS;
  const count = rows.length;
  const mean = (x: number[]): number => x.reduce((a, b) => a + b, 0) / x.length;
  const g1 = rows.map((r) => r.gain[0]!);
  const g2 = rows.map((r) => r.gain[1]!);
  const m1 = mean(g1);
  const m2 = mean(g2);
  const cov = mean(g1.map((x, i) => (x - m1) * (g2[i]! - m2)));
  const sd = (x: number[], m: number): number => Math.sqrt(mean(x.map((v) => (v - m) ** 2)));
  console.log(
    `fold objectives' gains over ${count} vectors: correlation ${(cov / sd(g1, m1) / sd(g2, m2)).toFixed(2)}; ` +
      `both > 0: ${rows.filter((r) => r.gain[0]! > 0 && r.gain[1]! > 0).length}`,
  );
  for (const [i, ch] of FOLDS.entries()) {
    const ok = rows.filter((r) => r.auc >= MIN_AUC);
    const top = ok.sort((a, b) => b.gain[i]! - a.gain[i]!).slice(0, 8);
    console.log(
      `fold ${i + 1} (${ch.join(',')}) + mag, best 8: held-in gain, held-out per direction`,
    );
    for (const r of top) {
      const out = byDir(macOf(FOLDS[1 - i]!)).map((g) => f1(r.w, g) - f1(d, g));
      console.log(
        `  ${r.gain[i]!.toFixed(4)}  ${out.map((x) => (x >= 0 ? '+' : '') + x.toFixed(3)).join(' ')}  AUC ${r.auc.toFixed(3)}  ${show(r.w)}`,
      );
    }
  }
}

/**
 * A structured perceptron over the bead cost's terms (Scorer.terms): for each document of the
 * fold's chapters and mag, both directions, the terms summed over the gold beads of each wrong
 * region less those over ours move the weights so the gold gets cheaper (the shape cost keeps
 * weight 1 and sets the scale). Regions with a gold bead the programme cannot make (2-3, 1-5…)
 * are left out. Returns the averaged weights.
 */
function perceptron(chapters: string[], eta: number, epochs: number): AlignWeights {
  const d = DEFAULT_WEIGHTS;
  let theta = termWeights(d);
  const sum = theta.map(() => 0);
  let updates = 0;
  const toWeights = (t: number[]): AlignWeights => ({
    ...d,
    length: +t[0]!.toPrecision(3),
    unpaired: +t[1]!.toPrecision(3),
    clause: +t[2]!.toPrecision(3),
    edge: +t[3]!.toPrecision(3),
    order: +t[4]!.toPrecision(3),
    lexical: +t[5]!.toPrecision(3),
    lexicalMiss: +(t[6]! / t[5]!).toPrecision(3),
  });
  const units = [...macOf(chapters), ...MAG];
  const valid = (b: Pair): boolean =>
    BEAD_TYPES.some(([x, y]) => x === b[0].length && y === b[1].length);
  for (let e = 0; e < epochs; e++) {
    let wrongRegions = 0;
    for (const u of units) {
      const w = toWeights(theta);
      const { beads, scorer } = alignDetailed(u.source, u.target, {
        sourceLang: u.sl,
        targetLang: u.tl,
        lexicon,
        weights: w,
      });
      const pred = beads.map((b) => [b.src, b.tgt] as Pair);
      const phi = (b: Pair): number[] =>
        scorer!.terms(b[0][0] ?? 0, b[0].length, b[1][0] ?? 0, b[1].length);
      const delta = theta.map(() => 0);
      for (const r of regions(u.gold, pred)) {
        // A gold bead the programme cannot make (its shape, or a wide one off the length window).
        if (!r.g.every((b) => valid(b) && phi(b).every(Number.isFinite))) continue;
        wrongRegions++;
        for (const b of r.g) phi(b).forEach((v, k) => (delta[k]! += v));
        for (const b of r.p) phi(b).forEach((v, k) => (delta[k]! -= v));
      }
      theta = theta.map((t, k) => Math.max(0.01, t - eta * delta[k]!));
      theta.forEach((t, k) => (sum[k]! += t));
      updates++;
    }
    const avg = toWeights(sum.map((x) => x / updates));
    console.log(
      `  epoch ${e + 1}: ${wrongRegions} wrong regions; now ${show(toWeights(theta))}; averaged ${show(avg)}`,
    );
  }
  const avg = toWeights(sum.map((x) => x / updates));
  console.log(`fold ${chapters.join(',')} + mag: ${TERM_NAMES.join(', ')} → ${show(avg)}`);
  return avg;
}

const evalArg = opt('--eval');
if (args.includes('--landscape')) {
  // Each weight alone at each round-1 grid value: every fold's held-in and held-out figures.
  const d = DEFAULT_WEIGHTS;
  const cols = [...FOLDS.flatMap((ch) => byDir(macOf(ch))), ...byDir(MAG)];
  const head = [
    ...FOLDS.flatMap((ch, i) => byDir(macOf(ch)).map((g) => `f${i + 1} ${g[0]!.dir}`)),
    ...byDir(MAG).map((g) => `mag ${g[0]!.dir}`),
  ];
  console.log(`${'weight'.padEnd(22)} ${head.map((h) => h.padStart(9)).join(' ')}    AUC`);
  const row = (label: string, w: AlignWeights): void =>
    console.log(
      `${label.padEnd(22)} ${cols.map((g) => f1(w, g).toFixed(3).padStart(9)).join(' ')}  ${auc(w, [...MAC, ...MAG]).toFixed(3)}`,
    );
  row('defaults', d);
  for (const k of (opt('--only')?.split(',') as Name[] | undefined) ?? ALL)
    for (const v of candidates(d, k, 0)) row(`${k} ${v}`, { ...d, [k]: v });
} else if (opt('--perceptron')) {
  const [eta, epochs] = (opt('--perceptron') ?? '').split(',').map(Number);
  const fitted = FOLDS.map((ch) => perceptron(ch, eta!, epochs ?? 4));
  for (const [i, w] of fitted.entries()) report(w, `\nfold ${i + 1}'s weights`, false);
} else if (opt('--grid')) {
  // --grid 'length=0.6,0.7,0.8;clause=0.4,0.5': every combination, then the 2-fold rule.
  let vectors: AlignWeights[] = [{ ...DEFAULT_WEIGHTS }];
  for (const part of opt('--grid')!.split(';')) {
    const [k, vs] = part.split('=') as [Name, string];
    vectors = vectors.flatMap((w) => vs.split(',').map((v) => ({ ...w, [k]: Number(v) })));
  }
  const base = FOLDS.map((ch) => objective(DEFAULT_WEIGHTS, ch));
  twoFold(
    vectors.map((w) => ({
      w,
      gain: FOLDS.map((ch, i) => objective(w, ch) - base[i]!),
      auc: auc(w, [...MAC, ...MAG]),
    })),
  );
} else if (opt('--random')) {
  randomSearch(Number(opt('--random')), (opt('--only')?.split(',') as Name[] | undefined) ?? ALL);
} else if (evalArg) {
  const w = { ...DEFAULT_WEIGHTS, ...(JSON.parse(evalArg) as Partial<AlignWeights>) };
  report(w, 'weights', !args.includes('--no-bible'));
} else {
  const names = (opt('--only')?.split(',') as Name[] | undefined) ?? ALL;
  const rounds = Number(opt('--rounds') ?? 3);
  const fitted = FOLDS.map((ch) => fit(ch, names, rounds));
  console.log('\nheld out (fitted on the other fold):');
  let ok = true;
  for (const [i, ch] of FOLDS.entries()) {
    const w = fitted[1 - i]!;
    for (const g of byDir(macOf(ch))) {
      const a = f1(DEFAULT_WEIGHTS, g);
      const b = f1(w, g);
      ok &&= b > a;
      console.log(
        `  mac-dev ${ch.join(',')} ${g[0]!.dir}: defaults ${a.toFixed(3)}, fitted on fold ${2 - i} ${b.toFixed(3)}`,
      );
    }
  }
  console.log(`raises the held-out chapters in both folds and directions: ${ok ? 'yes' : 'no'}`);
  for (const [i, w] of fitted.entries()) report(w, `\nfold ${i + 1}'s weights`, false);
}
console.log(`\n${stats.aligned} alignments run, ${stats.cpu.toFixed(0)} s CPU (cache ${cacheDir})`);
