// Confidence that predicts errors, on real translations (the shared gold sets): a sentence
// deleted from the translation shows as low confidence where it happened, and confidence ranks
// right beads above wrong ones. Skips (saying why) without ../shared/data/alignment.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  DATA_DIR,
  confidenceSplit,
  loadScorer,
  loadSet,
  rocAuc,
} from '../../../bench/align-data.js';
import { LEXICON_PATH, loadLexiconFile } from '../../../src/cli/lexicon-file.js';
import { LOW_CONFIDENCE, align, alignParagraphs } from '../../../src/core/align/index.js';

const missing = !existsSync(DATA_DIR)
  ? `no gold data at ${DATA_DIR}`
  : !existsSync(LEXICON_PATH)
    ? `no lexicon at ${LEXICON_PATH} (npm run build:lexicon)`
    : false;

describe('alignment confidence on real translations', { skip: missing }, () => {
  // [set, its source language, its target language, document, where in the gold's 1-1 beads]
  const cases: [string, 'zh' | 'en', 'zh' | 'en', number, number][] = [
    ['mac-dev', 'zh', 'en', 0, 0.2],
    ['mac-dev', 'zh', 'en', 1, 0.5],
    ['mac-dev', 'zh', 'en', 2, 0.8],
    ['mag', 'en', 'zh', 0, 0.3],
    ['mag', 'en', 'zh', 0, 0.7],
  ];
  for (const [name, sl, tl, doc, at] of cases) {
    for (const side of ['target', 'source'] as const) {
      it(`${name} #${doc}: a ${side} sentence deleted at ${at * 100}% is flagged there`, async () => {
        const { parseBeads } = await loadScorer();
        const d = loadSet(name, sl, tl)!.docs[doc]!;
        const ones = parseBeads(d.gold).filter(([s, t]) => s.length === 1 && t.length === 1);
        const [[i], [j]] = ones[Math.floor(ones.length * at)]! as [[number], [number]];
        // The partner of the deleted sentence is the one left without a translation.
        const src = side === 'source' ? d.source.filter((_, x) => x !== i) : d.source;
        const tgt = side === 'target' ? d.target.filter((_, x) => x !== j) : d.target;
        const opts = { sourceLang: sl, targetLang: tl, lexicon: loadLexiconFile() };
        // As sentences, and as a file of one sentence a line opened in the app (one-line
        // paragraphs, paired as paragraphs first).
        const lines = (x: string[]): string[][] => x.map((l) => [l]);
        for (const beads of [
          align(src, tgt, opts),
          alignParagraphs(lines(src), lines(tgt), opts),
        ]) {
          const bead =
            side === 'target'
              ? beads.find((b) => b.src.includes(i))
              : beads.find((b) => b.tgt.includes(j));
          assert.ok(bead, 'the orphan sentence is in a bead');
          assert.ok(
            bead.confidence < LOW_CONFIDENCE,
            `bead ${bead.src}:${bead.tgt} has confidence ${bead.confidence.toFixed(3)}`,
          );
        }
      });
    }
  }

  type Aligner = (
    source: string[],
    target: string[],
    opts: Parameters<typeof align>[2],
  ) => ReturnType<typeof align>;

  /** ROC AUC of the bead confidences against the gold of mac-dev and mag, both as aligned. */
  async function aucOn(alignWith: Aligner): Promise<number> {
    const { parseBeads } = await loadScorer();
    const right: number[] = [];
    const wrong: number[] = [];
    for (const [name, sl, tl] of [
      ['mac-dev', 'zh', 'en'],
      ['mag', 'en', 'zh'],
    ] as const) {
      for (const d of loadSet(name, sl, tl)!.docs) {
        const opts = { sourceLang: sl, targetLang: tl, lexicon: loadLexiconFile() };
        const s = confidenceSplit(parseBeads(d.gold), alignWith(d.source, d.target, opts));
        right.push(...s.right);
        wrong.push(...s.wrong);
      }
    }
    return rocAuc(right, wrong);
  }

  it('ranks right beads above wrong ones (ROC AUC ≥ 0.8 on mac-dev and mag)', async () => {
    const auc = await aucOn(align);
    assert.ok(auc >= 0.8, `AUC ${auc.toFixed(3)}`);
  });

  // A text opened from a file with a sentence a line is a text of one-line paragraphs: the app
  // pairs the paragraphs first, and their confidence must still rank right above wrong.
  it('one-line paragraphs: ROC AUC ≥ 0.8 on mac-dev and mag', async () => {
    const lines = (x: string[]): string[][] => x.map((l) => [l]);
    const auc = await aucOn((src, tgt, opts) => alignParagraphs(lines(src), lines(tgt), opts));
    assert.ok(auc >= 0.8, `AUC ${auc.toFixed(3)}`);
  });
});
