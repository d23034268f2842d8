import { expect } from '@open-wc/testing';
import { alignParagraphs, type Bead } from '../../../src/core/align/index.js';
import { glossary, invariantProblem, key, parallel } from './synthetic.js';

const opts = { sourceLang: 'zh', targetLang: 'en', lexicon: glossary } as const;
const keys = (beads: Bead[]): string[] => beads.map(key);

/** Cuts a flat list into paragraphs of the given sizes. */
function cut<T>(list: T[], sizes: number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (const s of sizes) {
    out.push(list.slice(at, at + s));
    at += s;
  }
  return out;
}

describe('core/align paragraphs', () => {
  const doc = parallel(
    Array.from({ length: 40 }, () => [1, 1] as [number, number]),
    11,
  );
  const sizes = [5, 12, 8, 15];

  it('aligns inside matching paragraphs, with global sentence ids', () => {
    const beads = alignParagraphs(cut(doc.zh, sizes), cut(doc.en, sizes), opts);
    expect(keys(beads)).to.deep.equal(doc.gold);
  });

  it('falls back gracefully when paragraph counts differ', () => {
    const beads = alignParagraphs(cut(doc.zh, sizes), cut(doc.en, [17, 8, 15]), opts);
    expect(invariantProblem(beads, doc.zh.length, doc.en.length)).to.equal(undefined);
    expect(keys(beads)).to.deep.equal(doc.gold);
  });

  it('one paragraph on a side: plain sentence alignment', () => {
    const beads = alignParagraphs([doc.zh], cut(doc.en, sizes), opts);
    expect(keys(beads)).to.deep.equal(doc.gold);
  });

  it('empty paragraphs are skipped, not counted', () => {
    const beads = alignParagraphs([[], ...cut(doc.zh, sizes), []], cut(doc.en, sizes), opts);
    expect(keys(beads)).to.deep.equal(doc.gold);
  });
});
