// `npx tsx bench/align-realign.ts`: "Re-align after row R" with nothing changed, on mac-dev's
// chapters (zh→en). Each chapter is aligned, then its rows after R (a third and two thirds of
// the rows) are aligned again two ways: the old one, each stretch of unchecked rows aligned on
// its own as a small document ("pieces"), and the new one, the whole document aligned with the
// rows up to R as anchors (src/core/realign.ts). Printed per chapter and R: rows after R that
// differ from the first alignment, and strict F1 against the gold (the first alignment's, then
// each method's). A person expects the same rows back.
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import { align, type Bead } from '../src/core/align/index.js';
import { rowsFromBeads, type AlignRow } from '../src/core/beads.js';
import { applyRealign, realignJob } from '../src/core/realign.js';
import { loadScorer, loadSet } from './align-data.js';

const set = loadSet('mac-dev', 'zh', 'en');
if (!set) {
  console.log('align-realign: no mac-dev gold data; nothing to measure');
  process.exit(0);
}
const lexicon = loadLexiconFile();
const opts = { sourceLang: 'zh', targetLang: 'en', lexicon } as const;
const { parseBeads, scoreDocs } = await loadScorer();

/** The rows as beads of sentence indices (rows keep every sentence, in order). */
function beadsOf(rows: readonly AlignRow[]): [number[], number[]][] {
  let i = 0;
  let j = 0;
  return rows.map((r) => [r.source.map(() => i++), r.target.map(() => j++)]);
}

/** The old way: each stretch of unchecked rows after `from` aligned on its own. */
function realignPieces(rows: readonly AlignRow[], from: number): AlignRow[] {
  const out = rows.slice(0, from + 1);
  let piece: AlignRow[] = [];
  const flush = (): void => {
    if (!piece.length) return;
    const source = piece.flatMap((r) => r.source);
    const target = piece.flatMap((r) => r.target);
    out.push(...rowsFromBeads(source, target, align(source, target, opts)));
    piece = [];
  };
  for (const r of rows.slice(from + 1)) {
    if (r.checked) {
      flush();
      out.push(r);
    } else piece.push(r);
  }
  flush();
  return out;
}

function realignAnchored(rows: readonly AlignRow[], from: number): AlignRow[] {
  const job = realignJob(rows, from);
  if (!job) return rows.slice();
  return applyRealign(rows, job, align(job.source, job.target, { ...opts, anchors: job.anchors }));
}

const key = ([s, t]: [number[], number[]]): string => `${s.join(',')}:${t.join(',')}`;
const f1 = (gold: [number[], number[]][], rows: readonly AlignRow[]): number =>
  scoreDocs([gold], [beadsOf(rows)]).strict.f1;

console.log(
  'chapter  rows    R  after R  differ: pieces  anchors   strict F1: first  pieces  anchors   time pieces / anchors',
);
const totals = { after: 0, pieces: 0, anchors: 0 };
for (const d of set.docs) {
  const gold = parseBeads(d.gold);
  const first: Bead[] = align(d.source, d.target, opts);
  const rows = rowsFromBeads(d.source, d.target, first);
  const firstKeys = new Set(beadsOf(rows).map(key));
  for (const R of [Math.floor(rows.length / 3), Math.floor((2 * rows.length) / 3)]) {
    const differ = (out: AlignRow[]): number =>
      beadsOf(out)
        .slice(R + 1)
        .filter((b) => !firstKeys.has(key(b))).length;
    let t = performance.now();
    const pieces = realignPieces(rows, R);
    const tPieces = performance.now() - t;
    t = performance.now();
    const anchored = realignAnchored(rows, R);
    const tAnchors = performance.now() - t;
    const after = rows.length - R - 1;
    totals.after += after;
    totals.pieces += differ(pieces);
    totals.anchors += differ(anchored);
    console.log(
      `${d.id.padEnd(7)} ${String(rows.length).padStart(5)} ${String(R).padStart(4)} ${String(after).padStart(8)}` +
        `  ${String(differ(pieces)).padStart(14)} ${String(differ(anchored)).padStart(8)}` +
        `  ${f1(gold, rows).toFixed(3).padStart(16)} ${f1(gold, pieces).toFixed(3).padStart(7)} ${f1(gold, anchored).toFixed(3).padStart(8)}` +
        `  ${(tPieces / 1000).toFixed(2).padStart(13)} s / ${(tAnchors / 1000).toFixed(2)} s`,
    );
  }
}
console.log(
  `rows after R that differ from the first alignment: pieces ${totals.pieces} of ${totals.after}, anchors ${totals.anchors} of ${totals.after}`,
);
