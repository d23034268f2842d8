import { expect } from '@open-wc/testing';
import { align, type AlignAnchor, type Bead } from '../../src/core/align/index.js';
import { mergeNext, rowsFromBeads, type AlignRow } from '../../src/core/beads.js';
import { applyRealign, realignJob } from '../../src/core/realign.js';
import { glossary, parallel } from './align/synthetic.js';

// Rows written compactly: "A1 A2 | B1" is a row; a leading "*" marks it checked by a person.
const parse = (spec: string): AlignRow[] =>
  spec.split(' / ').map((r) => {
    const checked = r.startsWith('*');
    const [s, t] = r
      .replace('*', '')
      .split('|')
      .map((x) => x.trim().split(' ').filter(Boolean));
    return { source: s, target: t, confidence: checked ? 1 : 0.3, paragraphStart: false, checked };
  });
const show = (rows: readonly AlignRow[]) =>
  rows
    .map((r) => `${r.checked ? '*' : ''}${r.source.join(' ')} | ${r.target.join(' ')}`.trim())
    .join(' / ');
const range = ([a, b]: readonly [number, number]) => (a === b ? `@${a}` : `${a}-${b}`);

/** An aligner stand-in: the anchors, and one-to-one between them (the rest alone). */
function oneToOne(n: number, m: number, anchors: readonly AlignAnchor[]): Bead[] {
  const out: Bead[] = [];
  let i = 0;
  let j = 0;
  for (const a of [...anchors, { src: [n, n], tgt: [m, m] } as AlignAnchor]) {
    while (i < a.src[0] && j < a.tgt[0]) out.push({ src: [i++], tgt: [j++], confidence: 0.9 });
    while (i < a.src[0]) out.push({ src: [i++], tgt: [], confidence: 0.1 });
    while (j < a.tgt[0]) out.push({ src: [], tgt: [j++], confidence: 0.1 });
    const src = Array.from({ length: a.src[1] - a.src[0] }, (_, k) => a.src[0] + k);
    const tgt = Array.from({ length: a.tgt[1] - a.tgt[0] }, (_, k) => a.tgt[0] + k);
    if (src.length + tgt.length) out.push({ src, tgt, confidence: 1 });
    i = a.src[1];
    j = a.tgt[1];
  }
  return out;
}

describe('core/realign', () => {
  // [rows, from, anchors as "row: source range | target range", rows after a 1-1 re-alignment]
  const cases: [string, number, string[], string][] = [
    [
      'A1 | B1 / A2 A3 | B2 / A4 | B3 B4',
      0,
      ['0: 0-1 | 0-1'],
      'A1 | B1 / A2 | B2 / A3 | B3 / A4 | B4',
    ],
    // A checked row after the chosen one is an anchor: the rows either side align around it.
    [
      '*A1 | B1 / A2 A3 | B2 / *A4 | B3 / A5 | B4 B5',
      0,
      ['0: 0-1 | 0-1', '2: 3-4 | 2-3'],
      '*A1 | B1 / A2 | B2 / A3 | / *A4 | B3 / A5 | B4 / | B5',
    ],
    // Rows up to the chosen one stay even when unchecked; one-sided rows keep their place.
    [
      'A1 A2 | B1 / | B2 / A3 | B3 B4',
      1,
      ['0: 0-2 | 0-1', '1: @2 | 1-2'],
      'A1 A2 | B1 / | B2 / A3 | B3 / | B4',
    ],
    // -1: the whole document, anchors kept.
    ['A1 | / | B1 / *A2 | B2', -1, ['2: 1-2 | 1-2'], 'A1 | B1 / *A2 | B2'],
  ];
  for (const [spec, from, expectedAnchors, expectedRows] of cases) {
    it(`${spec} from row ${from}`, () => {
      const rows = parse(spec);
      const job = realignJob(rows, from)!;
      expect(
        job.anchors.map((a, k) => `${job.anchorRows[k]}: ${range(a.src)} | ${range(a.tgt)}`),
      ).to.deep.equal(expectedAnchors);
      const beads = oneToOne(job.source.length, job.target.length, job.anchors);
      const out = applyRealign(rows, job, beads);
      expect(show(out)).to.equal(expectedRows);
      // Kept rows are the same objects, with their confidence and marks.
      for (const k of job.anchorRows) expect(out).to.include(rows[k]);
    });
  }

  it('has nothing to do when every row after the chosen one is checked', () => {
    expect(realignJob(parse('A1 | B1 / *A2 | B2'), 0)).to.equal(undefined);
    expect(realignJob(parse('A1 | B1'), 0)).to.equal(undefined);
  });

  it('keeps paragraph starts in the rows aligned again, a target-only row’s too', () => {
    const rows = parse('*A1 | B1 / A2 | B2 / A3 | B3 / | B4 / A4 | B5');
    rows[2] = { ...rows[2]!, paragraphStart: true };
    rows[3] = { ...rows[3]!, paragraphStart: true };
    const job = realignJob(rows, 0)!;
    const out = applyRealign(rows, job, oneToOne(4, 5, job.anchors));
    expect(show(out)).to.equal('*A1 | B1 / A2 | B2 / A3 | B3 / A4 | B4 / | B5');
    expect(out.map((r) => r.paragraphStart)).to.deep.equal([false, false, true, true, false]);
  });

  describe('with the aligner', () => {
    const opts = { sourceLang: 'zh', targetLang: 'en', lexicon: glossary } as const;
    // Sixty beads of mixed shapes, as a chapter has them.
    const shapes: [number, number][] = Array.from({ length: 60 }, (_, k) =>
      k % 11 === 3 ? [1, 2] : k % 13 === 6 ? [2, 1] : k % 17 === 9 ? [1, 0] : [1, 1],
    );
    const doc = parallel(shapes, 11);
    const rows = rowsFromBeads(doc.zh, doc.en, align(doc.zh, doc.en, opts));
    const realign = (rows: AlignRow[], from: number): AlignRow[] => {
      const job = realignJob(rows, from)!;
      return applyRealign(
        rows,
        job,
        align(job.source, job.target, { ...opts, anchors: job.anchors }),
      );
    };

    it('re-aligning with nothing changed gives the same rows back', () => {
      for (const from of [0, 20, 40]) {
        const out = realign(rows, from);
        expect(show(out), `after row ${from}`).to.equal(show(rows));
        for (let k = 0; k <= from; k++) expect(out[k]).to.equal(rows[k]);
      }
    });

    it('a row a person fixed in the middle stays, and the rows after it adapt', () => {
      // The person joins rows 30 and 31 (a 2-2 the aligner would not make) and re-aligns after 10.
      const fixed = mergeNext(rows, 30);
      const out = realign(fixed, 10);
      expect(out[30]).to.equal(fixed[30]);
      expect(out[30]!.checked).to.equal(true);
      expect(show(out)).to.equal(show(fixed));
      // A fix that moves a sentence: row 20's source joins row 19, checked; the rest re-aligned.
      const moved = fixed.slice();
      moved[19] = {
        ...moved[19]!,
        source: [...moved[19]!.source, ...moved[20]!.source],
        checked: true,
      };
      moved[20] = { ...moved[20]!, source: [], checked: true };
      const again = realign(moved, 10);
      expect(again).to.include(moved[19]);
      expect(again).to.include(moved[20]);
      expect(again).to.include(fixed[30]);
      // Far from the fixes the rows are as before.
      expect(show(again.slice(-20))).to.equal(show(rows.slice(-20)));
    });
  });
});
