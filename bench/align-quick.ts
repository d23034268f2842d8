// Dev loop for the aligner (not part of `npm run bench:align`): every gold set, both directions,
// in one process — strict F1, confidence AUC, CPU time per set. `npx tsx bench/align-quick.ts [set]`.
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import { align } from '../src/core/align/index.js';
import {
  SETS,
  loadScorer,
  loadSet,
  rocAuc,
  wrongShareOfLowest,
  scorePredictions,
} from './align-data.js';

const only = process.argv[2];
const { parseBeads, scoreDocs } = await loadScorer();
const lexicon = loadLexiconFile();
const all = { right: [] as number[], wrong: [] as number[] };
const finer = { right: [] as number[], wrong: [] as number[] };
const versed = { right: [] as number[], wrong: [] as number[] };
/** mac-dev and mag: the sets whose gold pairs sentences (the README's confidence figure). */
const paired = { right: [] as number[], wrong: [] as number[] };
for (const [set, sl0, tl0] of SETS) {
  if (only && set !== only) continue;
  for (const rev of [false, true]) {
    const [sl, tl] = rev ? [tl0, sl0] : [sl0, tl0];
    const data = loadSet(set, sl, tl)!;
    const cpu0 = process.cpuUsage();
    const preds = data.docs.map((d) =>
      align(d.source, d.target, { sourceLang: sl, targetLang: tl, lexicon }),
    );
    const cpu = process.cpuUsage(cpu0);
    const golds = data.docs.map((d) =>
      parseBeads(d.gold).map(([a, b]) => (rev ? [b, a] : [a, b]) as [number[], number[]]),
    );
    const sc = scorePredictions(scoreDocs, golds, preds);
    const { scores: s, merged, right, wrong, fineRight: fr, fineWrong: fw } = sc;
    const bible = set === 'bible-001';
    versed.right.push(...(bible ? sc.mergedRight : right));
    versed.wrong.push(...(bible ? sc.mergedWrong : wrong));
    if (!bible) {
      paired.right.push(...right);
      paired.wrong.push(...wrong);
    }
    finer.right.push(...fr);
    finer.wrong.push(...fw);
    all.right.push(...right);
    all.wrong.push(...wrong);
    console.log(
      `${set.padEnd(10)} ${sl}→${tl} F1 ${s.strict.f1.toFixed(3)} ${set === 'bible-001' ? `(verse-merged ${merged.strict.f1.toFixed(3)}) ` : ''} lax ${s.lax.f1.toFixed(3)} ` +
        `AUC ${rocAuc(right, wrong).toFixed(3)} (finer-ok ${rocAuc(fr, fw).toFixed(3)}) low5 ${(100 * wrongShareOfLowest(right, wrong)).toFixed(0)}% ` +
        `cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
    );
  }
}
console.log(
  `mac-dev + mag: AUC ${rocAuc(paired.right, paired.wrong).toFixed(3)} ` +
    `low5 ${(100 * wrongShareOfLowest(paired.right, paired.wrong)).toFixed(0)}%`,
);
console.log(
  `all: AUC ${rocAuc(all.right, all.wrong).toFixed(3)} low5 ${(100 * wrongShareOfLowest(all.right, all.wrong)).toFixed(0)}%`,
);
console.log(
  `all, bible-001 verse-merged: AUC ${rocAuc(versed.right, versed.wrong).toFixed(3)} ` +
    `low5 ${(100 * wrongShareOfLowest(versed.right, versed.wrong)).toFixed(0)}%`,
);
console.log(
  `all, a bead finer than the gold's counted right: AUC ${rocAuc(finer.right, finer.wrong).toFixed(3)} ` +
    `low5 ${(100 * wrongShareOfLowest(finer.right, finer.wrong)).toFixed(0)}%`,
);
