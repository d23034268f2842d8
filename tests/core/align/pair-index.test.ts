import { expect } from '@open-wc/testing';
import { bandAround, lengthDiagonal } from '../../../src/core/align/band.js';
import { blockCount, blocksOf } from '../../../src/core/align/coarse.js';
import { pairMatches } from '../../../src/core/align/evidence.js';
import { Vocabulary, featuresOf } from '../../../src/core/align/features.js';
import { pairMatchesIndexed } from '../../../src/core/align/pair-index.js';
import { glossary, parallel } from './synthetic.js';

// The inverted-index pair matching must give pairMatches' result bit for bit: masks of the first
// 32 words, counts past them, a word matched through several keys counted once.
const fields = ['from', 'to', 'start', 'srcMask', 'srcExtra', 'tgtMask', 'tgtExtra'] as const;

describe('core/align pairMatchesIndexed', () => {
  const doc = parallel(
    Array.from({ length: 120 }, (_, k) => (k % 4 === 1 ? [1, 2] : k % 9 === 4 ? [2, 1] : [1, 1])),
    3,
  );
  const vocab = new Vocabulary();
  const zh = featuresOf(doc.zh, 'zh', vocab, glossary);
  const en = featuresOf(doc.en, 'en', vocab, glossary);
  const blocks = (f: typeof zh) => blocksOf(f, blockCount(zh.length, en.length)).features;
  // Blocks of 16 sentences have more than 32 words: their masks overflow into the counts.
  const cases: [string, typeof zh, typeof zh, number][] = [
    ['sentences zh → en, a narrow band', zh, en, 3],
    ['sentences en → zh, a wide band', en, zh, 40],
    ['blocks (words past the 32nd counted)', blocks(zh), blocks(en), 5],
    ['one side empty', zh, [], 3],
  ];
  for (const [name, s, t, width] of cases) {
    it(name, () => {
      const band = bandAround(
        lengthDiagonal(
          s.map((x) => x.len),
          t.map((x) => x.len),
        ),
        s.length,
        t.length,
        width,
      );
      const a = pairMatches(s, t, band, vocab.size);
      const b = pairMatchesIndexed(s, t, band, vocab.size);
      for (const f of fields) expect([...b[f]], f).to.deep.equal([...a[f]]);
      if (t.length) expect(a.tgtMask.some((x) => x !== 0)).to.equal(true);
    });
  }

  // Another thread's share of a pass: the rows from fromRow on as the whole computation has
  // them, the rows before it zero.
  for (const fromRow of [0, 1, 37, zh.length - 1, zh.length]) {
    it(`from source sentence ${fromRow} on`, () => {
      const band = bandAround(
        lengthDiagonal(
          zh.map((x) => x.len),
          en.map((x) => x.len),
        ),
        zh.length,
        en.length,
        6,
      );
      const all = pairMatches(zh, en, band, vocab.size);
      const part = pairMatchesIndexed(zh, en, band, vocab.size, fromRow);
      const cut = all.start[fromRow]!;
      for (const f of ['srcMask', 'srcExtra', 'tgtMask', 'tgtExtra'] as const) {
        expect([...part[f].subarray(cut)], f).to.deep.equal([...all[f].subarray(cut)]);
        expect(part[f].subarray(0, cut).every((x) => x === 0)).to.equal(true);
      }
    });
  }

  it('blocks do have more than 32 words (the count past the masks is exercised)', () => {
    expect(Math.max(...blocks(zh).map((x) => x.words.length))).to.be.greaterThan(32);
  });
});
