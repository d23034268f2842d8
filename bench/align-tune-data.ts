// bench/align-tune.ts's data: the gold sets as units (one document, one direction), each weight
// vector's alignments cached on disk by the vector and the aligner's source (ALIGN_TUNE_CACHE,
// default $TMPDIR/align-tune-cache), and the figures the fit reads from them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import { align, type Bead, type LangCode } from '../src/core/align/index.js';
import { DEFAULT_WEIGHTS, type AlignWeights } from '../src/core/align/weights.js';
import { confidenceSplit, loadScorer, loadSet, rocAuc, mergeWithinGold } from './align-data.js';

export type Pair = [number[], number[]];
export interface Unit {
  /** e.g. "mac-dev/003 zh→en" */
  name: string;
  set: string;
  doc: string;
  dir: string;
  source: string[];
  target: string[];
  sl: LangCode;
  tl: LangCode;
  gold: Pair[];
}

const { parseBeads, scoreDocs } = await loadScorer();
export const lexicon = loadLexiconFile();

function unitsOf(set: string, sl0: LangCode, tl0: LangCode): Unit[] {
  const out: Unit[] = [];
  for (const rev of [false, true]) {
    const [sl, tl] = rev ? [tl0, sl0] : [sl0, tl0];
    const data = loadSet(set, sl, tl);
    if (!data) throw new Error(`no gold set ${set} (../shared/data/alignment)`);
    for (const d of data.docs) {
      out.push({
        name: `${set}/${d.id} ${sl}→${tl}`,
        set,
        doc: d.id,
        dir: `${sl}→${tl}`,
        source: d.source,
        target: d.target,
        sl,
        tl,
        gold: parseBeads(d.gold).map(([a, b]) => (rev ? [b, a] : [a, b]) as Pair),
      });
    }
  }
  return out;
}
export const MAC = unitsOf('mac-dev', 'zh', 'en');
export const MAG = unitsOf('mag', 'en', 'zh');
export const BIBLE = unitsOf('bible-001', 'en', 'zh');
// ---- alignments, cached by (aligner source, weights, unit) ----
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcHash = (() => {
  const h = createHash('sha1');
  const dir = join(root, 'src', 'core', 'align');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
})();
export const cacheDir = join(
  process.env.ALIGN_TUNE_CACHE ?? join(tmpdir(), 'align-tune-cache'),
  srcHash,
);
mkdirSync(cacheDir, { recursive: true });
/** Only the weights that differ from the defaults, in a fixed order: the cache key. */
export const keyOf = (w: AlignWeights): string =>
  JSON.stringify(
    Object.fromEntries(
      (Object.keys(DEFAULT_WEIGHTS) as (keyof AlignWeights)[])
        .filter((k) => w[k] !== DEFAULT_WEIGHTS[k])
        .map((k) => [k, +w[k].toPrecision(6)]),
    ),
  );
const memo = new Map<string, Bead[]>();
/** Alignments run (not read from the cache) and their CPU seconds. */
export const stats = { aligned: 0, cpu: 0 };
export function run(w: AlignWeights, u: Unit): Bead[] {
  const key = `${keyOf(w)} ${u.name}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const file = join(cacheDir, createHash('sha1').update(key).digest('hex').slice(0, 16) + '.json');
  let beads: Bead[];
  if (existsSync(file)) beads = JSON.parse(readFileSync(file, 'utf8')) as Bead[];
  else {
    const c0 = process.cpuUsage();
    beads = align(u.source, u.target, {
      sourceLang: u.sl,
      targetLang: u.tl,
      lexicon,
      weights: w,
    });
    const c = process.cpuUsage(c0);
    stats.cpu += (c.user + c.system) / 1e6;
    stats.aligned++;
    writeFileSync(file, JSON.stringify(beads));
  }
  memo.set(key, beads);
  return beads;
}

// ---- figures ----
export const f1 = (w: AlignWeights, units: Unit[]): number =>
  scoreDocs(
    units.map((u) => u.gold),
    units.map((u) => run(w, u).map((b) => [b.src, b.tgt] as Pair)),
  ).strict.f1;
export const verseF1 = (w: AlignWeights, units: Unit[]): number =>
  scoreDocs(
    units.map((u) => u.gold),
    units.map((u) =>
      mergeWithinGold(
        u.gold,
        run(w, u).map((b) => [b.src, b.tgt] as Pair),
      ),
    ),
  ).strict.f1;
export function auc(w: AlignWeights, units: Unit[]): number {
  const right: number[] = [];
  const wrong: number[] = [];
  for (const u of units) {
    const s = confidenceSplit(u.gold, run(w, u));
    right.push(...s.right);
    wrong.push(...s.wrong);
  }
  return rocAuc(right, wrong);
}
export const byDir = (units: Unit[]): Unit[][] => {
  const dirs = [...new Set(units.map((u) => u.dir))];
  return dirs.map((d) => units.filter((u) => u.dir === d));
};
/**
 * The sentences where gold and predicted beads differ, in runs that cover the same sentences
 * on both sides (as bench/align-errors.ts walks them).
 */
export function regions(gold: Pair[], pred: Pair[]): { g: Pair[]; p: Pair[] }[] {
  const key = (b: Pair): string => `${b[0].join(',')}:${b[1].join(',')}`;
  const out: { g: Pair[]; p: Pair[] }[] = [];
  let gi = 0;
  let pi = 0;
  let gs = 0;
  let gt = 0;
  let ps = 0;
  let pt = 0;
  const takeG = (r: { g: Pair[] }): void => {
    const b = gold[gi++]!;
    r.g.push(b);
    gs += b[0].length;
    gt += b[1].length;
  };
  const takeP = (r: { p: Pair[] }): void => {
    const b = pred[pi++]!;
    r.p.push(b);
    ps += b[0].length;
    pt += b[1].length;
  };
  while (gi < gold.length && pi < pred.length) {
    if (key(gold[gi]!) === key(pred[pi]!)) {
      takeG({ g: [] });
      takeP({ p: [] });
      continue;
    }
    const r = { g: [] as Pair[], p: [] as Pair[] };
    takeG(r);
    takeP(r);
    while ((gs !== ps || gt !== pt) && (gi < gold.length || pi < pred.length)) {
      if (gi < gold.length && (gs < ps || gt < pt || pi >= pred.length)) takeG(r);
      else takeP(r);
    }
    out.push(r);
  }
  return out;
}
