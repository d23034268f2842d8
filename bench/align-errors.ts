// Dev tool (not part of `npm run bench:align`): lists the wrong beads of a gold set by kind.
// An error region is a maximal run where the predicted and gold beads cover the same sentences
// differently; its kind is "gold shapes → predicted shapes". `npx tsx bench/align-errors.ts
// [set] [--rev] [--show N]`.
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import { align } from '../src/core/align/index.js';
import { SETS, loadScorer, loadSet } from './align-data.js';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--')) ?? 'mac-dev';
const rev = args.includes('--rev');
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const { parseBeads } = await loadScorer();
const lexicon = loadLexiconFile();
const [, sl0, tl0] = SETS.find(([s]) => s === only)!;
const [sl, tl] = rev ? [tl0, sl0] : [sl0, tl0];
const data = loadSet(only, sl, tl)!;
type B = [number[], number[]];
const shape = (b: B): string => `${b[0].length}-${b[1].length}`;
const kinds = new Map<string, { beads: number; examples: string[] }>();
let wrongBeads = 0;
for (const d of data.docs) {
  const gold = parseBeads(d.gold).map(([a, b]) => (rev ? [b, a] : [a, b]) as B);
  const pred: B[] = align(d.source, d.target, { sourceLang: sl, targetLang: tl, lexicon }).map(
    (b) => [b.src, b.tgt],
  );
  const key = (b: B): string => `${b[0].join(',')}:${b[1].join(',')}`;
  const gk = new Set(gold.map(key));
  // Walk both lists in step: a region ends where both have consumed the same sentences.
  let gi = 0;
  let pi = 0;
  while (gi < gold.length || pi < pred.length) {
    if (gi < gold.length && pi < pred.length && key(gold[gi]!) === key(pred[pi]!)) {
      gi++;
      pi++;
      continue;
    }
    const g: B[] = [];
    const p: B[] = [];
    let gs = 0,
      gt = 0,
      ps = 0,
      pt = 0;
    const endS = (l: B[]): number => Math.max(-1, ...l.flatMap((b) => b[0]));
    const endT = (l: B[]): number => Math.max(-1, ...l.flatMap((b) => b[1]));
    do {
      if (
        gi < gold.length &&
        (g.length === 0 ||
          endS(g) < endS(p) ||
          endT(g) < endT(p) ||
          (p.length && gs === 0 && gt === 0))
      ) {
        g.push(gold[gi++]!);
      } else if (pi < pred.length) {
        p.push(pred[pi++]!);
      } else if (gi < gold.length) g.push(gold[gi++]!);
      else break;
      gs = endS(g);
      gt = endT(g);
      ps = endS(p);
      pt = endT(p);
    } while (gs !== ps || gt !== pt);
    const k = `${g.map(shape).join('+')} → ${p.map(shape).join('+')}`;
    const e = kinds.get(k) ?? { beads: 0, examples: [] };
    const wrong = p.filter((b) => !gk.has(key(b))).length;
    e.beads += wrong;
    wrongBeads += wrong;
    if (e.examples.length < 3) {
      const S = [...new Set(g.flatMap((b) => b[0]))].sort((a, b) => a - b);
      const T = [...new Set(g.flatMap((b) => b[1]))].sort((a, b) => a - b);
      e.examples.push(
        `  ${d.id} gold ${g.map(key).join(' ')} | pred ${p.map(key).join(' ')}\n` +
          S.map((i) => `    S${i}: ${d.source[i]}`).join('\n') +
          '\n' +
          T.map((j) => `    T${j}: ${d.target[j]}`).join('\n'),
      );
    }
    kinds.set(k, e);
  }
}
console.log(`${only} ${sl}→${tl}: ${wrongBeads} wrong predicted beads`);
for (const [k, e] of [...kinds].sort((a, b) => b[1].beads - a[1].beads)) {
  console.log(`${String(e.beads).padStart(4)}  ${k}`);
  if (show && e.beads >= show) console.log(e.examples.join('\n'));
}
