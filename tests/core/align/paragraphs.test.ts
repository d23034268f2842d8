import { expect } from '@open-wc/testing';
import { align, alignParagraphs, type Bead } from '../../../src/core/align/index.js';
import { alignParagraphsFirst } from '../../../src/core/align/paragraphs.js';
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

  describe('a sentence a paragraph (a text of a sentence a line)', () => {
    const shapes = Array.from(
      { length: 30 },
      (_, i) => [1, i % 5 === 2 ? 2 : 1] as [number, number],
    );
    const lines = parallel(shapes, 5);
    const each = (list: string[]) => list.map((x) => [x]);

    it('is aligned as one list of sentences: the same beads and confidences', () => {
      const beads = alignParagraphs(each(lines.zh), each(lines.en), opts);
      expect(beads).to.deep.equal(align(lines.zh, lines.en, opts));
      expect(keys(beads)).to.deep.equal(lines.gold);
    });

    it('so is a side of a sentence a paragraph against real paragraphs', () => {
      const beads = alignParagraphs(cut(doc.zh, sizes), each(doc.en), opts);
      expect(beads).to.deep.equal(align(doc.zh, doc.en, opts));
    });

    it('paragraphs of several sentences are still paired first', () => {
      const beads = alignParagraphs(cut(doc.zh, sizes), cut(doc.en, sizes), opts);
      expect(beads).to.deep.equal(
        alignParagraphsFirst(cut(doc.zh, sizes), cut(doc.en, sizes), opts),
      );
    });
  });
});
