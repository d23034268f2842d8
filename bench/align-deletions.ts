// Dev loop (not part of `npm run bench:align`): a sentence deleted from a real translation, at 6
// places in each document of mac-dev and mag, source or target side, both directions — is the
// orphan's bead below LOW_CONFIDENCE, and what share of all beads is? `npx tsx
// bench/align-deletions.ts`.
import { loadLexiconFile } from '../src/cli/lexicon-file.js';
import { LOW_CONFIDENCE, align } from '../src/core/align/index.js';
import { loadScorer, loadSet } from './align-data.js';

const { parseBeads } = await loadScorer();
const lexicon = loadLexiconFile();
let cases = 0;
let flagged = 0;
let beads = 0;
let low = 0;
for (const [set, sl0, tl0] of [
  ['mac-dev', 'zh', 'en'],
  ['mag', 'en', 'zh'],
] as const) {
  for (const rev of [false, true]) {
    const [sl, tl] = rev ? [tl0, sl0] : [sl0, tl0];
    for (const d of loadSet(set, sl, tl)!.docs) {
      const ones = parseBeads(d.gold)
        .map(([a, b]) => (rev ? [b, a] : [a, b]) as [number[], number[]])
        .filter(([s, t]) => s.length === 1 && t.length === 1);
      for (const at of [0.1, 0.25, 0.4, 0.55, 0.7, 0.85]) {
        const [[i], [j]] = ones[Math.floor(ones.length * at)]! as [[number], [number]];
        for (const side of ['source', 'target'] as const) {
          const src = side === 'source' ? d.source.filter((_, x) => x !== i) : d.source;
          const tgt = side === 'target' ? d.target.filter((_, x) => x !== j) : d.target;
          const out = align(src, tgt, { sourceLang: sl, targetLang: tl, lexicon });
          const bead =
            side === 'target'
              ? out.find((b) => b.src.includes(i))
              : out.find((b) => b.tgt.includes(j));
          cases++;
          if (bead && bead.confidence < LOW_CONFIDENCE) flagged++;
          beads += out.length;
          low += out.filter((b) => b.confidence < LOW_CONFIDENCE).length;
        }
      }
    }
  }
}
console.log(
  `deleted sentence flagged where it happened: ${flagged} of ${cases} (${((100 * flagged) / cases).toFixed(0)}%); ` +
    `beads under LOW_CONFIDENCE (${LOW_CONFIDENCE}): ${((100 * low) / beads).toFixed(1)}%`,
);
