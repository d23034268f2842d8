// npm run bench:align-paragraphs — how a text opened in the app (a paragraph a line, each
// segmented into sentences) is best aligned: its paragraphs paired first, then the sentences of
// each pair (alignParagraphsFirst), or all its sentences at once (align). The shared gold sets
// are a sentence a line, so their paragraphs are their sentences; their beads are mapped back to
// lines (beads that share a line merged) and scored with the official scorer, both directions.
// alignParagraphs (what the app and `bitext align` without --presegmented run) chooses between
// the two by sentences a paragraph. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import {
  align,
  alignParagraphs,
  decodeLexicon,
  type Bead,
  type LangCode,
} from '../src/core/align/index.js';
import { alignParagraphsFirst } from '../src/core/align/paragraphs.js';
import { segmentText } from '../src/core/segment/index.js';
import { SETS, loadScorer, loadSet } from './align-data.js';

type Beads = [number[], number[]][];

const set0 = loadSet(...SETS[0]!);
if (!set0) {
  console.log('bench:align-paragraphs: ../shared/data/alignment is absent; nothing measured.');
  process.exit(0);
}
const lexicon = decodeLexicon(new Uint8Array(readFileSync('generated/lexicon/zh-en.bin')));
const scorer = await loadScorer();

/** Sentence beads as line beads: consecutive beads that share a line become one. */
function toLines(beads: Bead[], sLine: number[], tLine: number[]): Beads {
  const out: [Set<number>, Set<number>][] = [];
  for (const b of beads) {
    const s = new Set(b.src.map((i) => sLine[i]!));
    const t = new Set(b.tgt.map((j) => tLine[j]!));
    const last = out[out.length - 1];
    if (last && ([...s].some((x) => last[0].has(x)) || [...t].some((x) => last[1].has(x)))) {
      for (const x of s) last[0].add(x);
      for (const x of t) last[1].add(x);
    } else out.push([s, t]);
  }
  const sorted = (x: Set<number>) => [...x].sort((a, b) => a - b);
  return out.map(([s, t]) => [sorted(s), sorted(t)]);
}

const ways = {
  'paragraphs first': alignParagraphsFirst,
  'sentences at once': (s: string[][], t: string[][], o: Parameters<typeof align>[2]) =>
    align(s.flat(), t.flat(), o),
  'alignParagraphs (chosen)': alignParagraphs,
};

console.log('| set | direction | sentences a line | ' + Object.keys(ways).join(' | ') + ' |');
console.log('| --- | --- | --- |' + ' --- |'.repeat(Object.keys(ways).length));
for (const [name, sl, tl] of SETS) {
  const set = loadSet(name, sl, tl)!;
  for (const [src, tgt] of [
    [sl, tl],
    [tl, sl],
  ] as [LangCode, LangCode][]) {
    const flip = src !== sl;
    const golds: Beads[] = [];
    const preds = Object.keys(ways).map(() => [] as Beads[]);
    const ms = Object.keys(ways).map(() => 0);
    let lines = 0;
    let sentences = 0;
    for (const d of set.docs) {
      const [sText, tText] = flip ? [d.target, d.source] : [d.source, d.target];
      const sp = segmentText(sText.join('\n'), src);
      const tp = segmentText(tText.join('\n'), tgt);
      if (sp.length !== sText.length || tp.length !== tText.length) {
        console.log(`${name} ${d.id}: the text's paragraphs are not its lines; left out`);
        continue;
      }
      const sLine = sp.flatMap((p, k) => p.map(() => k));
      const tLine = tp.flatMap((p, k) => p.map(() => k));
      lines += sp.length + tp.length;
      sentences += sLine.length + tLine.length;
      golds.push(
        scorer.parseBeads(d.gold).map(([a, b]) => (flip ? [b, a] : [a, b]) as [number[], number[]]),
      );
      Object.values(ways).forEach((way, k) => {
        const t0 = performance.now();
        const beads = way(sp, tp, { sourceLang: src, targetLang: tgt, lexicon });
        ms[k]! += performance.now() - t0;
        preds[k]!.push(toLines(beads, sLine, tLine));
      });
    }
    const cells = preds.map((p, k) => {
      const s = scorer.scoreDocs(golds, p);
      return `strict F1 ${s.strict.f1.toFixed(3)}, lax ${s.lax.f1.toFixed(3)}, ${(ms[k]! / 1000).toFixed(2)} s`;
    });
    console.log(
      `| ${name} | ${src}→${tgt} | ${(sentences / lines).toFixed(3)} | ${cells.join(' | ')} |`,
    );
  }
}
